using System.Security.Cryptography;
using Remiss.Core;
using Remiss.Templates.Model;

namespace Remiss.Templates;

/// <summary>
/// Takes what was written in a rendered .docx back into its remiss file (ROUNDTRIP.md §2): <see cref="WordReader"/> reads
/// the document, this decides what changed in Word, what changed in the YAML since the render (a conflict when both did)
/// and how the comments list changes, and Core's <see cref="RemissFileEditor"/> edits the YAML text in place. The result
/// is checked by loading it as the workspace would; any problem anywhere means no text. Never throws; writes nothing.
/// </summary>
public static class RemissPull
{
    /// <summary>
    /// Pulls <paramref name="docx"/> into the remiss file <paramref name="remiss"/> (its path, bytes and load, as
    /// <see cref="RemissWorkspace"/> gave it). The diagnostics stand at the remiss file and name the document.
    /// </summary>
    public static PullResult Pull(byte[] docx, string docxPath, LoadedRemiss remiss, byte[] remissBytes, PullOptions? options = null) =>
        Pull(new ArraySegment<byte>(docx ?? []), docxPath, remiss, remissBytes, options);

    /// <summary>As <see cref="Pull(byte[], string, LoadedRemiss, byte[], PullOptions?)"/>, for a document that is part of a larger array (a request body decoded in place).</summary>
    public static PullResult Pull(ArraySegment<byte> docx, string docxPath, LoadedRemiss remiss, byte[] remissBytes, PullOptions? options = null) =>
        Pull(WordReader.Read(docx, docxPath, new WordReadOptions { AcceptChanges = (options ?? PullOptions.Default).AcceptChanges }), remiss, remissBytes, options?.Baseline);

    /// <summary>
    /// Pulls a document already read (<see cref="WordReader.Read(byte[], string, WordReadOptions?)"/>, e.g. to find its remiss file from <see cref="WordReadResult.Origin"/>)
    /// into the remiss file <paramref name="remiss"/>. With <paramref name="baseline"/> (what the same document said at its
    /// last pull, <see cref="PullResult.Baseline"/>) the document's edits since that pull are taken in, and what that pull
    /// took in is no change of the YAML's.
    /// </summary>
    public static PullResult Pull(WordReadResult read, LoadedRemiss remiss, byte[] remissBytes, PullBaseline? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        var asRead = read;
        read = PullBaseline.Rebase(read, baseline);
        var yamlPath = remiss.Path;
        var docxName = Path.GetFileName(read.DocxPath);
        try
        {
            var sources = remiss.Result.Sources;
            var diagnostics = read.Problems.Select(p => p.ToDiagnostic(yamlPath, Where(sources, p.YamlPath))).ToList();
            if (remiss.HasErrors || remiss.File is not { } file || sources is null)
            {
                diagnostics.AddRange(remiss.AllDiagnostics.Where(d => d.IsError));
                diagnostics.Add(DiagnosticDescriptors.PullRemissHasErrors.Create(yamlPath, SourceSpan.Start, docxName));
                return Refused(diagnostics, read);
            }

            if (read.HasErrors)
            {
                return Refused(diagnostics, read);
            }

            var text = SourceText(remissBytes);
            // Unchanged since the render (the hash the document records): nothing in the YAML can conflict.
            var yamlUnchanged = read.Origin?.Sha256 is { } hash && string.Equals(hash, Convert.ToHexStringLower(SHA256.HashData(remissBytes)), StringComparison.OrdinalIgnoreCase);
            var plan = new PullPlan(file, sources, text, yamlPath, docxName, yamlUnchanged, new FieldsNow(file, read.Origin));
            foreach (var field in read.Fields.Where(f => !MarkdownMeaning.Same(f.Value, f.Rendered, f.Kind)))
            {
                plan.Field(field);
            }

            if (read.Comments is { HasChanges: true } comments)
            {
                plan.Comments(comments);
            }

            diagnostics.AddRange(plan.Problems);
            if (diagnostics.Any(d => d.IsError))
            {
                return Refused(diagnostics, read);
            }

            if (plan.Edits.Count == 0)
            {
                return new PullResult(text, [], diagnostics.ToEquatableArray(), read) { Baseline = Baseline(asRead, read, plan) };
            }

            var edited = RemissFileEditor.Apply(text, yamlPath, plan.Edits);
            diagnostics.AddRange(edited.Diagnostics);
            if (edited.Text is null || edited.HasErrors)
            {
                return Refused(diagnostics, read);
            }

            // The new file must load as cleanly as the old one did, with the same organisation and clauses.
            var reloaded = RemissWorkspace.LoadText(yamlPath, edited.Text, remiss.Organisation, remiss.Registry);
            var newErrors = reloaded.Diagnostics.Where(d => d.IsError).ToList();
            if (newErrors.Count > 0 || reloaded.File is null)
            {
                var first = newErrors.FirstOrDefault();
                diagnostics.Add(DiagnosticDescriptors.PullResultHasErrors.Create(yamlPath, first?.Span ?? SourceSpan.Start, docxName,
                    first is null ? "den kunde inte läsas." : $"{first.Code}: {first.Message}"));
                return Refused(diagnostics, read);
            }

            var changes = plan.Report(reloaded.Result.Sources, read);
            return new PullResult(edited.Text, changes, diagnostics.ToEquatableArray(), read) { Baseline = Baseline(asRead, read, plan) };
        }
        catch (Exception ex)
        {
            // "Never throws": a bug of ours is a located error, and nothing is written.
            var bug = DiagnosticDescriptors.InternalError.Create(yamlPath, SourceSpan.Start, $"{ex.GetType().Name}: {ex.Message}");
            return new PullResult(null, [], EquatableArray.Create(bug), null);
        }
    }

