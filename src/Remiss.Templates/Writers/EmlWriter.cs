using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Text;

namespace Remiss.Templates.Writers;

/// <summary>One file attached to the e-mail: its name, media type and bytes.</summary>
internal sealed record EmailAttachment(string FileName, string ContentType, byte[] Bytes);

/// <summary>What the e-mail says and carries; <see cref="EmlWriter"/> turns it into an RFC 5322 message.</summary>
internal sealed record EmailDraft(
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string Text,
    DateOnly Date,
    IReadOnlyList<EmailAttachment> Attachments);

/// <summary>
/// Writes the e-mail to the department as an unsent draft (.eml) with MimeKit: <c>X-Unsent: 1</c>, so Outlook opens it
/// as a message to check and send. The same draft gives the same bytes: the date is the draft's day at 12:00 UTC (the
/// same calendar day in every time zone from UTC−11 to UTC+11), and what MIME requires to be unique, the Message-Id and
/// the boundary, is made from a hash of the content, so a changed answer gets a new id and an unchanged one keeps it.
/// </summary>
internal static class EmlWriter
{
    /// <summary>The right-hand side of every Message-Id: the drafts are ours, not any mail server's.</summary>
    public const string MessageIdDomain = "remiss.invalid";

    public static byte[] Write(EmailDraft draft)
    {
        var hash = Hash(draft);
        var message = new MimeMessage();
        message.Headers.Add("X-Unsent", "1");
        message.Date = new DateTimeOffset(draft.Date.Year, draft.Date.Month, draft.Date.Day, 12, 0, 0, TimeSpan.Zero);
        message.MessageId = hash[..32] + "@" + MessageIdDomain;
        message.Subject = draft.Subject;
        message.To.AddRange(draft.To.Select(address => new MailboxAddress(string.Empty, address)));
        message.Cc.AddRange(draft.Cc.Select(address => new MailboxAddress(string.Empty, address)));

        var text = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        text.SetText("utf-8", draft.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

        // "=_" cannot occur in base64 or quoted-printable text, so the boundary never collides with the content.
        var body = new Multipart("mixed") { Boundary = "=_remiss_" + hash[..24] };
        body.Add(text);
        foreach (var attachment in draft.Attachments)
        {
            // The name as RFC 2047 words (in the smallest charset that holds it, MimeKit's choice), which Outlook reads and
            // writes itself; some of its versions show RFC 2231 names (MimeKit's default) as ATT00001. Python and MimeKit read either.
            var type = ContentType.Parse(attachment.ContentType);
            type.Parameters.Add(Name("name", attachment.FileName));
            var disposition = new ContentDisposition(ContentDisposition.Attachment);
            disposition.Parameters.Add(Name("filename", attachment.FileName));
            body.Add(new MimePart(type)
            {
                Content = new MimeContent(new MemoryStream(attachment.Bytes, writable: false)),
                ContentDisposition = disposition,
                ContentTransferEncoding = ContentEncoding.Base64,
            });
        }

        message.Body = body;
        // No sender: the draft is sent from whoever opens it (Outlook fills in the account), so an empty From is left out.
        message.Headers.Remove(HeaderId.From);
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos; // RFC 5322 lines end in CRLF on every platform
        using var output = new MemoryStream();
        message.WriteTo(options, output);
        return output.ToArray();
    }

    private static Parameter Name(string name, string value) =>
        new(name, value) { EncodingMethod = ParameterEncodingMethod.Rfc2047 };

    private static string Hash(EmailDraft draft)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string value)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(value));
            sha.AppendData([0]);
        }

        foreach (var address in draft.To)
        {
            Add("to:" + address);
        }

        foreach (var address in draft.Cc)
        {
            Add("cc:" + address);
        }

        Add(draft.Subject);
        Add(draft.Text);
        Add(draft.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var attachment in draft.Attachments)
        {
            Add(attachment.FileName);
            Add(attachment.ContentType);
            sha.AppendData(attachment.Bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
