using System.Text.Json;
using Remiss.Cli.Output;

namespace Remiss.Cli.Tests;

public sealed class RenderCommandTests
{
    private const string Yttrande = "Yttrande SOU 2024-72 Region Västernorrland";
    private const string Memo = "Tjänsteutlåtande 24HSN5898";

    private static string CopyExample(TempFolder folder, string? text = null) => folder.Write("sou-2024-72.remiss.yaml", text ?? Examples.ExampleText);

    private static string[] OutputFiles(string directory) =>
        Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void Writes_both_documents_named_from_the_number_without_a_department_dnr_and_prints_the_subject()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder);
        var output = folder.File("ut");

        var result = Cli.Run("render", source, "--format", "md", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([RenderManifest.FileName, OutputFolderLock.FileName, Memo + ".md", Yttrande + ".md"], OutputFiles(output));
        Assert.Contains("# Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)", File.ReadAllText(Path.Combine(output, Yttrande + ".md")));
        Assert.Contains("att förklara paragrafen för omedelbart justerad.", File.ReadAllText(Path.Combine(output, Memo + ".md")));
        Assert.Equal("Ämnesrad för e-post till departementet: SOU 2024:72 Region Västernorrland", result.OutLines[^1]);
    }

    [Fact]
    public void With_a_department_dnr_the_yttrande_is_named_and_mailed_the_way_the_government_offices_ask()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder, Examples.ExampleWith("  department: Socialdepartementet\n", "  department: Socialdepartementet\n  department_dnr: S2024/02145\n"));

        var result = Cli.Run("render", source, "--format", "md,html", "--document", "yttrande");

        Assert.Equal(0, result.ExitCode);
        // Without --output the documents go beside the remiss file.
        Assert.True(File.Exists(folder.File("S2024-02145 Region Västernorrland.md")), result.ToString());
        Assert.True(File.Exists(folder.File("S2024-02145 Region Västernorrland.html")));
        Assert.False(File.Exists(folder.File(Memo + ".md")));
        Assert.Equal("Ämnesrad för e-post till departementet: S2024/02145 Region Västernorrland", result.OutLines[^1]);
    }

    [Fact]
    public void A_region_clause_from_a_registry_is_rendered_in_the_decision()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder, Examples.ExampleWith("    - immediate-adjustment", "    - approve-annual-report: \"2024\""));
        var registry = folder.Write("region.wording.yaml", """
            format: wording/1
            clauses:
              - id: approve-annual-report
                text: godkänna årsredovisningen för {year}
            """);
        var output = folder.File("ut");

        var result = Cli.Run("render", source, "--registry", registry, "--format", "md", "--document", "tjansteutlatande", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\natt godkänna årsredovisningen för 2024.\n", File.ReadAllText(Path.Combine(output, Memo + ".md")));
    }

    [Fact]
    public void Word_output_is_a_real_docx()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder);

        var result = Cli.Run("render", source, "-o", folder.File("ut"));

        Assert.Equal(0, result.ExitCode);
        using var package = System.IO.Compression.ZipFile.OpenRead(folder.File(Path.Combine("ut", Yttrande + ".docx")));
        Assert.Contains(package.Entries, e => e.FullName == "word/document.xml");
    }

    [Fact]
    public void Rendering_again_over_untouched_output_is_allowed()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder);

        Assert.Equal(0, Cli.Run("render", source, "-f", "md").ExitCode);
        var again = Cli.Run("render", source, "-f", "md");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(string.Empty, again.Error);
    }

    [Fact]
    public void An_edited_output_is_not_replaced_without_force()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder);
        Assert.Equal(0, Cli.Run("render", source, "-f", "md").ExitCode);
        var edited = folder.File(Yttrande + ".md");
        File.AppendAllText(edited, "\nMin egen ändring.\n");
        File.Delete(folder.File(Memo + ".md"));

        var refused = Cli.Run("render", source, "-f", "md");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(edited + " har ändrats sedan 'remiss render' skrev den", refused.Error);
        Assert.Contains("--force", refused.Error);
        Assert.EndsWith("Min egen ändring.\n", File.ReadAllText(edited));
        // Nothing of that remiss is written when one of its outputs is refused.
        Assert.False(File.Exists(folder.File(Memo + ".md")));

        var forced = Cli.Run("render", source, "-f", "md", "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.DoesNotContain("Min egen ändring.", File.ReadAllText(edited));
        Assert.True(File.Exists(folder.File(Memo + ".md")));
        Assert.Equal(0, Cli.Run("render", source, "-f", "md").ExitCode); // the record follows the forced write
    }

    [Fact]
    public void A_file_render_did_not_write_is_not_replaced_without_force()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder);
        var existing = folder.Write(Yttrande + ".md", "Någon annans fil.");

        var refused = Cli.Run("render", source, "-f", "md");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(existing + " finns redan men skrevs inte av 'remiss render'", refused.Error);
        Assert.Equal("Någon annans fil.", File.ReadAllText(existing));
    }

    [Fact]
    public void A_file_with_errors_renders_nothing_and_says_why()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder, Examples.ExampleWith("  dnr: 24HSN5898", "  dnr: \"\""));
        var output = folder.File("ut");

        var result = Cli.Run("render", source, "-f", "md", "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"\(\d+,\d+\): error RMS0017: 'case.dnr'", result.Out);
        Assert.Contains("har fel och renderades inte", result.Error);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void Many_files_render_in_one_run_and_the_record_keeps_every_output()
    {
        using var folder = new TempFolder();
        folder.Write("a/sou-2025-1.remiss.yaml", Examples.Referral("SOU 2025:1", "Första", "2025-05-05"));
        folder.Write("b/sou-2025-2.remiss.yaml", Examples.Referral("SOU 2025:2", "Andra", "2025-05-05", departmentDnr: "S2025/00002"));
        var output = folder.File("ut");

        // On a terminal with several files a progress bar runs; the report still comes after it.
        var result = Cli.Run(terminal: true, noColor: false, "render", folder.Path, "-f", "md", "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(", result.OutLines[^1]); // one subject per file, each naming its source
        Assert.Contains(result.OutLines, l => l.EndsWith(": S2025/00002 Region Västernorrland", StringComparison.Ordinal));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, RenderManifest.FileName)));
        var recorded = manifest.RootElement.GetProperty("files").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(OutputFiles(output).Where(n => n is not RenderManifest.FileName and not OutputFolderLock.FileName).ToArray(), recorded);
        Assert.Equal(4, recorded.Length);
    }

    [Fact]
    public void Two_remiss_files_that_would_get_the_same_name_do_not_overwrite_each_other()
    {
        using var folder = new TempFolder();
        folder.Write("a.remiss.yaml", Examples.ExampleText);
        folder.Write("b.remiss.yaml", Examples.ExampleText);

        var result = Cli.Run("render", folder.Path, "-f", "md", "-o", folder.File("ut"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("skrivs redan från", result.Error);
    }

    [Fact]
    public void No_temporary_files_are_left_behind()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder);

        Cli.Run("render", source, "-f", "md,html,docx");
        Cli.Run("render", source, "-f", "md,html,docx");

        Assert.DoesNotContain(OutputFiles(folder.Path), n => n.StartsWith(AtomicFile.TempPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_render_removes_what_a_killed_run_left_but_not_a_file_another_writer_holds_open()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder);
        var stale = folder.Write(AtomicFile.TempPrefix + "0123456789abcdef", "halv docx från en dödad körning");
        var live = folder.File(AtomicFile.TempPrefix + "fedcba9876543210");
        using var writer = new FileStream(live, FileMode.CreateNew, FileAccess.Write, FileShare.None);

        var result = Cli.Run("render", source, "-f", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
    }

    [Theory]
    [InlineData("--format", "docx,odt")]
    [InlineData("--document", "brev")]
    [InlineData("--pdf-engine", "word")]
    public void Unknown_formats_and_documents_are_bad_usage(string option, string value)
    {
        var result = Cli.Run("render", Examples.ExamplePath, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(value.Split(',')[^1], result.Error);
    }

    [Fact]
    public void Pdf_is_written_by_remiss_with_the_same_name_and_without_libreoffice()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder);

        // A real process with nothing on its PATH: the native engine starts no other program.
        var result = RemissProcess.Run(new Dictionary<string, string> { ["PATH"] = folder.Path }, "render", source, "-f", "pdf", "-d", "yttrande");

        Assert.True(result.ExitCode == 0, result.ToString());
        var pdf = File.ReadAllBytes(folder.File(Yttrande + ".pdf"));
        Assert.Equal("%PDF-1.7", System.Text.Encoding.ASCII.GetString(pdf, 0, 8));
        Assert.Contains("pdfuaid:part>1<", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File(Yttrande + ".docx")));
    }

    [Fact]
    public void Pdf_engine_libreoffice_goes_through_libreoffice_and_gets_the_same_name()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder);

        var result = Cli.Run("render", source, "-f", "pdf", "-d", "yttrande", "--pdf-engine", "libreoffice");

        Assert.Equal(0, result.ExitCode);
        var pdf = File.ReadAllBytes(folder.File(Yttrande + ".pdf"));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains("LibreOffice", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File(Yttrande + ".docx"))); // the Word file was only a step on the way
    }

    [Fact]
    public void The_organisation_files_pdf_engine_is_used_and_the_command_line_wins()
    {
        using var folder = new TempFolder();
        var source = CopyExample(folder);
        File.WriteAllText(folder.File("organisation.yaml"), "format: organisation/1\nname: Region Västernorrland\npdf_engine: libreoffice\n");

        var byOrganisation = Cli.Run("render", source, "-f", "pdf", "-d", "yttrande");
        var fromLibreOffice = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(folder.File(Yttrande + ".pdf")));
        var byCommandLine = Cli.Run("render", source, "-f", "pdf", "-d", "yttrande", "--pdf-engine", "native", "--force");
        var native = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(folder.File(Yttrande + ".pdf")));

        Assert.Equal(0, byOrganisation.ExitCode);
        Assert.Contains("LibreOffice", fromLibreOffice, StringComparison.Ordinal);
        Assert.Equal(0, byCommandLine.ExitCode);
        Assert.Contains("pdfuaid:part>1<", native, StringComparison.Ordinal);
        Assert.DoesNotContain("LibreOffice", native, StringComparison.Ordinal);
    }
}

public sealed class RenderTemplateErrorTests
{
    [Fact]
    public void A_broken_template_is_reported_at_its_line_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var source = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        var template = folder.Write("mallar/tjansteutlatande.md.scriban", "# {{ if }}\n");
        var output = folder.File("ut");

        var result = Cli.Run("render", source, "-f", "md", "-o", output, "--templates", folder.File("mallar"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"remiss: {source} renderades inte:", result.Error);
        Assert.Contains(template + "(1,", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        // The yttrande's template is fine, but a set is written whole or not at all.
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void A_missing_templates_folder_is_bad_usage()
    {
        var result = Cli.Run("render", Examples.ExamplePath, "--templates", "/finns/inte");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--templates", result.Error);
    }
}