    private static PullResult Refused(List<Diagnostic> diagnostics, WordReadResult? read) =>
        new(null, [], diagnostics.ToEquatableArray(), read);

    /// <summary>The span of <paramref name="path"/> or its nearest enclosing value, else the file's start.</summary>
    internal static SourceSpan Where(SourceMap? sources, string? path) =>
        sources is null || path is null ? SourceSpan.Start : sources[path];

    private static string SourceText(byte[] bytes)
    {
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return System.Text.Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset);
    }

    /// <summary>
    /// What the document says now and where it went: the base of its next pull. <paramref name="asRead"/> carries the marks'
    /// own indexes (which stay in the document), <paramref name="rebased"/> the comments' indexes before this pull, which
    /// the plan maps to the ones after it.
    /// </summary>
    private static PullBaseline Baseline(WordReadResult asRead, WordReadResult rebased, PullPlan plan)
    {
        var comments = new List<PulledComment>();
        if (rebased.Comments is { } region && asRead.Comments is { } marks)
        {
            for (var k = 0; k < region.Comments.Count; k++)
            {
                var comment = region.Comments[k];
                var index = plan.CommentIndexes is { } indexes ? indexes[k] : comment.Index;
                if (index is { } i and >= 0)
                {
                    comments.Add(new PulledComment(marks.Comments[k].Index, i, comment.Section, comment.Heading, comment.Text));
                }
            }
        }

        return new PullBaseline(
            asRead.Origin?.Sha256,
            asRead.Origin?.Kind ?? DocumentKind.Yttrande,
            rebased.Fields.Select(f => new PulledField(f.Path, f.Value)).ToList(),
            comments);
    }

    /// <summary>The comment index of <c>response.comments[i].key</c> (and the key), or null.</summary>
    internal static int? CommentIndex(string path, out string? key)
    {
        key = null;
        const string prefix = "response.comments[";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var close = path.IndexOf(']', prefix.Length);
        if (close < 0 || !int.TryParse(path[prefix.Length..close], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        key = close + 2 <= path.Length && path.Length > close + 1 && path[close + 1] == '.' ? path[(close + 2)..] : null;
        return index;
    }
}
