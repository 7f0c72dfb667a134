using System.Globalization;

namespace Remiss.Core;

/// <summary>
/// Characters a remiss, organisation or wording file may not hold in any value or key, refused where the file is loaded
/// (RMS0241) so that every character the loader accepts reaches every writer (.docx body and round-trip part, document
/// properties, PDF, HTML, .eml, .ics, the generator's C#). XML 1.0 cannot hold C0 controls other than tab, line feed and
/// carriage return, nor U+FFFE, U+FFFF or a lone surrogate, and UTF-8 cannot encode the latter; Word's text runs drop
/// DEL (U+007F), so a field with one would never read back as rendered; bidirectional controls
/// are valid everywhere but reorder text unseen, so a document could read otherwise than its file (docs/choices.md).
/// </summary>
public static class RefusedCharacters
{
    /// <summary>The first refused character of <paramref name="value"/>: its index and what it is, in Swedish; null when there is none.</summary>
    /// <param name="value">A value as the YAML parser gives it.</param>
    /// <returns>The index and a Swedish description, or null.</returns>
    public static (int Index, string Description)? Find(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (Describe(c) is { } description)
            {
                return (i, description);
            }
        }

        return null;
    }

    private static string? Describe(char c) => c switch
    {
        '\t' or '\n' or '\r' => null,
        < ' ' or '\u007F' => $"styrtecknet {Code(c)}{(c == '\b' ? " (backsteg)" : string.Empty)}, som inte syns och som Word, PDF och e-post inte kan bära",
        '\uFFFE' or '\uFFFF' => $"tecknet {Code(c)}, som inte är något tecken och som Word och PDF inte kan bära",
        _ when char.IsSurrogate(c) => $"en halv UTF-16-surrogat ({Code(c)}), som inte är något tecken (oftast en \\u-kod för ett tecken utanför BMP som bara fått halva koden)",
        '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            => $"styrtecknet för skrivriktning {Code(c)}, som inte syns men kan visa texten i en annan ordning än den står i filen",
        _ => null,
    };

    private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
