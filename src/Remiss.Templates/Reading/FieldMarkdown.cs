namespace Remiss.Templates.Reading;

/// <summary>
/// A field's Markdown from its paragraphs in Word, in the form the file already uses: a field that looks as rendered
/// gives back the rendered Markdown itself (line breaks and all, so a pull without edits changes nothing), and an
/// edited field keeps the Markdown of every block that still looks as rendered, writing only the rest anew. The new
/// Markdown is checked by rendering it again: if it would not look like the Word text, the field is not faithful.
/// </summary>
internal static class FieldMarkdown
{
    /// <param name="paragraphs">The field's paragraphs, prepared (<see cref="FieldParagraphs.Prepare{T}"/>).</param>
    /// <param name="rendered">The Markdown as rendered, or null for a new comment's text.</param>
    /// <param name="faithful">False when the Markdown would not render as the Word text looks (formatting Markdown cannot hold).</param>
    public static string Convert(IReadOnlyList<WordParagraph> paragraphs, string? rendered, out bool faithful)
    {
        faithful = true;
        var keys = paragraphs.Select(p => p.Key()).ToList();
        if (rendered is null)
        {
            return Fresh(paragraphs, keys, out faithful);
        }

        var blocks = MarkdownModel.Blocks(rendered, out var hasReferences);
        var renderedKeys = blocks.SelectMany(b => b.Paragraphs).Select(p => p.Key()).ToList();
        if (renderedKeys.SequenceEqual(keys, StringComparer.Ordinal))
        {
            return rendered;
        }

        if (hasReferences || blocks.Count == 0)
        {
            return Fresh(paragraphs, keys, out faithful); // a block alone would lose the link definitions it uses
        }

        var pieces = Align(blocks, keys);
        var markdown = Join(pieces, paragraphs);
        faithful = MarkdownModel.Keys(markdown).SequenceEqual(keys, StringComparer.Ordinal);
        if (!faithful)
        {
            // Written wholly anew, it may still come out right.
            var fresh = Fresh(paragraphs, keys, out var freshFaithful);
            if (freshFaithful)
            {
                faithful = true;
                return fresh;
            }
        }

        return markdown;
    }

    private static string Fresh(IReadOnlyList<WordParagraph> paragraphs, List<string> keys, out bool faithful)
    {
        var markdown = MarkdownWriter.Write(paragraphs);
        faithful = MarkdownModel.Keys(markdown).SequenceEqual(keys, StringComparer.Ordinal);
        return markdown;
    }

    /// <summary>A run of Word paragraphs [<paramref name="From"/>, <paramref name="To"/>) with the rendered block it still equals, or none (written anew).</summary>
    private sealed record Piece(int From, int To, MarkdownModel.ModelBlock? Block);

    /// <summary>
    /// The Word paragraphs cut into rendered blocks that still look the same, in their order, and paragraphs between
    /// them: the cut that keeps the most paragraphs' Markdown (a longest common subsequence over blocks).
    /// </summary>
    private static List<Piece> Align(IReadOnlyList<MarkdownModel.ModelBlock> blocks, List<string> keys)
    {
        var n = keys.Count;
        var m = blocks.Count;
        var blockKeys = blocks.Select(b => b.Paragraphs.Select(p => p.Key()).ToList()).ToList();
        var best = new int[n + 1, m + 1];
        for (var j = n; j >= 0; j--)
        {
            for (var b = m; b >= 0; b--)
            {
                var value = 0;
                if (j < n)
                {
                    value = best[j + 1, b];
                }

                if (b < m)
                {
                    value = Math.Max(value, best[j, b + 1]);
                    if (Matches(blockKeys[b], keys, j))
                    {
                        value = Math.Max(value, blockKeys[b].Count + best[j + blockKeys[b].Count, b + 1]);
                    }
                }

                best[j, b] = value;
            }
        }

        var pieces = new List<Piece>();
        var at = 0;
        var block = 0;
        var freshFrom = -1;
        while (at < n)
        {
            if (block < m && Matches(blockKeys[block], keys, at) && blockKeys[block].Count > 0
                && best[at, block] == blockKeys[block].Count + best[at + blockKeys[block].Count, block + 1])
            {
                if (freshFrom >= 0)
                {
                    pieces.Add(new Piece(freshFrom, at, null));
                    freshFrom = -1;
                }

                pieces.Add(new Piece(at, at + blockKeys[block].Count, blocks[block]));
                at += blockKeys[block].Count;
                block++;
            }
            else if (block < m && best[at, block] == best[at, block + 1])
            {
                block++;
            }
            else
            {
                freshFrom = freshFrom < 0 ? at : freshFrom;
                at++;
            }
        }

        if (freshFrom >= 0)
        {
            pieces.Add(new Piece(freshFrom, n, null));
        }

        return pieces;
    }

    private static bool Matches(List<string> block, List<string> keys, int at)
    {
        if (block.Count == 0 || at + block.Count > keys.Count)
        {
            return false;
        }

        for (var i = 0; i < block.Count; i++)
        {
            if (!string.Equals(block[i], keys[at + i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The pieces as Markdown, blocks apart by a blank line. A kept list beside new list paragraphs is written anew
    /// with them: side by side they would run together into one list.
    /// </summary>
    private static string Join(List<Piece> pieces, IReadOnlyList<WordParagraph> paragraphs)
    {
        bool IsListParagraph(int index) => paragraphs[index].Role is ParagraphRole.ListItem or ParagraphRole.ListContinuation;
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 0; i < pieces.Count; i++)
            {
                if (pieces[i].Block is not { IsList: true })
                {
                    continue;
                }

                var before = i > 0 && pieces[i - 1].Block is null && IsListParagraph(pieces[i - 1].To - 1);
                var after = i + 1 < pieces.Count && pieces[i + 1].Block is null && IsListParagraph(pieces[i + 1].From);
                var touchingList = (i > 0 && pieces[i - 1].Block is { IsList: true }) || (i + 1 < pieces.Count && pieces[i + 1].Block is { IsList: true });
                if (before || after || touchingList)
                {
                    pieces[i] = pieces[i] with { Block = null };
                    changed = true;
                }
            }

            // Neighbouring pieces written anew become one.
            for (var i = pieces.Count - 1; i > 0; i--)
            {
                if (pieces[i].Block is null && pieces[i - 1].Block is null)
                {
                    pieces[i - 1] = new Piece(pieces[i - 1].From, pieces[i].To, null);
                    pieces.RemoveAt(i);
                    changed = true;
                }
            }
        }

        return string.Join("\n\n", pieces.Select(p => p.Block?.Source.TrimEnd('\n') ?? MarkdownWriter.Write(paragraphs.Skip(p.From).Take(p.To - p.From).ToList())));
    }
}
