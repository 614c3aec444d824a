using System.Text;
using Spectre.Console;

namespace Bulwark.Cli.Inputs;

/// <summary>
/// A progress bar on stderr for long runs over many files, shown only when a person is watching stderr and the
/// results on stdout go to a file or a pipe, so the bar never interleaves with the output it reports on.
/// While it runs, diagnostics are written through the same console, which prints them above the bar.
/// </summary>
internal static class CliProgress
{
    public static async Task RunAsync(CommandOutput output, string description, int total, Func<Action, CommandOutput, Task> work)
    {
        if (total < 2 || !output.ErrorIsInteractive || !Console.IsOutputRedirected)
        {
            await work(static () => { }, output).ConfigureAwait(false);
            return;
        }

        // Spectre judges interactivity by stdout, which is redirected here by design; stderr is the terminal.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes });
        using var diagnostics = new ConsoleLineWriter(console);
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, maxValue: total);
                await work(() => task.Increment(1), output with { Error = diagnostics }).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>Collects text into lines and hands each whole line to the live console.</summary>
    private sealed class ConsoleLineWriter(IAnsiConsole console) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                console.WriteLine(_line.ToString());
                _line.Clear();
            }
            else if (value != '\r')
            {
                _line.Append(value);
            }
        }
    }
}
