namespace Remiss.Core;

/// <summary>
/// Edits the text of a remiss file in place (ROUNDTRIP.md §2): only the changed scalars and list items
/// are rewritten, at their exact places in the text, so comments, key order, quoting and blank lines
/// elsewhere stay byte-for-byte. The file is never re-serialized. Never throws: a bug of ours is an
/// <c>RMS0005</c> diagnostic, and every edit is read back before the text is returned (<c>RMS0236</c>).
/// </summary>
public static class RemissFileEditor
{
    /// <summary>
    /// Applies <paramref name="edits"/> to <paramref name="text"/> (the whole file; CR LF and a byte order
    /// mark are kept). With no edits, or edits that change nothing, the result is the same string. On any
    /// error <see cref="EditResult.Text"/> is null and nothing is half-done.
    /// </summary>
    public static EditResult Apply(string text, string filePath, IReadOnlyList<RemissEdit> edits)
    {
        try
        {
            if (edits is null || edits.Count == 0)
            {
                return new EditResult(text, EquatableArray<Diagnostic>.Empty);
            }

            return new EditSession(text, filePath).Apply(edits);
        }
        catch (Exception ex)
        {
            // The editor's promise is "never throws", like the loaders': a bug of ours reaches the user as a diagnostic.
            return new EditResult(null, EquatableArray.Create(DiagnosticDescriptors.InternalError.Create(filePath, SourceSpan.Start, $"{ex.GetType().Name}: {ex.Message}")));
        }
    }
}
