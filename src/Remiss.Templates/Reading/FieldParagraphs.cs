namespace Remiss.Templates.Reading;

/// <summary>
/// One field's paragraphs made ready to compare and to write as Markdown, the same way for Word's paragraphs and for
/// the writer's: each normalised, empty ones dropped (an empty paragraph is spacing, which Markdown does not have),
/// a list paragraph without a list before it made a plain paragraph, list levels that skip a level brought in line
/// (Markdown nests one level at a time), and numbered items counted.
/// </summary>
internal static class FieldParagraphs
{
    public static List<T> Prepare<T>(IEnumerable<T> items, Func<T, WordParagraph> paragraphOf)
    {
        var kept = new List<T>();
        WordParagraph? previous = null;
        var itemLevel = -1;
        foreach (var item in items)
        {
            var paragraph = paragraphOf(item);
            paragraph.Normalize();
            if (paragraph.IsBlank && paragraph.Role is ParagraphRole.Body or ParagraphRole.Heading or ParagraphRole.Quote or ParagraphRole.ListContinuation)
            {
                continue;
            }

            var inList = previous?.Role is ParagraphRole.ListItem or ParagraphRole.ListContinuation;
            if (paragraph.Role == ParagraphRole.ListContinuation && !inList)
            {
                paragraph.Role = ParagraphRole.Body;
            }

            if (paragraph.Role == ParagraphRole.ListItem)
            {
                paragraph.Level = Math.Min(paragraph.Level, inList ? itemLevel + 1 : 0);
                itemLevel = paragraph.Level;
            }
            else if (paragraph.Role != ParagraphRole.ListContinuation)
            {
                itemLevel = -1;
            }

            kept.Add(item);
            previous = paragraph;
        }

        WordParagraph.NumberItems(kept.Select(paragraphOf));
        return kept;
    }
}
