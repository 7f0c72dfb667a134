using Remiss.Core;
using Spectre.Console;

namespace Remiss.Cli;

/// <summary>
/// Everything a command takes from the outside world, so tests can run the real commands in process
/// with string writers, a fixed today and a private log folder.
/// </summary>
internal sealed record CliEnvironment
{
    /// <summary>Standard output: results, diagnostics, tables.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: one-line failures and refusals.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>True when standard output is a terminal (colour, progress bars).</summary>
    public bool IsTerminal { get; init; }

    /// <summary>True when the user asked for no colour (<c>NO_COLOR</c>, see no-color.org).</summary>
    public bool NoColor { get; init; }

    /// <summary>Today's date, for deadlines.</summary>
    public Func<CalendarDate> Today { get; init; } = () => CalendarDate.FromDateTime(DateTime.Now);

    /// <summary>The process's environment variables (a test gives its own, e.g. <c>REMISS_SEAL_PASSWORD</c>).</summary>
    public Func<string, string?> Variable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Where unexpected failures are logged in full.</summary>
    public string LogDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "remiss");

    /// <summary>Colour and cursor movement only on a terminal, and never when NO_COLOR is set.</summary>
    public bool UseColor => IsTerminal && !NoColor;

    /// <summary>The real console of this process.</summary>
    public static CliEnvironment FromProcess() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        IsTerminal = !Console.IsOutputRedirected,
        NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
    };

    /// <summary>A Spectre console on <see cref="Out"/>: coloured on a terminal, plain text otherwise.</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = UseColor ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = UseColor ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = IsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(Out),
        });

        if (!IsTerminal)
        {
            // Redirected output has no width; wide enough that rows never wrap in a file or a pipe.
            console.Profile.Width = 240;
        }

        return console;
    }
}
