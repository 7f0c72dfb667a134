using Remiss.Core;

namespace Remiss.Cli.Tests;

/// <summary>Runs the real command tree in process with captured output, a fixed today and a private log folder.</summary>
internal static class Cli
{
    public static readonly CalendarDate Today = new(2025, 3, 1);

    public static CliResult Run(params string[] args) => Run(terminal: false, noColor: false, args);

    public static CliResult Run(bool terminal, bool noColor, params string[] args) => Run(terminal, noColor, new Dictionary<string, string>(), args);

    /// <summary>With these environment variables and no others the commands read (e.g. REMISS_SEAL_PASSWORD).</summary>
    public static CliResult Run(IReadOnlyDictionary<string, string> variables, params string[] args) => Run(terminal: false, noColor: false, variables, args);

    private static CliResult Run(bool terminal, bool noColor, IReadOnlyDictionary<string, string> variables, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new CliEnvironment
        {
            Out = output,
            Error = error,
            IsTerminal = terminal,
            NoColor = noColor,
            Today = () => Today,
            LogDirectory = Path.Combine(Path.GetTempPath(), "remiss-cli-tests-logs"),
            Variable = name => variables.GetValueOrDefault(name),
        };
        var exit = CliApplication.Run(args, env);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
