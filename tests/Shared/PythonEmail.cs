using System.Diagnostics;
using System.Text.Json;

namespace Remiss.Tests.Shared;

/// <summary>
/// An .eml file as Python's standard <c>email</c> package reads it (<c>policy.default</c>, the parser mail tools and
/// archives are built on): a reader that is not MimeKit, so the draft is checked against an independent implementation.
/// </summary>
internal static class PythonEmail
{
    private const string Script = """
        import sys, json, email, hashlib
        from email import policy
        with open(sys.argv[1], 'rb') as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        def addresses(name):
            header = msg[name]
            return [a.addr_spec for a in header.addresses] if header is not None else []
        parts = list(msg.walk())
        body = msg.get_body(preferencelist=('plain',))
        print(json.dumps({
            'subject': str(msg['Subject']),
            'to': addresses('To'),
            'cc': addresses('Cc'),
            'unsent': msg['X-Unsent'],
            'date': msg['Date'].datetime.isoformat(),
            'messageId': msg['Message-ID'],
            'contentType': msg.get_content_type(),
            'text': body.get_content(),
            'attachments': [{'name': p.get_filename(), 'type': p.get_content_type(),
                             'sha256': hashlib.sha256(p.get_content()).hexdigest()} for p in msg.iter_attachments()],
            'defects': [type(d).__name__ for p in parts for d in p.defects],
        }))
        """;

    /// <summary>The message's parts as Python sees them; fails the test when python3 is missing or the script fails.</summary>
    public static JsonElement Read(string emlPath)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(emlPath);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "python3 could not read the draft: " + error.Result);
        return JsonDocument.Parse(output.Result).RootElement.Clone();
    }

    /// <summary>The SHA-256 of bytes as Python's hexdigest writes it.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
