using System.Text.RegularExpressions;
using Remiss.Cli.Commands;
using Remiss.Cli.Pages;
using Remiss.Core;

namespace Remiss.Cli.Tests;

public sealed class NewFromPageTests
{
    /// <summary>What the officer fills in after <c>new --from</c>: our own case, whatever the page said.</summary>
    private static readonly Dictionary<string, string> OfficersPart = new()
    {
        ["  organisation: \"\""] = "  organisation: Region Västernorrland",
        ["  dnr: \"\""] = "  dnr: 25HSN0042",
        ["  path: []"] = "  path: [Hälso- och sjukvårdsnämnden]",
        ["  assessment: \"\""] = "  assessment: Förvaltningen tillstyrker.",
    };

    private static readonly string[] OfficersKeys = ["case.organisation", "case.dnr", "decision.path", "memo.assessment"];

    public static TheoryData<string> Pages() => new(PageFixtures.All.Where(e => !e.Codes.Any(IsError)).Select(e => e.File));

    public static TheoryData<string> BadPages() => new(PageFixtures.All.Where(e => e.Codes.Any(IsError)).Select(e => e.File));

    public static TheoryData<string> ConvertedPages() => new(PageFixtures.All.Select(e => e.File).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal)));

    private static bool IsError(string code) => code is "RMS0116" or "RMS0117" or "RMS0118" or "RMS0119";

    [Theory]
    [MemberData(nameof(ConvertedPages))]
    public void Html_and_pdf_pages_give_exactly_the_values_of_their_fixture(string file)
    {
        var source = PageInput.Read(PageFixtures.PathOf(file), () => Stream.Null, out var failure);

        Assert.Null(failure);
        var page = ReferralPage.Read(source!.Lines, file);
        Assert.Equal(PageFixtures.Get(file).ToString(), PageFixtures.Describe(file, page).ToString());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_shape_writes_a_file_that_check_accepts_once_the_officer_has_filled_in_the_case(string file)
    {
        var expected = PageFixtures.Get(file);
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");

        var result = Cli.Run("new", "--from", PageFixtures.PathOf(file), "-o", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(path);

        // As written, check complains only about what the page cannot know (our case) and what it did not say.
        var missingRequired = new[] { ("remiss.title", expected.Title), ("remiss.department", expected.Department), ("remiss.deadline", expected.Deadline) }
            .Where(k => k.Item2 is null).Select(k => k.Item1);
        var check = Cli.Run("check", path);
        var complaints = check.OutLines.Where(l => l.Contains(": error ", StringComparison.Ordinal))
            .Select(l => Regex.Match(l, @"'([a-z_.]+)'").Groups[1].Value).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(OfficersKeys.Concat(missingRequired).Order(StringComparer.Ordinal).ToArray(), complaints);
        foreach (var key in missingRequired)
        {
            Assert.Matches($@"(?m)^  {key.Split('.')[1]}: "".*# {NewFileTemplate.MissingMark}", text);
        }

        // Filled in (and the values the page lacked given), the file loads without errors and holds the page's values.
        var filled = OfficersPart.Aggregate(text, (t, p) => t.Replace(p.Key, p.Value, StringComparison.Ordinal));
        filled = Regex.Replace(filled, @"(?m)^  title: """"", "  title: Titel");
        filled = Regex.Replace(filled, @"(?m)^  department: """"", "  department: Okänt departement");
        filled = Regex.Replace(filled, @"(?m)^  deadline: """"", "  deadline: 2030-01-10");
        File.WriteAllText(path, filled);
        var loaded = RemissLoader.LoadFile(path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var remiss = loaded.File!.Remiss;
        Assert.Equal(expected.Title ?? "Titel", remiss.Title);
        Assert.Equal(expected.Kind ?? "other", RemissSchema.KindName(remiss.Kind));
        Assert.Equal(expected.Number, remiss.Number?.Text);
        Assert.Equal(expected.Department ?? "Okänt departement", remiss.Department);
        Assert.Equal(expected.Dnr, remiss.DepartmentDnr?.Text);
        Assert.Equal(expected.ExtendedFrom ?? expected.Deadline ?? "2030-01-10", remiss.Deadline.ToString());
        Assert.Equal(expected.Deadline ?? "2030-01-10", remiss.EffectiveDeadline.ToString());
        Assert.Equal(expected.Bodies, remiss.ConsultedBodies.Count);
        // The dnr is written the department's way; only a page whose department and dnr disagree (RMS0113) keeps check's warning.
        Assert.Equal(expected.Codes.Contains("RMS0113"), loaded.Diagnostics.Any(d => d.Code == "RMS0022"));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == "RMS0021");
    }

    [Theory]
    [MemberData(nameof(BadPages))]
    public void Empty_input_or_text_that_is_no_remiss_page_writes_nothing_and_says_why(string file)
    {
        using var folder = new TempFolder();

        var result = Cli.Run("new", "--from", PageFixtures.PathOf(file), "-o", folder.File("ny.remiss.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($": error {PageFixtures.Get(file).Codes.Single()}: ", result.Out);
        Assert.Equal("remiss: ingen remissfil skrevs.\n", result.Error.Replace("\r", string.Empty));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_binary_file_writes_nothing_and_says_it_is_not_text()
    {
        using var folder = new TempFolder();
        var image = folder.File("sida.png");
        File.WriteAllBytes(image, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var result = Cli.Run("new", "--from", image, "-o", folder.File("ny.remiss.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{image}(1,1): error RMS0118: Filen är inte text (den innehåller binära data, t.ex. en bild eller ett Word-dokument). Ge en remissida sparad som text, Markdown eller HTML, eller missivet som PDF.", result.OutLines.Single());
        Assert.Equal([image], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_page_without_deadline_writes_the_file_with_the_deadline_marked_and_warns()
    {
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");
        var page = PageFixtures.PathOf("15-no-deadline.txt");

        var result = Cli.Run("new", "--from", page, "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  svarstid:        hittades inte", result.OutLines);
        Assert.Contains($"{page}(1,1): warning RMS0110: Hittade ingen svarstid i texten. Fyll i 'remiss.deadline' i filen själv; den står i missivet, oftast som 'Remissvaren ska ha kommit in till … senast den …' (skriv åååå-mm-dd).", result.OutLines);
        Assert.Contains("  deadline: \"\"                              # SAKNAS på remissidan, fyll i: Ursprunglig svarstid (åååå-mm-dd).\n", File.ReadAllText(path));
    }

    [Fact]
    public void Prints_what_it_found_with_the_lines_and_writes_new_s_commented_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");
        var page = PageFixtures.PathOf("09-several-dnrs.txt");

        var result = Cli.Run("new", "--from", page, "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
        [
            $"Läste {page} (text):",
            "  titel:           En modernare arbetslöshetsförsäkring (rad 1)",
            "  slag:            betänkande",
            "  nummer:          SOU 2023:39 (rad 1)",
            "  departement:     Arbetsmarknadsdepartementet (rad 5)",
            "  diarienummer:    A2023/01688 (rad 3); också A2023/01703",
            "  svarstid:        2023-12-15 (rad 5)",
            "  remissinstanser: 4 st. (från rad 8)",
            $"{page}(3,1): warning RMS0112: Sidan har flera diarienummer: A2023/01688 och A2023/01703. Det första, A2023/01688, används; de andra står som kommentar i filen. Kontrollera vilket departementet vill ha i svaret.",
            $"Skapade {path}",
            $"Skapade {folder.File("remiss.schema.json")} (för hjälp i editorn)",
            $"Fyll i filen och kontrollera den med: remiss check \"{path}\"",
        ], result.OutLines);
        var text = File.ReadAllText(path);
        Assert.Contains("  # Fler diarienummer på sidan: A2023/01703.\n  department_dnr: \"A2023/01688\"", text);
        Assert.Contains("  consulted_bodies:                         # Remissinstanser.\n    - \"Arbetsförmedlingen\"\n", text);

        // The same commented file new writes: every key of the format is there.
        var plain = folder.File("plain.remiss.yaml");
        Assert.Equal(0, Cli.Run("new", "-o", plain).ExitCode);
        Assert.Equal(KeyLines(File.ReadAllText(plain)), KeyLines(text));

        static string[] KeyLines(string yaml) => Regex.Matches(yaml, @"(?m)^[# ]*(?:- )?([a-z_]+):").Select(m => m.Groups[1].Value).Distinct().ToArray();
    }

    [Fact]
    public void Values_given_as_options_win_over_the_page()
    {
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");

        var result = Cli.Run("new", "--from", PageFixtures.PathOf("10-colon-typo.txt"), "--title", "Egen titel", "--deadline", "2023-12-20", "-o", path);

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(path);
        Assert.Contains("  title: \"Egen titel\"", text);
        Assert.Contains("  deadline: 2023-12-20", text);
        Assert.Contains("  department_dnr: \"S2023/02147\"", text);
    }

    [Fact]
    public void Never_overwrites_an_existing_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sou-2024-81.remiss.yaml", "mitt arbete");

        var result = Cli.Run("new", "--from", PageFixtures.PathOf("01-betankande-2025.txt"), "-o", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("finns redan", result.Error);
        Assert.Equal("mitt arbete", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_missing_page_file_is_bad_usage()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("new", "--from", folder.File("finns-inte.html"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("finns inte", result.Error);
    }

    [Fact]
    public void Says_whether_the_organisation_is_consulted_and_copies_its_limitation_into_a_comment()
    {
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");
        var organisation = new OrganisationFile(OrganisationFile.CurrentFormat, "Region Västernorrland", HouseStyle.Att, null, null, default, default);
        string? askedFor = null;

        var result = RunNew(p => { askedFor = p; return new FoundOrganisation(folder.File("organisation.yaml"), organisation, default); },
            "--from", PageFixtures.PathOf("26-limitations.txt"), "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(path, askedFor);
        Assert.Contains("Region Västernorrland är remissinstans (begränsad till avsnitt 5 och 6).", result.OutLines);
        Assert.Contains("  # Region Västernorrland är remissinstans (begränsad till avsnitt 5 och 6).\n  consulted_bodies:", File.ReadAllText(path));
        Assert.Contains("    - \"Region Västernorrland\"               # begränsad till avsnitt 5 och 6\n", File.ReadAllText(path));
    }

    [Fact]
    public void Uses_the_nearest_organisation_yaml_above_the_new_file()
    {
        using var folder = new TempFolder();
        folder.Write("organisation.yaml", "format: organisation/1\nname: Region Västernorrland\n");
        var path = folder.File(Path.Combine("remisser", "2025", "ny.remiss.yaml"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        var result = Cli.Run("new", "--from", PageFixtures.PathOf("34-regeringen.html"), "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Region Västernorrland är remissinstans (begränsad till avsnitt 5 och 6).", result.OutLines);
        Assert.Contains("  # Region Västernorrland är remissinstans (begränsad till avsnitt 5 och 6).\n", File.ReadAllText(path));
        Assert.Matches(@"(?m)^#   organisation: ", File.ReadAllText(path)); // named by the organisation file, as plain new does
        Assert.DoesNotContain(Cli.Run("check", path).OutLines, l => l.Contains("'case.organisation'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organisation_yaml_with_errors_is_reported_and_the_file_still_written()
    {
        using var folder = new TempFolder();
        var organisation = folder.Write("organisation.yaml", "format: organisation/1\nnamn: Region Västernorrland\n");

        var result = Cli.Run("new", "--from", PageFixtures.PathOf("34-regeringen.html"), "-o", folder.File("ny.remiss.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith($"{organisation}(", StringComparison.Ordinal) && l.Contains(": error RMS", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutLines, l => l.Contains("är remissinstans", StringComparison.Ordinal));
        Assert.True(File.Exists(folder.File("ny.remiss.yaml")));
    }

    [Fact]
    public void Says_so_when_the_organisation_is_not_consulted()
    {
        using var folder = new TempFolder();
        var organisation = new OrganisationFile(OrganisationFile.CurrentFormat, "Region Gotland", HouseStyle.Att, null, null, default, default);

        var result = RunNew(_ => new FoundOrganisation("organisation.yaml", organisation, default), "--from", PageFixtures.PathOf("26-limitations.txt"), "-o", folder.File("ny.remiss.yaml"));

        Assert.Contains("Region Gotland finns inte bland remissinstanserna; ett svar är då ett eget initiativ.", result.OutLines);
    }

    [Fact]
    public void Reads_the_page_from_standard_input_in_a_real_process()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(PageFixtures.PathOf("02-promemoria-ds.md"));

        var result = RunProcess(folder.Path, null, text, "new", "--from", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Läste stdin (text):\n", result.Out.Replace("\r", string.Empty), StringComparison.Ordinal);
        var written = File.ReadAllText(folder.File("ds-2025-7.remiss.yaml"));
        Assert.Contains("  title: \"Enklare regler för digitala fakturor\"", written);
        Assert.Contains("  deadline: 2025-06-26", written);
    }

    [Fact]
    public void A_pdf_without_pdftotext_installed_gets_a_clear_message_in_a_real_process()
    {
        using var folder = new TempFolder();
        var empty = Directory.CreateDirectory(Path.Combine(folder.Path, "tom-path")).FullName;

        var result = RunProcess(folder.Path, new Dictionary<string, string> { ["PATH"] = empty }, null, "new", "--from", PageFixtures.PathOf("49-missiv.pdf"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RMS0119: PDF-filens text kunde inte läsas: programmet pdftotext finns inte. Installera poppler-utils", result.Out);
        Assert.Equal(["tom-path"], Directory.GetFileSystemEntries(folder.Path).Select(p => Path.GetFileName(p)!).ToArray());
    }

    [Fact]
    public void A_pdf_is_read_through_a_folder_of_ours_that_goes_and_a_killed_runs_folder_goes_too()
    {
        // pdftotext reads the missive from our temporary folder; a run killed there leaves it, and the next run removes it.
        using var folder = new TempFolder();
        var temp = Directory.CreateDirectory(Path.Combine(folder.Path, "tmp")).FullName;
        var orphan = Directory.CreateDirectory(Path.Combine(temp, $"remiss-missiv-99999999-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(orphan, "missiv.pdf"), "%PDF-");

        var result = RunProcess(folder.Path, new Dictionary<string, string> { ["TMPDIR"] = temp + "/" }, null, "new", "--from", PageFixtures.PathOf("49-missiv.pdf"), "-o", "ny.remiss.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "ny.remiss.yaml")));
        Assert.Empty(Directory.GetDirectories(temp, "remiss-missiv-*"));
    }

    [Fact]
    public void Deeply_nested_html_is_read_without_a_crash()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "Remiss av promemorian Djup (Ds 2025:9)" + string.Concat(Enumerable.Repeat("</div>", 5000)) + "</body></html>";

        var lines = HtmlPageText.Lines(html);

        Assert.Contains(lines, l => l.Text.Contains("Remiss av promemorian Djup", StringComparison.Ordinal));
    }

    private static CliResult RunNew(OrganisationFinder organisations, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new CliEnvironment { Out = output, Error = error, Today = () => Cli.Today };
        var exit = NewCommand.Create(env, organisations).Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    private static CliResult RunProcess(string workingDirectory, IDictionary<string, string>? environment, string? input, params string[] args)
    {
        var start = RemissProcess.StartInfo(environment, args);
        start.WorkingDirectory = workingDirectory;
        return RemissProcess.RunAsync(start, input ?? string.Empty).GetAwaiter().GetResult();
    }
}
