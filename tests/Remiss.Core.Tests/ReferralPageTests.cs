using System.Text;
using CsCheck;
using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Core.Tests;

public sealed class ReferralPageTests
{
    /// <summary>The fixtures Core reads as they are; HTML and PDF go through the CLI's converters (Remiss.Cli.Tests).</summary>
    public static TheoryData<string> TextFixtures() =>
        new(PageFixtures.All.Select(e => e.File).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(TextFixtures))]
    public void Finds_exactly_the_values_of_each_fixture(string file)
    {
        var page = ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf(file)), file);

        Assert.Equal(PageFixtures.Get(file).ToString(), PageFixtures.Describe(file, page).ToString());
    }

    [Fact]
    public void Each_value_carries_the_line_it_came_from()
    {
        var page = ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf("01-betankande-2025.txt")), "sida.txt");

        Assert.Equal(9, page.Title!.Line);
        Assert.Equal(9, page.Number!.Line);
        Assert.Equal(14, page.DepartmentDnr!.Line);
        Assert.Equal(26, page.Deadline!.Line);
        Assert.Equal(26, page.Department!.Line);
        Assert.Equal(17, page.ConsultedBodies[0].Line);
        Assert.Equal(new ConsultedBody("Region Västernorrland", "begränsad till avsnitt 5 och 6"), page.ConsultedBodies[5].Value);
    }

    [Fact]
    public void A_deadline_sentence_wrapped_over_lines_is_found_at_its_date()
    {
        var page = ReferralPage.Read("Remiss av promemorian Ett förslag (Ds 2025:1)\nRemissvaren ska ha kommit in till\nSocialdepartementet senast den 10\nmars 2025.", "missiv.txt");

        Assert.Equal(new CalendarDate(2025, 3, 10), page.Deadline!.Value);
        Assert.Equal(3, page.Deadline.Line);
        Assert.Equal("Socialdepartementet", page.Department!.Value);
    }

    [Fact]
    public void Findings_name_the_file_and_line_in_Swedish()
    {
        var colon = ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf("10-colon-typo.txt")), "sida.txt");
        var several = ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf("09-several-dnrs.txt")), "sida.txt");
        var noDeadline = ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf("15-no-deadline.txt")), "sida.txt");
        var mismatch = ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf("14-department-mismatch.txt")), "sida.txt");

        Assert.Equal("sida.txt(3,1): warning RMS0111: Diarienumret är skrivet \"S2023:02147\" med kolon; det lästes som \"S2023/02147\". Kontrollera det mot missivet.",
            colon.Diagnostics.Single().ToString());
        Assert.Equal("sida.txt(3,1): warning RMS0112: Sidan har flera diarienummer: A2023/01688 och A2023/01703. Det första, A2023/01688, används; de andra står som kommentar i filen. Kontrollera vilket departementet vill ha i svaret.",
            several.Diagnostics.Single().ToString());
        Assert.Equal("sida.txt(1,1): warning RMS0110: Hittade ingen svarstid i texten. Fyll i 'remiss.deadline' i filen själv; den står i missivet, oftast som 'Remissvaren ska ha kommit in till … senast den …' (skriv åååå-mm-dd).",
            noDeadline.Diagnostics.Single().ToString());
        Assert.Equal("sida.txt(5,1): warning RMS0113: Sidan nämner Finansdepartementet, men diarienumret S2024/01876 hör till Socialdepartementet. Finansdepartementet används; kontrollera departementet mot missivet.",
            mismatch.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Empty_text_and_text_that_is_no_remiss_page_are_errors()
    {
        var empty = ReferralPage.Read(" \n\t\n", "tom.txt");
        var news = ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf("42-not-a-remiss.txt")), "nyhet.txt");

        Assert.True(empty.HasErrors);
        Assert.Equal("tom.txt(1,1): error RMS0117: Texten är tom. Spara remissens sida på regeringen.se som text, Markdown eller HTML (eller klistra in texten) och försök igen.",
            empty.Diagnostics.Single().ToString());
        Assert.True(news.HasErrors);
        Assert.Equal("RMS0116", news.Diagnostics.Single().Code);
    }

    [Fact]
    public void Bytes_that_are_not_text_are_refused_with_the_reason()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D };
        var latin1 = Encoding.Latin1.GetBytes("Remiss av betänkandet Något (SOU 2024:1)");

        Assert.Null(ReferralPage.DecodeText(png, "bild.png", out var binary));
        Assert.Equal("bild.png(1,1): error RMS0118: Filen är inte text (den innehåller binära data, t.ex. en bild eller ett Word-dokument). Ge en remissida sparad som text, Markdown eller HTML, eller missivet som PDF.", binary!.ToString());
        Assert.Null(ReferralPage.DecodeText(latin1, "sida.txt", out var notUtf8));
        Assert.Equal("RMS0002", notUtf8!.Code);
        Assert.Equal("Sida", ReferralPage.DecodeText(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Sida")).ToArray(), "sida.txt", out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Says_whether_an_organisation_is_consulted_and_with_which_limitation()
    {
        var limited = ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf("26-limitations.txt")), "sida.txt");
        var collective = ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf("25-samtliga-regioner.txt")), "sida.txt");
        var none = ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf("27-no-bodies.txt")), "sida.txt");

        Assert.Equal("Region Västernorrland är remissinstans (begränsad till avsnitt 5 och 6).", limited.FindConsultedBody("Region Västernorrland").Sentence);
        Assert.Equal("begränsad till avsnitt 5 och 6", limited.FindConsultedBody("region  västernorrland").Entry!.Value.Limitation);
        Assert.Equal(10, limited.FindConsultedBody("Region Västernorrland").Entry!.Line);
        Assert.Equal("Region Jämtland Härjedalen finns inte bland remissinstanserna; ett svar är då ett eget initiativ.", limited.FindConsultedBody("Region Jämtland Härjedalen").Sentence);
        Assert.Equal("Region Västernorrland är remissinstans genom \"Samtliga regioner\".", collective.FindConsultedBody("Region Västernorrland").Sentence);
        Assert.False(collective.FindConsultedBody("Sundsvalls kommun").IsConsulted);
        Assert.Equal("Texten listar inga remissinstanser, så det går inte att se om Region Västernorrland är remissinstans.", none.FindConsultedBody("Region Västernorrland").Sentence);
    }

    [Theory]
    [InlineData("S", 2024, "Socialdepartementet")]
    [InlineData("FI", 2025, "Finansdepartementet")]
    [InlineData("N", 2015, "Näringsdepartementet")]
    [InlineData("N", 2023, null)]
    [InlineData("M", 2016, "Miljö- och energidepartementet")]
    [InlineData("M", 2020, "Miljödepartementet")]
    [InlineData("I", 2020, "Infrastrukturdepartementet")]
    [InlineData("KN", 2022, null)]
    [InlineData("KN", 2023, "Klimat- och näringslivsdepartementet")]
    [InlineData("L", 2012, "Landsbygdsdepartementet")]
    [InlineData("X", 2024, null)]
    public void The_department_follows_from_the_dnr_prefix_and_year(string prefix, int year, string? department) =>
        Assert.Equal(department, DepartmentDnr.DepartmentOf(prefix, year));

    [Fact]
    public void Never_throws_on_any_text() =>
        Gen.String[Gen.Char[" \nRemisavbetänkandet(SOU 2024:1)Diarienummer:S/ senast den 13 maj 2025.Remissinstanser-*#0123456789åäö"], 0, 400]
            .Sample(text =>
            {
                var page = ReferralPage.Read(text, "x.txt");
                Assert.DoesNotContain(page.Diagnostics, d => d.Code == "RMS0005");
            }, iter: 2000);

    [Fact]
    public void The_docs_report_the_share_of_each_field_found_on_the_fixtures()
    {
        // The figures live in one of the developer docs (the README, or the page of docs/ that describes new --from).
        var docs = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "docs"), "*.md")
            .Append(Path.Combine(AppContext.BaseDirectory, "Data", "README.md"))
            .Select(File.ReadAllText)
            .ToList();
        var all = PageFixtures.All;
        var fields = new (string Name, Func<PageExpectation, bool> Found)[]
        {
            ("title", e => e.Title is not null),
            ("kind", e => e.Kind is not null),
            ("number", e => e.Number is not null),
            ("department", e => e.Department is not null),
            ("department_dnr", e => e.Dnr is not null),
            ("deadline", e => e.Deadline is not null),
            ("consulted_bodies", e => e.Bodies > 0),
        };

        Assert.True(all.Count >= 40);
        var lines = fields.Select(field => all.Count(field.Found))
            .Select((count, i) => $"| `{fields[i].Name}` | {count} of {all.Count} ({Math.Round(100.0 * count / all.Count, MidpointRounding.AwayFromZero)} %) |")
            .ToList();
        Assert.True(docs.Any(doc => lines.All(doc.Contains)), "No doc has the figures:\n" + string.Join("\n", lines));
    }
}
