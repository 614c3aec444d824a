using System.CommandLine;
using Bulwark.Cli.Evaluation;
using Bulwark.Cli.Hashing;
using Bulwark.Cli.Matching;

namespace Bulwark.Cli;

/// <summary>The <c>bulwark</c> command tree.</summary>
internal static class BulwarkCli
{
    public static RootCommand Create(CommandOutput output)
    {
        var root = new RootCommand(
            "Bulwark: child-safety tooling for generative-AI providers.\n" +
            "Hash images the way Meta's PDQ reference does, and match them against hash banks (PDQ, MD5, SHA-256).");
        root.Subcommands.Add(HashCommand.Create(output));
        root.Subcommands.Add(MatchCommand.Create(output));
        root.Subcommands.Add(EvalCommand.Create(output));
        return root;
    }

    public static Task<int> RunAsync(string[] args, CommandOutput output, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration { Output = output.Out, Error = output.Error };
        return Create(output).Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
