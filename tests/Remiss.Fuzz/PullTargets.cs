using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Fuzz;

/// <summary>
/// The Word reader of <c>remiss pull</c> (issue 21), in two targets. <c>pull</c> takes the bytes as a .docx (zip bombs,
/// broken zips and relationships, missing parts); <c>pull-parts</c> takes them as the parts of a document (see
/// <see cref="PartsDocx"/>), zipped into the rendered yttrande, so afl-fuzz mutates the WordprocessingML itself rather
/// than compressed bytes whose checksums it cannot keep. Both read the document and pull it into the decided example
/// (whose yttrande, tjänsteutlåtande and protocol extracts are the seeds), as <c>remiss pull</c> does.
/// </summary>
public static class PullTargets
{
    /// <summary>The remiss file every document is pulled into, as the messages name it.</summary>
    public const string RemissPath = "sou-2024-72.remiss.yaml";

    /// <summary>The document's name in messages.</summary>
    public const string DocxName = "Yttrande.docx";

    /// <summary>
    /// What one input may allocate, reading and pulling included: a generous bound on memory (a rendered yttrande
    /// takes a few megabytes; the reader's own caps, 16 MiB a part and 48 MiB in all, bound it far below this).
    /// </summary>
    public const long MaxAllocatedBytes = 1L << 30;

    /// <summary>A line of this form starts a part in a <c>pull-parts</c> input; the name follows, then a newline.</summary>
    public const string PartMarker = "%%part ";

    private static readonly string DecidedPath = Path.Combine(AppContext.BaseDirectory, "Data", "decided.remiss.yaml");

    // Lazy: nothing instrumented may run before the fuzzer maps its memory (see FuzzTargets, whose renderer this uses).
    private static readonly Lazy<byte[]> RemissBytes = new(() => File.ReadAllBytes(DecidedPath));

    private static readonly Lazy<LoadedRemiss> Remiss = new(() =>
    {
        var loaded = RemissWorkspace.LoadText(RemissPath, Encoding.UTF8.GetString(RemissBytes.Value), null);
        return loaded.File is null ? throw new InvalidOperationException("The decided example does not load.") : loaded;
    });

    private static readonly Lazy<byte[]> Yttrande = new(() => Render(DocumentKind.Yttrande));

    /// <summary>The bytes as a .docx, read and pulled.</summary>
    public static void Docx(byte[] input) => Pull(input);

    /// <summary>The bytes as parts of the rendered yttrande (<see cref="PartsDocx"/>), read and pulled.</summary>
    public static void Parts(byte[] input) => Pull(PartsDocx(input));

