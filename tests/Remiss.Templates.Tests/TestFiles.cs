using System.Runtime.CompilerServices;
using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests;

/// <summary>Paths and helpers for the files the tests read.</summary>
internal static class TestFiles
{
    public static string ExamplePath => Remiss.Tests.Shared.Examples.ExamplePath;

    public static string ExampleText => Remiss.Tests.Shared.Examples.ExampleText;

    /// <summary>This source directory (for approved files), from the compiler.</summary>
    public static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>The lines of examples/sou-2024-72.expected.txt.</summary>
    public static IReadOnlyList<string> ExpectedLines() => Remiss.Tests.Shared.SharedExample.ExpectedLines();

    public static RemissFile LoadExample() => Load(ExampleText);

    /// <summary>The example with both bodies' meetings recorded (the utskott's § 25 with a note, the nämnd's § 41), loaded with its organisation.</summary>
    public static RemissFile LoadDecidedExample(int bodies = 2) =>
        Load(Remiss.Tests.Shared.ExampleOrganisation.WithMeetings(ExampleText, bodies), Remiss.Tests.Shared.ExampleOrganisation.Example);

    /// <summary>Loads YAML that must be valid, with an organisation file or none.</summary>
    public static RemissFile Load(string yaml, OrganisationFile? organisation = null)
    {
        var result = RemissLoader.Load(yaml, "test.remiss.yaml", new LoadOptions { Organisation = organisation });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.File!;
    }

    public static string OrganisationPath => Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml");

    /// <summary>examples/organisation.yaml: the example's region, naming its two bodies.</summary>
    public static OrganisationFile ExampleOrganisation()
    {
        var result = OrganisationLoader.LoadFile(OrganisationPath);
        Assert.Empty(result.Diagnostics);
        return result.File!;
    }

    /// <summary>The example's region writing its decisions as numbered statements.</summary>
    public static OrganisationFile NumberedOrganisation => ExampleOrganisation() with { HouseStyle = HouseStyle.Numbered };

    /// <summary>The example with one top-level text replaced.</summary>
    public static RemissFile LoadExampleWith(string oldText, string newText)
    {
        Assert.Contains(oldText, ExampleText, StringComparison.Ordinal);
        return Load(ExampleText.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>A directory with the given templates, deleted when disposed.</summary>
    public static TempFolder Templates(params (string Name, string Text)[] files)
    {
        var dir = new TempFolder();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(dir.Path, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return dir;
    }
}
