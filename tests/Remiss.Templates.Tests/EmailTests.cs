using MimeKit;
using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests;

/// <summary>The e-mail draft to the department (.eml): what Outlook-compatible readers see in it.</summary>
public sealed class EmailTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n% a stand-in for the yttrande's PDF\n%%EOF\n"u8.ToArray();

    private static RemissFile Example() => TestFiles.Load(ExampleDelivery.WithAddresses(TestFiles.ExampleText));

    private static (byte[] Eml, byte[] Docx) Draft(RemissFile file, RemissRenderer? renderer = null)
    {
        renderer ??= new RemissRenderer();
        var docx = renderer.Render(file, DocumentKind.Yttrande, OutputFormat.Docx);
        return (renderer.RenderEmail(file, docx, Pdf), docx);
    }

    [Fact]
    public void MimeKit_reads_an_unsent_draft_to_the_missives_addresses_with_the_departments_subject_and_both_files()
    {
        var (eml, docx) = Draft(Example());

        var message = MimeMessage.Load(new MemoryStream(eml));

        Assert.Equal("1", message.Headers["X-Unsent"]);
        Assert.Equal([ExampleDelivery.ReplyTo], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal([ExampleDelivery.ReplyCc], message.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal("S2024/02145 Region Västernorrland", message.Subject);
        var attachments = message.Attachments.OfType<MimePart>().ToList();
        Assert.Equal(["S2024-02145 Region Västernorrland.docx", "S2024-02145 Region Västernorrland.pdf"], attachments.Select(a => a.FileName));
        Assert.Equal(["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf"], attachments.Select(a => a.ContentType.MimeType));
        Assert.Equal(docx, Bytes(attachments[0]));
        Assert.Equal(Pdf, Bytes(attachments[1]));
    }

    [Fact]
    public void The_covering_text_names_the_organisation_the_answers_title_and_both_dnr()
    {
        var text = new RemissRenderer().RenderEmailText(Example());

        Assert.Equal(
            """
            Till Socialdepartementet

            Region Västernorrland översänder härmed sitt yttrande ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)”.

            Ert dnr: S2024/02145
            Vårt dnr: 24HSN5898

            Yttrandet bifogas som Word- och pdf-fil.

            Med vänlig hälsning
            Sara Hjalmarsson
            Region Västernorrland

            """.Replace("\r\n", "\n"),
            text);
        var message = MimeMessage.Load(new MemoryStream(Draft(Example()).Eml));
        Assert.Equal(text, message.TextBody!.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_decided_answer_says_who_decided_it_and_the_draft_is_dated_that_day()
    {
        var decided = TestFiles.Load(ExampleOrganisation.WithMeetings(ExampleDelivery.WithAddresses(TestFiles.ExampleText)), ExampleOrganisation.Example);

        var text = new RemissRenderer().RenderEmailText(decided);
        var message = MimeMessage.Load(new MemoryStream(Draft(decided).Eml));

        Assert.Contains("Yttrandet har beslutats av Hälso- och sjukvårdsnämnden den 19 mars 2025, § 41.\n", text);
        Assert.Equal(new DateTimeOffset(2025, 3, 19, 12, 0, 0, TimeSpan.Zero), message.Date);
    }

    [Fact]
    public void Python_reads_the_same_draft_with_its_own_email_package()
    {
        var (eml, docx) = Draft(Example());
        using var folder = new TempFolder();
        var path = folder.Write("utkast.eml", eml);

        var python = PythonEmail.Read(path);

        Assert.Equal("S2024/02145 Region Västernorrland", python.GetProperty("subject").GetString());
        Assert.Equal([ExampleDelivery.ReplyTo], python.GetProperty("to").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([ExampleDelivery.ReplyCc], python.GetProperty("cc").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("1", python.GetProperty("unsent").GetString());
        Assert.Equal("multipart/mixed", python.GetProperty("contentType").GetString());
        Assert.Equal("2025-03-13T12:00:00+00:00", python.GetProperty("date").GetString()); // case.date: not yet decided
        Assert.StartsWith("Till Socialdepartementet\n\nRegion Västernorrland översänder härmed sitt yttrande ”Yttrande över remiss;", python.GetProperty("text").GetString());
        var attachments = python.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(["S2024-02145 Region Västernorrland.docx", "S2024-02145 Region Västernorrland.pdf"], attachments.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal([PythonEmail.Sha256(docx), PythonEmail.Sha256(Pdf)], attachments.Select(a => a.GetProperty("sha256").GetString()));
        Assert.Empty(python.GetProperty("defects").EnumerateArray());
    }

    [Fact]
    public void The_same_file_gives_the_same_bytes_and_a_changed_answer_a_new_message_id()
    {
        var file = Example();
        var changed = file with { Response = file.Response with { Summary = file.Response.Summary + "\nEn mening till." } };

        var first = Draft(file).Eml;
        var again = Draft(file).Eml;
        var other = MimeMessage.Load(new MemoryStream(Draft(changed).Eml));

        Assert.Equal(first, again);
        var message = MimeMessage.Load(new MemoryStream(first));
        Assert.EndsWith("@remiss.invalid", message.MessageId);
        Assert.NotEqual(message.MessageId, other.MessageId);
        Assert.NotEqual(((Multipart)message.Body!).Boundary, ((Multipart)other.Body!).Boundary);
    }

    [Fact]
    public void Without_reply_addresses_the_draft_has_no_recipients_for_the_officer_to_fill_in()
    {
        var message = MimeMessage.Load(new MemoryStream(Draft(TestFiles.LoadExample()).Eml));

        Assert.Empty(message.To);
        Assert.Empty(message.Cc);
        Assert.Equal("SOU 2024:72 Region Västernorrland", message.Subject);
        Assert.Equal(["Yttrande SOU 2024-72 Region Västernorrland.docx", "Yttrande SOU 2024-72 Region Västernorrland.pdf"],
            message.Attachments.OfType<MimePart>().Select(a => a.FileName));
    }

    [Fact]
    public void An_organisation_replaces_the_covering_text_with_its_own_template()
    {
        using var templates = TestFiles.Templates(("epost.txt.scriban", "Hej!\n\nBifogat: {{ email.attachment_names | array.join \", \" }}.\n{{ email.our_reference }}\n"));
        var renderer = new RemissRenderer(new RenderOptions { TemplateDirectory = templates.Path });

        var text = renderer.RenderEmailText(Example());

        Assert.Equal("Hej!\n\nBifogat: S2024-02145 Region Västernorrland.docx, S2024-02145 Region Västernorrland.pdf.\nVårt dnr: 24HSN5898\n", text);
    }

    [Fact]
    public void Only_the_yttrande_has_an_email()
    {
        var e = Assert.Throws<RenderException>(() => new RemissRenderer().Render(Example(), DocumentKind.Tjansteutlatande, OutputFormat.Eml));

        Assert.Equal("Bara yttrandet skickas med e-post; tjänsteutlåtande har inget e-postutkast.", e.Message);
    }

    private static byte[] Bytes(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
