using Remiss.Core;

namespace Remiss.Templates;

/// <summary>
/// The remiss file's fields now, in the form the document records them as rendered: what the real template inserts
/// (<see cref="RemissRenderer.FieldsAsRendered"/> of the same document), so a pull compares like with like. Rendered
/// once, on first use: a pull whose remiss file is unchanged since the document's base never needs it.
/// </summary>
internal sealed class FieldsNow(RemissFile file, WordOrigin? origin)
{
    private static readonly RemissRenderer Renderer = new();
    private Dictionary<string, string>? _fields;

    /// <summary>
    /// The field at <paramref name="path"/> as the template inserts it now; <c>""</c> for a field that is empty now (it
    /// prints nothing, so it has no mark); null when the file has no such field (a comment removed since).
    /// </summary>
    public string? this[string path]
    {
        get
        {
            var comment = RemissPull.CommentIndex(path, out var key);
            if (comment is { } i && (i >= file.Response.Comments.Count))
            {
                return null;
            }

            if (comment is { } c && key == "section")
            {
                return file.Response.Comments[c].Section;
            }

            _fields ??= Render();
            return _fields.TryGetValue(path, out var value) ? value : Exists(path) ? string.Empty : null;
        }
    }

    private Dictionary<string, string> Render()
    {
        var document = origin is null ? new RemissDocument(DocumentKind.Yttrande)
            : DocumentKinds.IsPerMeeting(origin.Kind)
                ? origin.Meeting is { } m && m.Index < file.Decision.Meetings.Count ? new RemissDocument(origin.Kind, file.Decision.Meetings[m.Index]) : null
                : new RemissDocument(origin.Kind);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document is null)
        {
            return fields;
        }

        foreach (var field in Renderer.FieldsAsRendered(file, document))
        {
            fields.TryAdd(field.Path, field.Value);
        }

        return fields;
    }

    /// <summary>True for a path the file has (an empty field is not marked in the document, so it is not among the rendered ones).</summary>
    private bool Exists(string path) => RemissPull.CommentIndex(path, out _) is { } i
        ? i < file.Response.Comments.Count
        : !path.StartsWith("decision.meetings[", StringComparison.Ordinal)
            || (int.TryParse(path["decision.meetings[".Length..path.IndexOf(']', StringComparison.Ordinal)], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
                && m < file.Decision.Meetings.Count);
}
