using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>qpdf, a reader Remiss did not write: <c>--check</c> and the object model of <c>--json</c>.</summary>
internal static class Qpdf
{
    public static (int ExitCode, string Output) Check(string pdf) => Run("--check", pdf);

    /// <summary>Every object of the file by its id ("5 0 R"), and the trailer ("trailer"), as qpdf's JSON v2 gives them.</summary>
    public static IReadOnlyDictionary<string, JsonNode> Objects(string pdf)
    {
        var (code, output) = Run("--json=2", "--json-key=qpdf", "--decode-level=none", pdf);
        Assert.True(code == 0, output);
        var qpdf = JsonNode.Parse(output)!["qpdf"]!.AsArray();
        var objects = qpdf[1]!.AsObject();
        return objects.ToDictionary(p => p.Key.StartsWith("obj:", StringComparison.Ordinal) ? p.Key[4..] : p.Key, p => p.Value!, StringComparer.Ordinal);
    }

    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("qpdf is needed for the PDF/A tests: apt-get install qpdf (test.sh installs it).");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
