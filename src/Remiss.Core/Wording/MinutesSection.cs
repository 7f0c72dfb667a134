namespace Remiss.Core;

/// <summary>One paragraph of a § in the minutes: a sentence (or a member's own text), and the clause lines that follow it.</summary>
/// <param name="Text">The paragraph.</param>
/// <param name="Clauses">The clause lines after it (<c>att …;</c> or numbered), as FORMAT §3 prints them; usually empty.</param>
/// <param name="IsMarkdown">True when <see cref="Text"/> is the member's own Markdown (an entry's text), not a sentence of ours.</param>
public sealed record MinutesParagraph(string Text, EquatableArray<string> Clauses = default, bool IsMarkdown = false);

/// <summary>One headed section of what happened at the meeting (ORGANISATION.md §7): <c>Yrkanden</c>, <c>Beslutsgång</c>, ….</summary>
/// <param name="Heading">The heading, e.g. <c>Reservation</c> or <c>Reservationer</c>.</param>
/// <param name="Paragraphs">Its paragraphs in order.</param>
public sealed record MinutesSection(string Heading, EquatableArray<MinutesParagraph> Paragraphs)
{
    /// <summary>The heading, a blank line, and each paragraph and clause line separated by blank lines.</summary>
    public string ToText(string newLine = "\n")
    {
        var blocks = new List<string> { Heading };
        foreach (var paragraph in Paragraphs)
        {
            blocks.Add(paragraph.Text);
            blocks.AddRange(paragraph.Clauses);
        }

        return string.Join(newLine + newLine, blocks);
    }
}
