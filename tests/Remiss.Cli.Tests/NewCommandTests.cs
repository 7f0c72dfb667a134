using Remiss.Core;

namespace Remiss.Cli.Tests;

public sealed class NewCommandTests
{
    [Fact]
    public void Writes_a_file_with_the_given_values_and_the_schema_line_that_checks_once_filled_in()
    {
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");

        var result = Cli.Run("new", "--number", "SOU 2024:72", "--title", "Stärkt medicinsk kompetens: en \"test\"", "--department", "Socialdepartementet",
            "--department-dnr", "S2024/02145", "--deadline", "2025-03-10", "-o", path);

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(path);
        Assert.StartsWith("# yaml-language-server: $schema=remiss.schema.json\n", text, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.File("remiss.schema.json")));

        // Unfilled required values are what check reports, each at its line.
        var check = Cli.Run("check", path);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(["RMS0017", "RMS0017", "RMS0040", "RMS0017"], check.OutLines[..^1].Select(l => l.Split(' ')[2].TrimEnd(':')).ToArray());

        var filled = text
            .Replace("organisation: \"\"", "organisation: Region Västernorrland", StringComparison.Ordinal)
            .Replace("  dnr: \"\"", "  dnr: 24HSN5898", StringComparison.Ordinal)
            .Replace("path: []", "path: [Hälso- och sjukvårdsnämnden]", StringComparison.Ordinal)
            .Replace("assessment: \"\"", "assessment: Bra.", StringComparison.Ordinal);
        File.WriteAllText(path, filled);
        var loaded = RemissLoader.LoadFile(path);

        Assert.Empty(loaded.Diagnostics);
        var remiss = loaded.File!.Remiss;
        Assert.Equal("Stärkt medicinsk kompetens: en \"test\"", remiss.Title);
        Assert.Equal("SOU 2024:72", remiss.Number!.Text);
        Assert.Equal(ReferralKind.Betankande, remiss.Kind); // implied by the SOU number
        Assert.Equal("S2024/02145", remiss.DepartmentDnr!.Text);
        Assert.Equal(new CalendarDate(2025, 3, 10), remiss.Deadline);
        Assert.Equal(["submit-response", "immediate-adjustment"], loaded.File.Decision.Clauses.Select(c => c.Id!).ToArray());
    }

    [Fact]
    public void Every_key_of_the_format_is_in_the_new_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("alla.remiss.yaml");
        Assert.Equal(0, Cli.Run("new", "-o", path).ExitCode);
        var text = File.ReadAllText(path);

        foreach (var key in Keys(RemissSchema.Root))
        {
            Assert.Matches($@"(?m)^[# ]*(- )?{key}:", text);
        }

        static IEnumerable<string> Keys(SchemaNode node) =>
            node.Children.SelectMany(c => Keys(c).Prepend(c.Name)).Concat(node.Items is null ? [] : Keys(node.Items));
    }

    [Fact]
    public void The_meeting_record_is_commented_with_the_seeds_wording_in_the_vasterbotten_shape()
    {
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");
        Assert.Equal(0, Cli.Run("new", "-o", path).ExitCode);
        var lines = File.ReadAllLines(path).Select(l => l.Length > 2 && l.IndexOf(" # ", 2, StringComparison.Ordinal) is var help and > 0 ? l[..help].TrimEnd() : l).ToList();

        TextOrder(lines,
            "#       proposals:",
            "#         - by: Pia Lundin (SJVP)",
            "#           motion: approve",
            "#       vote:",
            "#         yes: 1",
            "#         no: 2",
            "#         result:",
            "#           yes: 7",
            "#           no: 4",
            "#           abstain: 2",
            "#       reservations:",
            "#         - by: [Erica Stenberg (SD), Lars Ek (SD)]",
            "#       entries:",
            "#         - by: Anna Berg (V)",
            "#           text: Vänsterpartiet vill att uppföljningen redovisas för nämnden i höst.",
            "#       disqualified: [Pia Lundin (SJVP)]",
            "#       not_taking_part: [Dennis Moström (C)]");
        Assert.Contains("'Pia Lundin (SJVP) yrkar bifall till beredningens förslag.'", File.ReadAllText(path), StringComparison.Ordinal);

        static void TextOrder(List<string> lines, params string[] expected)
        {
            var at = 0;
            foreach (var line in expected)
            {
                var found = lines.IndexOf(line, at);
                Assert.True(found >= 0, $"'{line}' not found after line {at}");
                at = found + 1;
            }
        }
    }

    [Fact]
    public void Never_overwrites_an_existing_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("finns.remiss.yaml", "mitt arbete");

        var result = Cli.Run("new", "--title", "Något", "-o", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("finns redan", result.Error);
        Assert.Equal("mitt arbete", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path)); // no temp file left behind
    }

    [Fact]
    public void The_default_name_comes_from_the_number()
    {
        Assert.Equal("sou-2024-72.remiss.yaml", Commands.NewCommand.DefaultFileName(new("SOU 2024:72", "Titel", null, null, null)));
        Assert.Equal("stärkt-kompetens.remiss.yaml", Commands.NewCommand.DefaultFileName(new(null, "Stärkt kompetens", null, null, null)));
    }

    [Theory]
    [InlineData("--deadline", "10 mars")]
    [InlineData("--deadline", "2025-02-30")]
    public void A_bad_date_is_bad_usage(string option, string value)
    {
        using var folder = new TempFolder();
        var result = Cli.Run("new", option, value, "-o", folder.File("x.remiss.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("åååå-mm-dd", result.Error);
        Assert.False(File.Exists(folder.File("x.remiss.yaml")));
    }
}
