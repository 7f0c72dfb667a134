using System.Collections.Concurrent;
using System.Text;

namespace Remiss.Core;

/// <summary>What a save did.</summary>
public enum SaveStatus
{
    /// <summary>The file was replaced with the new text.</summary>
    Saved,

    /// <summary>The edits change nothing: the file is as it was (and was not touched).</summary>
    Unchanged,

    /// <summary>Not applied (<see cref="SaveOptions.Apply"/> false): <see cref="SaveResult.Text"/> is what would be written.</summary>
    Preview,

    /// <summary>Refused: the edits cannot be made, or would add an error, or the file may not be written. Nothing was written.</summary>
    Refused,

    /// <summary>The file's bytes are not those the form was built from. Nothing was written.</summary>
    Conflict,
}

/// <summary>How <see cref="RemissSave"/> saves.</summary>
public sealed record SaveOptions
{
    /// <summary>False: everything is checked and the new text returned, but nothing is written (a preview of the change).</summary>
    public bool Apply { get; init; } = true;

    /// <summary>The bytes the form was built from, when the host kept them: a conflict then says what changed since, field by field.</summary>
    public byte[]? FormBytes { get; init; }

    /// <summary>
    /// The served folder's real path (links resolved once, by the host): the file is written only when no folder between
    /// it and this one is a link. Null: only the file itself is checked not to be a link.
    /// </summary>
    public string? Root { get; init; }
}

/// <summary>
/// What a save gave. <see cref="Diagnostics"/> point into <see cref="Sources"/>' text (the new text for an error the
/// save would add, else the file as it is), so a host can show each at its field (<see cref="SourceMap.PathAt"/>).
/// </summary>
/// <param name="Status">What happened.</param>
/// <param name="Hash">The SHA-256 (lower-case hex) of the file's bytes now: the new bytes after a save, else those on disk.</param>
/// <param name="Text">The new text (saved or previewed); null when refused or in conflict.</param>
/// <param name="Changes">Saved or previewed: what the save changes, field by field. Conflict: what changed on disk since the form (empty when the form's bytes are not known).</param>
/// <param name="Diagnostics">Why it was refused or in conflict, or the warnings of the saved file.</param>
/// <param name="Sources">Where the diagnostics' values stand, or null.</param>
public sealed record SaveResult(SaveStatus Status, string Hash, string? Text, IReadOnlyList<FieldChange> Changes, EquatableArray<Diagnostic> Diagnostics, SourceMap? Sources)
{
    /// <summary>The bytes written (saved) or that would be (preview), or null.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>True when the file on disk holds the new text.</summary>
    public bool IsSaved => Status == SaveStatus.Saved;
}

/// <summary>
/// The desk's one use case (issue 25): a form's edits saved into a remiss file in place. Under a lock per file, the
/// file's bytes are compared with the hash the form was built from (a conflict when they differ), the edits go
/// through <see cref="RemissFileEditor"/> (or a pull's), the new text is loaded as the workspace would, and a save
/// that would add an error is refused; a file that already has errors can still be edited. Then the file is replaced
/// atomically (<see cref="RemissFileWriter"/>). Never throws; hosts only format the result.
/// </summary>
public static class RemissSave
{
    private static readonly ConcurrentDictionary<string, object> Gates = new(StringComparer.Ordinal);

    /// <summary>Saves <paramref name="edits"/> into the remiss file at <paramref name="path"/> when it still has <paramref name="expectedHash"/>.</summary>
    public static SaveResult Save(RemissWorkspace workspace, string path, string expectedHash, IReadOnlyList<RemissEdit> edits, SaveOptions? options = null) =>
        Save(workspace, path, expectedHash, (_, _, text) => RemissFileEditor.Apply(text, path, edits), options);

    /// <summary>
    /// Saves what <paramref name="propose"/> makes of the file (given its load, bytes and text; e.g. a pull's new text)
    /// when the file still has <paramref name="expectedHash"/>.
    /// </summary>
    public static SaveResult Save(RemissWorkspace workspace, string path, string expectedHash, Func<LoadedRemiss, byte[], string, EditResult> propose, SaveOptions? options = null)
    {
        options ??= new SaveOptions();
        try
        {
            // One save of a file at a time in this process: the second waits, then finds other bytes (a conflict).
            lock (Gates.GetOrAdd(Path.GetFullPath(path), _ => new object()))
            {
                return SaveLocked(workspace ?? throw new ArgumentNullException(nameof(workspace)), path, expectedHash, propose, options);
            }
        }
        catch (Exception ex)
        {
            var bug = DiagnosticDescriptors.InternalError.Create(path, SourceSpan.Start, $"{ex.GetType().Name}: {ex.Message}");
            return new SaveResult(SaveStatus.Refused, string.Empty, null, Array.Empty<FieldChange>(), EquatableArray.Create(bug), null);
        }
    }

