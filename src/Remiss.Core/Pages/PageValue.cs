namespace Remiss.Core;

/// <summary>A value read from a remiss page, with the 1-based line of the page text it came from.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Line">The line it stands on (the first line, when it runs over several).</param>
public sealed record PageValue<T>(T Value, int Line);

/// <summary>One line of a page's text and where it stands in the source the text came from.</summary>
/// <param name="Line">The 1-based line in the source (an HTML file's line for text taken from HTML).</param>
/// <param name="Text">The line's text.</param>
public readonly record struct PageLine(int Line, string Text)
{
    /// <summary>The lines of a text (<c>\n</c> or <c>\r\n</c>), numbered from 1.</summary>
    public static IReadOnlyList<PageLine> Split(string text)
    {
        var lines = (text ?? string.Empty).Replace("\r\n", "\n").Split('\n');
        var result = new PageLine[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            result[i] = new PageLine(i + 1, lines[i]);
        }

        return result;
    }
}

/// <summary>A consulted body (remissinstans) as a remiss page lists it.</summary>
/// <param name="Name">The body's name, e.g. <c>Region Västernorrland</c>.</param>
/// <param name="Limitation">What was written in parentheses after the name, e.g. <c>begränsad till avsnitt 5 och 6</c>, or null.</param>
public sealed record ConsultedBody(string Name, string? Limitation)
{
    /// <summary>The name with its limitation in parentheses, as the page writes it.</summary>
    public override string ToString() => Limitation is null ? Name : $"{Name} ({Limitation})";
}

/// <summary>
/// Whether an organisation is among a page's consulted bodies, and through which entry
/// (its own name, or a collective entry such as <c>Samtliga regioner</c>).
/// </summary>
/// <param name="Organisation">The organisation asked about.</param>
/// <param name="Entry">The list entry that consults it, or null when none does.</param>
/// <param name="Listed">False when the page lists no consulted bodies at all (nothing can be said).</param>
public sealed record ConsultationMatch(string Organisation, PageValue<ConsultedBody>? Entry, bool Listed)
{
    /// <summary>True when the organisation is consulted.</summary>
    public bool IsConsulted => Entry is not null;

    /// <summary>
    /// The Swedish sentence the tools print and write into the file:
    /// <c>Region Västernorrland är remissinstans (begränsad till avsnitt 5 och 6).</c>
    /// </summary>
    public string Sentence
    {
        get
        {
            if (!Listed)
            {
                return $"Texten listar inga remissinstanser, så det går inte att se om {Organisation} är remissinstans.";
            }

            if (Entry is not { } entry)
            {
                return $"{Organisation} finns inte bland remissinstanserna; ett svar är då ett eget initiativ.";
            }

            var through = string.Equals(entry.Value.Name, Organisation, StringComparison.OrdinalIgnoreCase) ? string.Empty : $" genom \"{entry.Value.Name}\"";
            var limitation = entry.Value.Limitation is null ? string.Empty : $" ({entry.Value.Limitation})";
            return $"{Organisation} är remissinstans{through}{limitation}.";
        }
    }
}
