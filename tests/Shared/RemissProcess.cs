using System.Diagnostics;

namespace Remiss.Tests.Shared;

/// <summary>What one run of the command line gave.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- error\n{Error}";
}

/// <summary>The built tool started as users start it: a real process with real standard streams.</summary>
internal static class RemissProcess
{
    /// <summary>
    /// How to start <c>remiss</c> (the test's copy of Remiss.Cli.dll) with <paramref name="args"/>. The dotnet host by full
    /// path, so a test may empty PATH (to hide a program) and still start the tool.
    /// </summary>
    public static ProcessStartInfo StartInfo(IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Remiss.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    public static CliResult Run(IDictionary<string, string>? environment, params string[] args) =>
        RunAsync(environment, args).GetAwaiter().GetResult();

    public static Task<CliResult> RunAsync(IDictionary<string, string>? environment, params string[] args) =>
        RunAsync(StartInfo(environment, args), input: null);

    /// <summary>Runs <paramref name="start"/> to its end; <paramref name="input"/>, when given, is its standard input.</summary>
    public static async Task<CliResult> RunAsync(ProcessStartInfo start, string? input)
    {
        if (input is not null)
        {
            start.RedirectStandardInput = true;
            start.StandardInputEncoding = new System.Text.UTF8Encoding(false);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"remiss {string.Join(' ', start.ArgumentList.Skip(1))} did not finish in 3 minutes");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