    /// <summary>Why the file at <paramref name="path"/> must not be written (a link, or in a linked folder under <paramref name="root"/>), or null.</summary>
    public static string? WriteRefusal(string path, string? root)
    {
        var full = Path.GetFullPath(path);
        if (IsLink(full))
        {
            return "filen är en symbolisk länk, och servern skriver aldrig genom en länk";
        }

        if (root is null)
        {
            return null;
        }

        var top = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var folder = Path.GetDirectoryName(full);
        if (folder is null || !(folder == top || folder.StartsWith(top + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            return "filen ligger utanför mappen som servern visar";
        }

        for (var current = folder; current.Length > top.Length; current = Path.GetDirectoryName(current)!)
        {
            if (IsLink(current))
            {
                return $"mappen '{Path.GetFileName(current)}' är en symbolisk länk, och servern skriver aldrig genom en länk";
            }
        }

        return null;
    }

    private static SaveResult SaveLocked(RemissWorkspace workspace, string path, string expectedHash, Func<LoadedRemiss, byte[], string, EditResult> propose, SaveOptions options)
    {
        if (options.Apply && WriteRefusal(path, options.Root) is { } why)
        {
            return Refused(string.Empty, DiagnosticDescriptors.WriteTargetRefused.Create(path, SourceSpan.Start, why));
        }

        if (IsLink(Path.GetFullPath(path)))
        {
            return Refused(string.Empty, DiagnosticDescriptors.WriteTargetRefused.Create(path, SourceSpan.Start, "filen är en symbolisk länk, och servern skriver aldrig genom en länk"));
        }

        var bytes = RegularFile.Read(path, LoadOptions.Default.MaxFileBytes, out var unreadable);
        if (bytes is null)
        {
            return Refused(string.Empty, unreadable!);
        }

        var hash = LoadedRemiss.HashOf(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        if (!string.Equals(hash, (expectedHash ?? string.Empty).Trim().Trim('"'), StringComparison.OrdinalIgnoreCase))
        {
            var changes = options.FormBytes is { } form ? RemissFileValues.Compare(Encoding.UTF8.GetString(form), text) : Array.Empty<FieldChange>();
            return new SaveResult(SaveStatus.Conflict, hash, null, changes, EquatableArray.Create(DiagnosticDescriptors.SaveConflict.Create(path, SourceSpan.Start)), null);
        }

        var current = workspace.Load(path, bytes);
        var proposal = propose(current, bytes, text);
        if (proposal.HasErrors || proposal.Text is null)
        {
            return new SaveResult(SaveStatus.Refused, hash, null, Array.Empty<FieldChange>(), proposal.Diagnostics, current.Result.Sources);
        }

        if (proposal.Text == text)
        {
            return new SaveResult(SaveStatus.Unchanged, hash, text, Array.Empty<FieldChange>(), proposal.Diagnostics, current.Result.Sources);
        }

        var reloaded = RemissWorkspace.LoadText(path, proposal.Text, current.Organisation, current.Registry);
        var added = AddedErrors(current.AllDiagnostics, reloaded.AllDiagnostics);
        if (added.Count > 0)
        {
            var sources = reloaded.Result.Sources;
            var first = added[0];
            var at = sources?.PathAt(first.Span) ?? "filen";
            var summary = DiagnosticDescriptors.SaveAddsError.Create(path, first.Span, at, first.Code + ":", first.Message);
            return new SaveResult(SaveStatus.Refused, hash, null, Array.Empty<FieldChange>(), new[] { summary }.Concat(added).ToEquatableArray(), sources);
        }

        var newBytes = RemissFileWriter.Encode(proposal.Text, bytes);
        var fieldChanges = RemissFileValues.Compare(text, proposal.Text);
        var warnings = proposal.Diagnostics.Concat(reloaded.AllDiagnostics.Where(d => !d.IsError)).ToEquatableArray();
        if (!options.Apply)
        {
            return new SaveResult(SaveStatus.Preview, hash, proposal.Text, fieldChanges, warnings, reloaded.Result.Sources) { Bytes = newBytes };
        }

        var written = RemissFileWriter.Replace(path, proposal.Text, bytes);
        if (written.HasErrors)
        {
            var status = written.Diagnostics.Any(d => d.Code == DiagnosticDescriptors.FileChangedOnDisk.Code) ? SaveStatus.Conflict : SaveStatus.Refused;
            return new SaveResult(status, hash, null, Array.Empty<FieldChange>(), written.Diagnostics, null);
        }

        return new SaveResult(SaveStatus.Saved, LoadedRemiss.HashOf(newBytes), proposal.Text, fieldChanges, warnings, reloaded.Result.Sources) { Bytes = newBytes };
    }

    /// <summary>The errors of <paramref name="after"/> that <paramref name="before"/> did not have (by code and message, since their lines may move).</summary>
    private static List<Diagnostic> AddedErrors(IReadOnlyList<Diagnostic> before, IReadOnlyList<Diagnostic> after)
    {
        var had = before.Where(d => d.IsError).GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var added = new List<Diagnostic>();
        foreach (var error in after.Where(d => d.IsError))
        {
            var key = Key(error);
            if (had.TryGetValue(key, out var n) && n > 0)
            {
                had[key] = n - 1;
            }
            else
            {
                added.Add(error);
            }
        }

        return added;
    }

    private static string Key(Diagnostic d) => d.Code + "\u0000" + d.Message;

    private static SaveResult Refused(string hash, Diagnostic why) =>
        new(SaveStatus.Refused, hash, null, Array.Empty<FieldChange>(), EquatableArray.Create(why), null);

    private static bool IsLink(string path)
    {
        try
        {
            var info = new FileInfo(path);
#if NET
            return info.LinkTarget is not null;
#else
            return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) != 0;
#endif
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
