using System.Text.Json;
using MimeKit;

namespace Remiss.Cli.Tests;

/// <summary>The e-mail draft of <c>render --format eml</c>, and the one status in <c>deadlines</c>, <c>plan</c> and the calendar.</summary>
public sealed class DeliveryCommandTests
{
    private const string Name = "S2024-02145 Region Västernorrland";

    private static string OrganisationText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "region", "organisation.yaml"));

    private static string DecidedAndSent(string sent) => ExampleDelivery.WithSent(ExampleOrganisation.WithMeetings(Examples.ExampleText), sent);

    private static TempFolder WithOrganisation(string remissText)
    {
        var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", remissText);
        folder.Write("organisation.yaml", OrganisationText);
        return folder;
    }

    [Fact]
    public void The_draft_attaches_byte_for_byte_the_docx_and_pdf_that_render_writes_and_both_readers_agree()
    {
        using var folder = new TempFolder();
        var source = folder.Write("sou-2024-72.remiss.yaml", ExampleDelivery.WithAddresses(Examples.ExampleText));

        var result = Cli.Run("render", source, "--format", "docx,pdf,eml", "--document", "yttrande");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Skrev {folder.File(Name + ".eml")}", result.OutLines);
        var docx = File.ReadAllBytes(folder.File(Name + ".docx"));
        var pdf = File.ReadAllBytes(folder.File(Name + ".pdf"));

        var message = MimeMessage.Load(folder.File(Name + ".eml"));
        Assert.Equal("1", message.Headers["X-Unsent"]);
        Assert.Equal("S2024/02145 Region Västernorrland", message.Subject);
        Assert.Equal([ExampleDelivery.ReplyTo], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal([ExampleDelivery.ReplyCc], message.Cc.Mailboxes.Select(m => m.Address));
        var parts = message.Attachments.OfType<MimePart>().ToList();
        Assert.Equal([Name + ".docx", Name + ".pdf"], parts.Select(p => p.FileName));
        Assert.Equal(docx, Decoded(parts[0]));
        Assert.Equal(pdf, Decoded(parts[1]));

        var python = PythonEmail.Read(folder.File(Name + ".eml"));
        Assert.Equal("S2024/02145 Region Västernorrland", python.GetProperty("subject").GetString());
        Assert.Equal([PythonEmail.Sha256(docx), PythonEmail.Sha256(pdf)], python.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("sha256").GetString()));
        Assert.Equal([Name + ".docx", Name + ".pdf"], python.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Empty(python.GetProperty("defects").EnumerateArray());
    }

    [Fact]
    public void The_example_as_it_is_renders_a_draft_without_recipients_and_says_where_the_address_goes()
    {
        using var folder = new TempFolder();
        var source = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);

        var result = Cli.Run("render", source, "--format", "eml");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"{source}(6,3): warning RMS0165: Remissfilen har ingen 'remiss.reply_to', så e-postutkastet Yttrande SOU 2024-72 Region Västernorrland.eml får ingen mottagare. Skriv adressen ur missivet ('per e-post till …') under 'remiss.reply_to', eller fyll i mottagaren i e-postprogrammet.",
            result.OutLines[0]);
        // Only the draft: the PDF it attaches was made but not asked for.
        Assert.True(File.Exists(folder.File("Yttrande SOU 2024-72 Region Västernorrland.eml")));
        Assert.False(File.Exists(folder.File("Yttrande SOU 2024-72 Region Västernorrland.pdf")));
        var message = MimeMessage.Load(folder.File("Yttrande SOU 2024-72 Region Västernorrland.eml"));
        Assert.Empty(message.To);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(Decoded(message.Attachments.OfType<MimePart>().Last()), 0, 4));
    }

    [Fact]
    public void Format_all_writes_the_draft_only_for_a_decided_remiss()
    {
        using var folder = new TempFolder();
        var open = folder.Write("oppen/sou-2024-72.remiss.yaml", ExampleDelivery.WithAddresses(Examples.ExampleText));
        var decided = folder.Write("beslutad/sou-2024-72.remiss.yaml", ExampleOrganisation.WithMeetings(ExampleDelivery.WithAddresses(Examples.ExampleText)));
        folder.Write("beslutad/organisation.yaml", OrganisationText);

        var result = Cli.Run("render", open, decided, "--format", "all", "--document", "yttrande");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(folder.File($"oppen/{Name}.md")), result.ToString());
        Assert.False(File.Exists(folder.File($"oppen/{Name}.eml")));
        Assert.True(File.Exists(folder.File($"beslutad/{Name}.eml")));
        Assert.Contains("Yttrandet har beslutats av Hälso- och sjukvårdsnämnden den 19 mars 2025, § 41.", MimeMessage.Load(folder.File($"beslutad/{Name}.eml")).TextBody);
    }

    [Fact]
    public void The_draft_is_only_the_yttrandes()
    {
        var result = Cli.Run("render", Examples.ExamplePath, "--format", "eml", "--document", "tjansteutlatande");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format eml: e-postutkastet skickar yttrandet; ange --document yttrande eller all.", result.Error);
    }

    [Fact]
    public void A_sent_remiss_says_skickad_in_deadlines_and_plan_and_leaves_the_calendar()
    {
        using var folder = WithOrganisation(DecidedAndSent("2025-03-20"));
        var ics = folder.File("remisser.ics");

        var table = Cli.Run("deadlines", folder.Path, "--today", "2026-11-11", "--ics", ics);
        var json = Cli.Run("deadlines", folder.Path, "--today", "2026-11-11", "--json");
        var plan = Cli.Run("plan", folder.Path, "--today", "2026-11-11");
        var planJson = Cli.Run("plan", folder.Path, "--today", "2026-11-11", "--json");

        // Nothing is due any more; the deciding meeting is the one recorded (RemissOutlook).
        Assert.Matches(@"-600\s+ja\s+–\s+2025-03-19\s+skickad$", table.OutLines[1].Trim());
        Assert.Equal("1 remiss per 2026-11-11: 0 försenade, 0 inom 14 dagar.", table.OutLines[2].Trim());
        using var rows = JsonDocument.Parse(json.Out);
        var row = rows.RootElement.GetProperty("referrals")[0];
        Assert.Equal("sent", row.GetProperty("remissStatus").GetString());
        Assert.Equal("skickad", row.GetProperty("remissStatusText").GetString());
        Assert.Equal("2025-03-20", row.GetProperty("sent").GetString());
        Assert.Contains("  Status                         skickad 2025-03-20", plan.OutLines);
        Assert.DoesNotContain(plan.OutLines, l => l.Contains("Begär förlängd svarstid", StringComparison.Ordinal));
        using var plans = JsonDocument.Parse(planJson.Out);
        Assert.Equal("skickad", plans.RootElement.GetProperty("plans")[0].GetProperty("remissStatusText").GetString());
        Assert.Empty(Ical.Net.Calendar.Load(File.ReadAllText(ics))!.Events);
    }

    [Fact]
    public void A_decided_remiss_is_beslutad_and_keeps_only_its_deadline_in_the_calendar()
    {
        using var folder = WithOrganisation(ExampleOrganisation.WithMeetings(Examples.ExampleText));
        var ics = folder.File("remisser.ics");

        var table = Cli.Run("deadlines", folder.Path, "--today", "2026-11-11", "--ics", ics);
        var plan = Cli.Run("plan", folder.Path, "--today", "2026-11-11");

        Assert.Matches(@"\s+beslutad$", table.OutLines[1].Trim());
        Assert.Contains("  Status                         beslutad (Hälso- och sjukvårdsnämnden 2025-03-19 § 41)", plan.OutLines);
        Assert.Equal(["svarstid.24hsn5898@remiss"], Ical.Net.Calendar.Load(File.ReadAllText(ics))!.Events.Select(e => e.Uid));
    }

    [Fact]
    public void A_decided_remiss_has_no_forward_plan_in_deadlines_as_in_plan()
    {
        // Decided by HSN on 2025-03-19 (§ 41): the day after, nothing is due any more and the deciding meeting is the one held.
        using var folder = WithOrganisation(ExampleOrganisation.WithMeetings(Examples.ExampleText));

        var table = Cli.Run("deadlines", folder.Path, "--today", "2025-03-20");
        var json = Cli.Run("deadlines", folder.Path, "--today", "2025-03-20", "--json");
        var plan = Cli.Run("plan", folder.Path, "--today", "2025-03-20", "--json");

        using var rows = JsonDocument.Parse(json.Out);
        var row = rows.RootElement.GetProperty("referrals")[0];
        Assert.Equal(JsonValueKind.Null, row.GetProperty("papersDue").ValueKind);
        Assert.Equal("2025-03-19", row.GetProperty("decidingMeeting").GetString());
        Assert.Matches(@"\s+–\s+2025-03-19\s+beslutad$", table.OutLines[1].Trim());
        using var plans = JsonDocument.Parse(plan.Out);
        Assert.Equal(JsonValueKind.Null, plans.RootElement.GetProperty("plans")[0].GetProperty("forward").ValueKind);
        Assert.Contains("  Status                         beslutad (Hälso- och sjukvårdsnämnden 2025-03-19 § 41)", Cli.Run("plan", folder.Path, "--today", "2025-03-20").OutLines);
    }

    [Fact]
    public void The_example_past_its_papers_due_is_late_in_every_overview()
    {
        using var folder = WithOrganisation(Examples.ExampleText);

        var table = Cli.Run("deadlines", folder.Path, "--today", "2025-03-01");
        var plan = Cli.Run("plan", folder.Path, "--today", "2025-03-01", "--json");

        Assert.Matches(@"\s+försenad$", table.OutLines[1].Trim());
        using var json = JsonDocument.Parse(plan.Out);
        Assert.Equal("late", json.RootElement.GetProperty("plans")[0].GetProperty("remissStatus").GetString());
    }

    [Fact]
    public void New_from_a_missive_writes_the_reply_addresses_and_the_file_checks()
    {
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");

        var result = Cli.Run("new", "--from", PageFixtures.PathOf("56-missiv-two-copies.txt"), "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  svar till:       s.remissvar@regeringskansliet.se (rad 19)", result.OutLines);
        Assert.Contains("  kopia till:      s.fs@regeringskansliet.se och s.sf@regeringskansliet.se (rad 20)", result.OutLines);
        var text = File.ReadAllText(path);
        Assert.Contains("  # Missivet (rad 21): Ange diarienumret S2024/02145 och remissinstansens namn i ämnesraden på e-postmeddelandet.\n  reply_to: \"s.remissvar@regeringskansliet.se\"", text);
        Assert.Contains("  reply_cc: [\"s.fs@regeringskansliet.se\", \"s.sf@regeringskansliet.se\"]", text);
        var loaded = Remiss.Core.RemissLoader.Load(text, path);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code is "RMS0160" or "RMS0161");
    }

    [Fact]
    public async Task The_schema_takes_one_address_or_a_list_and_refuses_other_values()
    {
        var schema = Cli.Run("schema").Out;
        var one = ExampleDelivery.WithAddresses(Examples.ExampleText);
        var list = one.Replace($"  reply_cc: {ExampleDelivery.ReplyCc}\n", $"  reply_cc: [{ExampleDelivery.ReplyCc}, s.sf@regeringskansliet.se]\n", StringComparison.Ordinal);
        var mapping = one.Replace($"  reply_to: {ExampleDelivery.ReplyTo}\n", "  reply_to: { adress: x }\n", StringComparison.Ordinal);

        Assert.Empty(await SchemaCheck.Validate(schema, one));
        Assert.Empty(await SchemaCheck.Validate(schema, list));
        Assert.NotEmpty(await SchemaCheck.Validate(schema, mapping));
        Assert.Empty(await SchemaCheck.Validate(schema, ExampleDelivery.WithSent(Examples.ExampleText, "2025-03-20")));
    }

    private static byte[] Decoded(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
