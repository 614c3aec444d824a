using System.CommandLine;
using Bulwark.Cli.Casework;
using Bulwark.Cli.Evaluation;
using Bulwark.Cli.Hashing;
using Bulwark.Cli.Matching;
using Bulwark.Cli.Reporting;
using Bulwark.Cli.Scanning;
using Bulwark.Cli.Screening;
using Bulwark.Cli.Serving;

namespace Bulwark.Cli;

/// <summary>The <c>bulwark</c> command tree.</summary>
internal static class BulwarkCli
{
    public static RootCommand Create(CommandOutput output)
    {
        var root = new RootCommand(
            "Bulwark: child-safety tooling for generative-AI providers.\n" +
            "Hash images the way Meta's PDQ reference does, and match them against hash banks (PDQ, MD5, SHA-256).\n" +
            "Screen text for child sexual exploitation in nine languages, with evidence for every finding.\n" +
            "Guard a model server: a gateway that screens every prompt and answer of OpenAI- and Anthropic-compatible APIs.\n" +
            "Clean training data: remove and report known and suspected abuse material from Parquet, JSONL, WebDataset and image folders.\n\n" +
            "Examples:\n" +
            "  bulwark hash photos/                          PDQ hash every image under photos/ (pdqhex,quality,path)\n" +
            "  bulwark hash --md5 --sha256 upload.jpg        add the file's exact digests\n" +
            "  bulwark match --bank list.txt uploads/        is any upload a known image? (JSON lines)\n" +
            "  bulwark eval pdq --synthetic 200 photos/      recall and false positives of the query views\n" +
            "  bulwark screen \"some prompt\"                  a readable verdict for one text\n" +
            "  bulwark screen --jsonl prompts.jsonl          one JSON verdict per line\n" +
            "  bulwark eval text --dataset labelled.jsonl    precision, recall and false-positive rate of text screening\n" +
            "  bulwark serve --upstream http://127.0.0.1:8000  the guardrail gateway in front of a model server\n" +
            "  bulwark keys create --tenant acme --upstream-credential openai   issue a gateway API key (shown once)\n" +
            "  bulwark audit verify                          check the hash-chained audit log\n" +
            "  bulwark evidence purge                        delete evidence past retention that no hold keeps\n" +
            "  bulwark ncmec submit --case ID ...            file a case decided violating with NCMEC's CyberTipline\n" +
            "  bulwark scan laion/ --out cleaned --url-list urls.txt --bank md5.txt   clean a training dataset\n" +
            "  bulwark admin create --email a@example.org    the first console account (password from stdin)\n\n" +
            "Run 'bulwark COMMAND --help' for a command's options.");
        root.Subcommands.Add(HashCommand.Create(output));
        root.Subcommands.Add(MatchCommand.Create(output));
        root.Subcommands.Add(ScreenCommand.Create(output));
        root.Subcommands.Add(EvalCommand.Create(output));
        root.Subcommands.Add(ServeCommand.Create(output));
        root.Subcommands.Add(KeysCommand.Create(output));
        root.Subcommands.Add(AuditCommand.Create(output));
        root.Subcommands.Add(EvidenceCommand.Create(output));
        root.Subcommands.Add(NcmecCommand.Create(output));
        root.Subcommands.Add(ScanCommand.Create(output));
        root.Subcommands.Add(AdminCommand.Create(output));
        return root;
    }

    public static Task<int> RunAsync(string[] args, CommandOutput output, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration { Output = output.Out, Error = output.Error };
        return Create(output).Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