    /// <summary>
    /// The rendered yttrande with parts replaced or added from <paramref name="input"/>: the bytes up to the first line
    /// <c>%%part NAME</c> are <c>word/document.xml</c>, and each such line starts part NAME (an empty one is removed).
    /// Stored, not deflated, so a part is exactly its bytes.
    /// </summary>
    public static byte[] PartsDocx(byte[] input)
    {
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var marker = Encoding.ASCII.GetBytes("\n" + PartMarker);
        var name = "word/document.xml";
        var start = 0;
        while (true)
        {
            var at = input.AsSpan(start).IndexOf(marker);
            parts[name] = input[start..(at < 0 ? input.Length : start + at)];
            if (at < 0)
            {
                break;
            }

            var nameStart = start + at + marker.Length;
            var end = input.AsSpan(nameStart).IndexOf((byte)'\n');
            var nameEnd = end < 0 ? input.Length : nameStart + end;
            name = Encoding.UTF8.GetString(input, nameStart, nameEnd - nameStart).Trim();
            start = Math.Min(input.Length, nameEnd + 1);
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var template = new ZipArchive(new MemoryStream(Yttrande.Value, writable: false), ZipArchiveMode.Read))
        {
            foreach (var entry in template.Entries.Where(e => !parts.ContainsKey(e.FullName)))
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
                from.CopyTo(to);
            }

            foreach (var (part, bytes) in parts.Where(p => p.Key.Length > 0 && p.Value.Length > 0))
            {
                using var to = zip.CreateEntry(part, CompressionLevel.NoCompression).Open();
                to.Write(bytes);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// The decided example's document of <paramref name="kind"/> (the second meeting's extract for a protocol extract),
    /// rendered as <c>remiss render</c> renders it beside the remiss file: its round-trip part records the file's hash.
    /// </summary>
    public static byte[] Render(DocumentKind kind)
    {
        var file = Remiss.Value.File!;
        var document = kind == DocumentKind.Protokollsutdrag ? new RemissDocument(kind, file.Decision.Meetings[^1]) : new RemissDocument(kind);
        return FuzzTargets.Renderer.Value.Render(file, document, OutputFormat.Docx, new RenderSource(RemissPath, SHA256.HashData(RemissBytes.Value)));
    }

    /// <summary>
    /// The properties: the reader and the pull never throw and never answer an internal error; every problem names the
    /// document and every diagnostic stands in the remiss file at a line it has; one input allocates at most
    /// <see cref="MaxAllocatedBytes"/> (afl-fuzz's -t 1000 bounds the time). A pull that succeeds gives a file that
    /// loads without errors, the old text itself when nothing changed, and is a fixed point: the new file's own
    /// render pulls back into it with no change (what was taken in is what the document now says).
    /// </summary>
    private static void Pull(byte[] docx)
    {
        if (Pull(docx, acceptChanges: false))
        {
            // Tracked changes are refused by default; --accept-changes takes them, a path of its own.
            Pull(docx, acceptChanges: true);
        }
    }

    /// <summary>One read and pull; true when the document has tracked changes.</summary>
    private static bool Pull(byte[] docx, bool acceptChanges)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var read = WordReader.Read(docx, DocxName, new WordReadOptions { AcceptChanges = acceptChanges });
        var tracked = read.TrackedChanges.Count > 0;
        foreach (var problem in read.Problems)
        {
            if (problem.Descriptor == DiagnosticDescriptors.WordInternalError)
            {
                throw new FuzzFinding(FindingKind.InternalError, problem.ToString());
            }

            if (problem.Place.Document != DocxName || string.IsNullOrWhiteSpace(problem.Message) || !problem.Code.StartsWith("RMS02", StringComparison.Ordinal))
            {
                throw new FuzzFinding(FindingKind.Unlocated, problem.ToString());
            }
        }

        var original = RemissBytes.Value;
        var result = RemissPull.Pull(read, Remiss.Value, original);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        if (allocated > MaxAllocatedBytes)
        {
            throw new FuzzFinding(FindingKind.Unbounded, $"reading and pulling allocated {allocated / (1024 * 1024)} MiB");
        }

        // A refusal may point into the text it would have written (the edited file's first error), so either counts.
        var lines = Math.Max(FuzzTarget.LineCount(original), result.Text is null ? 0 : FuzzTarget.LineCount(Encoding.UTF8.GetBytes(result.Text)));
        FuzzTarget.CheckDiagnostics(result.Diagnostics, RemissPath, lines);
        if (result.HasErrors)
        {
            if (result.Text is not null)
            {
                throw new FuzzFinding(FindingKind.Lost, "a pull with errors gave a text to write");
            }

            return tracked;
        }

        var text = result.Text!;
        if (result.Changes.Count == 0)
        {
            if (text != Encoding.UTF8.GetString(original))
            {
                throw new FuzzFinding(FindingKind.Lost, "a pull without changes changed the text");
            }

            return tracked;
        }

        var pulled = RemissWorkspace.LoadText(RemissPath, text, null);
        if (pulled.HasErrors || pulled.File is not { } file)
        {
            throw new FuzzFinding(FindingKind.Lost, "the pulled file does not load: " + string.Join("; ", pulled.AllDiagnostics.Where(d => d.IsError).Take(3)));
        }

        // The fixed point: render what was pulled (the same document) and pull that back.
        var origin = read.Origin!;
        var meeting = origin.Meeting is { } m && m.Index < file.Decision.Meetings.Count ? file.Decision.Meetings[m.Index] : null;
        if (origin.Kind == DocumentKind.Protokollsutdrag && meeting is null)
        {
            return tracked;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var again = FuzzTargets.Renderer.Value.Render(file, new RemissDocument(origin.Kind, meeting), OutputFormat.Docx, new RenderSource(RemissPath, SHA256.HashData(bytes)));
        var second = RemissPull.Pull(again, DocxName, pulled, bytes);
        if (second.HasErrors || second.Changes.Count > 0 || second.Text != text)
        {
            var what = second.HasErrors
                ? string.Join("; ", second.Diagnostics.Where(d => d.IsError).Take(3))
                : string.Join("; ", second.Changes.Take(3).Select(c => $"{c.Path} {c.Description}"));
            throw new FuzzFinding(FindingKind.Lost, "the pulled file's own render does not pull back unchanged: " + what);
        }

        return tracked;
    }
}
