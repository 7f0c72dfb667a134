using Remiss.Core;

namespace Remiss.Cli.Tests;

/// <summary>What one run of the command line gave.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- error\n{Error}";
}

/// <summary>Runs the real command tree in process with captured output, a fixed today and a private log folder.</summary>
internal static class Cli
{
    public static readonly CalendarDate Today = new(2025, 3, 1);

    public static CliResult Run(params string[] args) => Run(terminal: false, noColor: false, args);

    public static CliResult Run(bool terminal, bool noColor, params string[] args)
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
        };
        var exit = CliApplication.Run(args, env);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}

/// <summary>A fresh folder under the temp folder, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "remiss-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file (creating folders) and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The bundled example and small variations of it.</summary>
internal static class Examples
{
    public static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml");

    public static string ExampleText => File.ReadAllText(ExamplePath);

    /// <summary>The example with one line replaced; fails the test if the line is not there.</summary>
    public static string ExampleWith(string oldLine, string newLine)
    {
        var text = ExampleText;
        Assert.Contains(oldLine, text);
        return text.Replace(oldLine, newLine);
    }

    /// <summary>A valid file with its own title, number, deadline and optional extension.</summary>
    public static string Referral(string number, string title, string deadline, string? extendedUntil = null, string? departmentDnr = null) => $"""
        format: remiss/1
        remiss:
          title: {title}
          kind: betänkande
          number: {number}
          department: Socialdepartementet
        {(departmentDnr is null ? string.Empty : $"  department_dnr: {departmentDnr}\n")}  deadline: {deadline}
        {(extendedUntil is null ? string.Empty : $"  extensions:\n    - until: {extendedUntil}\n")}case:
          organisation: Region Västernorrland
          dnr: 25HSN-{number.Replace(" ", "").Replace(":", "-")}
        decision:
          path: [Hälso- och sjukvårdsnämnden]
          clauses: [submit-response]
        memo:
          assessment: Förvaltningen tillstyrker.
        """;
}
