namespace Remiss.Templates;

/// <summary>
/// What a document said when it was last pulled, and where that went in the remiss file: the base of the next pull of the
/// same document (edited on in Word after a pull). Without it the base is the render the document records, so text taken
/// in by the first pull would look like a change made in the YAML, and an edit made after it like a conflict.
/// <c>remiss pull</c> keeps it in the document's folder's render record; a new render of the document drops it.
/// </summary>
/// <param name="RenderedFrom">The SHA-256 the document records it was rendered from (<see cref="WordOrigin.Sha256"/>): the baseline is of that document only.</param>
/// <param name="Kind">Which document it is.</param>
/// <param name="Fields">Each field outside the comments region as the document had it (<see cref="WordField.Value"/>).</param>
/// <param name="Comments">The comments region as the document had it, in document order, each with its index in the remiss file after the pull.</param>
public sealed record PullBaseline(string? RenderedFrom, DocumentKind Kind, IReadOnlyList<PulledField> Fields, IReadOnlyList<PulledComment> Comments)
{
    /// <summary>
    /// <paramref name="read"/> as if the document had been rendered from the remiss file as the last pull left it: each
    /// field's and comment's rendered form is what the document had then, and each comment's index is its index in the
    /// remiss file since. A document rendered anew (another hash), another kind
    /// of document, or one with errors is returned as it is. The rebased document records no hash: a pull may have left
    /// changes of the YAML's that the document does not show, so each field is compared with the YAML.
    /// </summary>
    public static WordReadResult Rebase(WordReadResult read, PullBaseline? baseline)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (baseline is null || read.HasErrors || read.Origin is not { } origin || origin.Kind != baseline.Kind
            || !string.Equals(origin.Sha256, baseline.RenderedFrom, StringComparison.OrdinalIgnoreCase))
        {
            return read;
        }

        var pulled = baseline.Fields.ToDictionary(f => f.Path, f => f.Value, StringComparer.Ordinal);
        var fields = read.Fields.Select(f => pulled.TryGetValue(f.Path, out var value) ? f with { Rendered = value } : f).ToList();
        return read with
        {
            Origin = origin with { Sha256 = null },
            Fields = fields,
            Comments = read.Comments is { } region ? Rebase(region, baseline.Comments) : null,
        };
    }

    /// <summary>
    /// The comments matched with the last pull's: a rendered one by its rendered index, one typed in Word (which has no
    /// mark) by its heading, else its text, as it was pulled; what matches nothing is new, what is matched by none was
    /// deleted since.
    /// </summary>
    private static WordCommentsRegion Rebase(WordCommentsRegion region, IReadOnlyList<PulledComment> pulled)
    {
        var used = new bool[pulled.Count];
        var comments = new List<WordComment>(region.Comments.Count);
        foreach (var comment in region.Comments)
        {
            var match = comment.Index is { } rendered
                ? Find(pulled, used, p => p.Rendered == rendered)
                : Find(pulled, used, p => p.Rendered is null && p.Heading == comment.Heading) is var byHeading and >= 0
                    ? byHeading
                    : Find(pulled, used, p => p.Rendered is null && p.Text.Length > 0 && p.Text == comment.Text);
            if (match < 0)
            {
                comments.Add(new WordComment(null, comment.Section, comment.Heading, comment.Text));
                continue;
            }

            used[match] = true;
            var p = pulled[match];
            comments.Add(new WordComment(p.Index, comment.Section, comment.Heading, comment.Text)
            {
                RenderedSection = p.Section,
                RenderedHeading = p.Heading,
                RenderedText = p.Text,
            });
        }

        return new WordCommentsRegion(comments, pulled.Select(p => p.Index).ToList());
    }

    private static int Find(IReadOnlyList<PulledComment> pulled, bool[] used, Func<PulledComment, bool> match)
    {
        for (var i = 0; i < pulled.Count; i++)
        {
            if (!used[i] && match(pulled[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A field as the document had it when it was pulled.</summary>
/// <param name="Path">The YAML path.</param>
/// <param name="Value">Its text then (<see cref="WordField.Value"/>).</param>
public sealed record PulledField(string Path, string Value);

/// <summary>A comment as the document had it when it was pulled.</summary>
/// <param name="Rendered">Its index when the document was rendered (the mark it carries), or null for one typed in Word.</param>
/// <param name="Index">Its index in <c>response.comments</c> after the pull.</param>
/// <param name="Section">Its section then, or null.</param>
/// <param name="Heading">Its heading then.</param>
/// <param name="Text">Its text then.</param>
public sealed record PulledComment(int? Rendered, int Index, string? Section, string Heading, string Text);
