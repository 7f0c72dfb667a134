using System.Diagnostics;

namespace Remiss.Tests.Shared;

/// <summary>
/// The E-ARK package schemas (<c>tests/Fixtures/Archive/schemas</c>, copied beside the test assembly under
/// <c>Data/Archive</c>) and xmllint, a validator Remiss did not write, run as a real process without the network.
/// </summary>
internal static class ArchiveSchemas
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "Archive", "schemas");

    /// <summary>The closed example (decided at both meetings, sent), the fixture every package test archives.</summary>
    public static string ClosedExample => Path.Combine(AppContext.BaseDirectory, "Data", "Archive", "sou-2024-72.closed.remiss.yaml");

    /// <summary>METS with the CSIP and SIP extension attributes.</summary>
    public const string Mets = "mets-sip.xsd";

    public const string Erms = "ERMS.xsd";

    public const string Premis = "premis-v3-0.xsd";

    /// <summary>xmllint's verdict on <paramref name="xmlPath"/> against <paramref name="schema"/>: exit code and what it printed.</summary>
    public static (int ExitCode, string Output) Validate(string xmlPath, string schema)
    {
        var start = new ProcessStartInfo("xmllint") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--noout", "--nonet", "--schema", Path.Combine(Folder, schema), xmlPath })
        {
            start.ArgumentList.Add(argument);
        }

        // mets.xsd imports xlink.xsd from loc.gov: the catalog points that at the local copy.
        start.Environment["XML_CATALOG_FILES"] = Path.Combine(Folder, "catalog.xml");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    /// <summary>Asserts that xmllint finds <paramref name="xmlPath"/> valid against <paramref name="schema"/>.</summary>
    public static void AssertValid(string xmlPath, string schema)
    {
        var (exit, output) = Validate(xmlPath, schema);
        Assert.True(exit == 0, $"xmllint --schema {schema} {xmlPath}: exit {exit}\n{output}");
        Assert.Contains("validates", output, StringComparison.Ordinal);
    }
}
