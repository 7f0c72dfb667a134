using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// What an unquoted (plain) scalar means to a YAML reader, and which texts may be written unquoted.
/// Conservative on purpose: it resolves with the YAML 1.1 rules (yes/no/on/off, 0x…, 1_000, dates,
/// 1:30) as well as the 1.2 core schema, so a text never turns into a number, date, bool or null in
/// either kind of reader.
/// </summary>
internal static class PlainScalars
{
    public const string String = "str";
    public const string Null = "null";

    private static readonly Regex Bool = new("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$", RegexOptions.CultureInvariant);
    private static readonly Regex Int = new(
        "^([-+]?(0|[1-9][0-9_]*)|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|0o[0-7]+|[-+]?0b[01_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+)$",
        RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(
        "^([-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*)$",
        RegexOptions.CultureInvariant);
    private static readonly Regex Timestamp = new("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$", RegexOptions.CultureInvariant);

    /// <summary>The type a YAML reader gives <paramref name="value"/> written unquoted: <c>str</c>, <c>null</c>, <c>bool</c>, <c>int</c>, <c>float</c>, <c>timestamp</c> or <c>merge</c>.</summary>
    public static string Resolve(string value)
    {
        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return Null;
        }

        // Most texts start with a letter no typed value starts with: decided without the patterns.
        if ("0123456789-+.~<=nNtTfFyYoO".IndexOf(value[0]) < 0)
        {
            return String;
        }

        if (value is "<<" or "=")
        {
            return "merge";
        }

        if (Bool.IsMatch(value))
        {
            return "bool";
        }

        if (Int.IsMatch(value))
        {
            return "int";
        }

        // The pattern also matches "." and "._", which have no digit and no inf/nan and stay strings.
        if (Float.IsMatch(value) && (value.Any(char.IsDigit) || value.IndexOf("inf", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf("nan", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return "float";
        }

        return Timestamp.IsMatch(value) ? "timestamp" : String;
    }

    /// <summary>
    /// The type an edited scalar must have when read back: the old value's type when the new text is
    /// written the same way and keeps it (a § number stays a number), otherwise a string. A null never
    /// stays null: an edit writes text.
    /// </summary>
    public static string ExpectedType(string value, string? referenceType)
    {
        var type = Resolve(value);
        return type != String && type != Null && type == referenceType ? type : String;
    }

    /// <summary>
    /// True when <paramref name="value"/> can be written unquoted as a mapping value in block context and
    /// is read back as the same characters: no leading or trailing blanks, no indicator at the start,
    /// no <c>": "</c> or <c>" #"</c>, one line of printable characters.
    /// </summary>
    public static bool IsSafe(string value)
    {
        if (value.Length == 0 || value[0] is ' ' or '\t' || value[value.Length - 1] is ' ' or '\t' or ':')
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0)
        {
            return false;
        }

        if (value.IndexOf(": ", StringComparison.Ordinal) >= 0 || value.IndexOf(" #", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        return value.All(c => c != '\t' && YamlChars.IsPrintable(c) && !YamlChars.IsBreak(c)) && YamlChars.HasOnlyPairedSurrogates(value);
    }
}

/// <summary>The characters YAML lets a file hold as they are (YAML 1.2 §5.1) and the ones it reads as line breaks.</summary>
internal static class YamlChars
{
    /// <summary>Printable in a YAML stream (a surrogate counts when it is half of a pair; the writer checks pairs).</summary>
    public static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0x7E) || c == '\u0085' || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xE000 && c <= 0xFFFD && c != '\uFEFF');

    /// <summary>Read as a line break by YAML 1.1 readers such as YamlDotNet (CR, LF, NEL, LS, PS).</summary>
    public static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>True when every surrogate in <paramref name="text"/> is half of a pair (UTF-8 cannot hold a lone one).</summary>
    public static bool HasOnlyPairedSurrogates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
