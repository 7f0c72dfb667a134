using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests;

/// <summary>The protocol extract with what happened at the meeting (ORGANISATION.md §7): §7's sections in order, in every format.</summary>
public class MeetingRecordExtractTests
{
    private static readonly RemissRenderer Renderer = new();

    /// <summary>The example decided at both bodies, the nämnd's § 41 in the Västerbotten shape with a note.</summary>
    public static RemissFile LoadVasterbotten() => TestFiles.Load(
        MeetingRecords.Example(TestFiles.ExampleText, MeetingRecords.UtskottSeed,
            MeetingRecords.NamndVasterbotten + "      note: Sammanträdet ajourneras 10.15–10.30.\n"),
        ExampleOrganisation.Example);

    /// <summary>From Beslut: to Delges: the decision, the memo's last section, §7's sections, the note, Delges.</summary>
    public static readonly string[] NamndOrder =
    [
        "Beslut:",
        "Hälso- och sjukvårdsnämnden beslutar",
        "Beslutsunderlag",
        "Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)",
        .. MeetingRecords.NamndLines,
        "Noteras till protokollet:",
        "Sammanträdet ajourneras 10.15–10.30.",
        "Delges",
        "Socialdepartementet",
    ];

    private static RecordedMeeting Namnd(RemissFile file) => file.Decision.Meetings[1];

    [Fact]
    public void The_markdown_has_the_sections_after_beslutsunderlag_in_order_each_under_its_heading()
    {
        var file = LoadVasterbotten();
        var markdown = Renderer.RenderMarkdown(file, Namnd(file));
        var lines = TextLines.FromMarkdown(markdown);

        TextLines.AssertContainsInOrder(NamndOrder, lines);
        foreach (var heading in new[] { "Jäv", "Deltagande i beslut", "Yrkanden", "Beslutsgång", "Omröstning", "Reservation", "Protokollsanteckning", "Delges" })
        {
            Assert.Contains("\n## " + heading + "\n", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_seeds_proposal_comes_out_of_the_utskotts_extract_to_the_character()
    {
        var file = LoadVasterbotten();
        var lines = TextLines.FromMarkdown(Renderer.RenderMarkdown(file, file.Decision.Meetings[0]));

        TextLines.AssertContainsInOrder(
            ["Beslutsunderlag", "Yrkande", "Pia Lundin (SJVP) yrkar bifall till beredningens förslag.", "Beslutsgång",
                "Ordföranden frågar om hälso- och sjukvårdsutskottet kan besluta enligt beredningens förslag och finner att så sker.", "Delges"],
            lines);
    }

    [Fact]
    public void The_docx_is_valid_and_has_the_sections_in_order_as_headings()
    {
        var file = LoadVasterbotten();
        var docx = Renderer.Render(file, Namnd(file), OutputFormat.Docx);

        DocxChecks.AssertOpensCleanly(docx);
        TextLines.AssertContainsInOrder(NamndOrder, TextLines.FromDocx(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        // Descendants: the round trip's content controls hold the paragraphs.
        var headings = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2")
            .Select(p => p.InnerText)
            .ToList();
        Assert.Equal(
            ["Ärendebeskrivning", "Bakgrund", "Förvaltningens bedömning", "Beslutsunderlag", "Jäv", "Deltagande i beslut", "Yrkanden", "Beslutsgång", "Omröstning", "Reservation", "Protokollsanteckning", "Delges"],
            headings);
    }

    [Fact]
    public void The_html_has_the_sections_in_order()
    {
        var file = LoadVasterbotten();
        var html = System.Text.Encoding.UTF8.GetString(Renderer.Render(file, Namnd(file), OutputFormat.Html));

        var positions = new[] { "<h2>Beslutsunderlag</h2>", "<h2>Jäv</h2>", "<h2>Deltagande i beslut</h2>", "<h2>Yrkanden</h2>", "<h2>Beslutsgång</h2>", "<h2>Omröstning</h2>", "<h2>Reservation</h2>", "<h2>Protokollsanteckning</h2>", "Noteras till protokollet:", "<h2>Delges</h2>" }
            .Select(h => html.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Beslut_follows_a_carried_addition_and_a_carried_referral_back()
    {
        const string Hsn = "    - body: hsn\n      date: 2025-03-19\n      paragraph: 41\n      proposals:\n        - by: Viktoria Jansson (M)\n          motion: approve\n";
        var added = TestFiles.Load(MeetingRecords.Example(TestFiles.ExampleText, MeetingRecords.UtskottSeed,
            Hsn + "        - by: Erica Stenberg (SD)\n          motion: add\n          clauses:\n            - text: uppdra åt förvaltningen att följa upp frågan om läkarbemanning\n      outcome: [1, 2]\n"), ExampleOrganisation.Example);
        var referred = TestFiles.Load(MeetingRecords.Example(TestFiles.ExampleText, MeetingRecords.UtskottSeed,
            Hsn + "        - by: Anna Berg (V)\n          motion: refer-back\n          reason: Konsekvenserna för kommunerna behöver belysas.\n      outcome: [2]\n"), ExampleOrganisation.Example);

        var addedLines = TextLines.FromMarkdown(Renderer.RenderMarkdown(added, Namnd(added))).Where(l => l.Length > 0).ToList();
        var at = addedLines.IndexOf("Beslut:");
        Assert.Equal(
            [
                "Beslut:",
                "Hälso- och sjukvårdsnämnden beslutar",
                "att avge ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)”;",
                "att uppdra åt förvaltningen att följa upp frågan om läkarbemanning; samt",
                "att förklara paragrafen för omedelbart justerad.",
                "Ärendebeskrivning",
            ],
            addedLines.Skip(at).Take(6));

        var referredLines = TextLines.FromMarkdown(Renderer.RenderMarkdown(referred, Namnd(referred))).Where(l => l.Length > 0).ToList();
        at = referredLines.IndexOf("Beslut:");
        Assert.Equal(["Beslut:", "Hälso- och sjukvårdsnämnden beslutar att återremittera ärendet till förvaltningen.", "Ärendebeskrivning"], referredLines.Skip(at).Take(3));

        // Nothing is decided: the yttrande is not the decided one.
        Assert.DoesNotContain("Detta yttrande har beslutats", Renderer.RenderMarkdown(referred, DocumentKind.Yttrande), StringComparison.Ordinal);
    }

    [Fact]
    public void A_members_entry_is_markdown_and_names_are_escaped()
    {
        var file = TestFiles.Load(MeetingRecords.Example(TestFiles.ExampleText,
            "    - body: hsu\n      date: 2025-03-13\n      paragraph: 25\n      proposals:\n        - by: \"*Anna* Berg (V)\"\n          motion: approve\n      entries:\n        - by: Anna Berg (V)\n          text: |\n            Vi vill **särskilt** betona:\n\n            - uppföljning\n"),
            ExampleOrganisation.Example);

        var markdown = Renderer.RenderMarkdown(file, file.Decision.Meetings[0]);

        Assert.Contains("\n\\*Anna\\* Berg (V) yrkar bifall till beredningens förslag.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nVi vill **särskilt** betona:\n\n- uppföljning\n", markdown, StringComparison.Ordinal);
    }
}
