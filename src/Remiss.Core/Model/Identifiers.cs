using System.Globalization;
using System.Text;

namespace Remiss.Core;

/// <summary>Turns free text into C# identifier-friendly names (used for generated property names).</summary>
public static class Identifiers
{
    /// <summary>
    /// PascalCase from the letters and digits of <paramref name="text"/>; Swedish letters are
    /// transliterated (å→a, ä→a, ö→o) so the name is easy to type. Starts with <c>_</c> when it
    /// would start with a digit.
    /// </summary>
    public static string FromText(string text)
    {
        var builder = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var raw in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = raw;
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (builder.Length == 0)
        {
            return "_";
        }

        return char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
    }
}
