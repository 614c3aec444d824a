using System.CommandLine;

namespace Bulwark.Cli.Evaluation;

/// <summary><c>bulwark eval</c>: measure a detector's precision, recall and false-positive rate on labelled data.</summary>
internal static class EvalCommand
{
    public static Command Create(CommandOutput output)
    {
        var command = new Command("eval", "Measure detection quality (precision, recall, false-positive rate) on labelled data.");
        command.Subcommands.Add(EvalPdqCommand.Create(output));
        command.Subcommands.Add(EvalTextCommand.Create(output));
        return command;
    }
}
