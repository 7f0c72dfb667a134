using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Remiss.Core;

/// <summary>How a scalar is written.</summary>
internal enum ScalarKind
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Block,
}

/// <summary>
/// Where a scalar is written: <paramref name="KeyColumn"/> is the column of its key (a block's
/// indentation digit counts from there), <paramref name="ContentIndent"/> the column of a block's lines,
/// <paramref name="Current"/> the style it has now or its siblings have (null for none),
/// <paramref name="ReferenceType"/> the plain type of that value, <paramref name="KeepAllowed"/> whether a
/// <c>|+</c> block would not swallow blank lines below it, and <paramref name="HeaderSuffix"/> the white
/// space and comment that stay after a block's header.
/// </summary>
internal sealed record ScalarSlot(int KeyColumn, int ContentIndent, ScalarKind? Current, string? ReferenceType, bool KeepAllowed, string HeaderSuffix);

/// <summary>A scalar's text as written; a block's text has no final line break (the caller's line supplies it).</summary>
internal readonly record struct WrittenScalar(string Text, bool IsBlock);

/// <summary>
/// Writes a value as a YAML scalar in the style the file already uses where that style can hold it,
/// otherwise in the safest one. Every candidate is read back with YamlDotNet before it is chosen, so a
/// style that would change the value (a leading space in a block, a <c>#</c> in a plain text) is never used.
/// </summary>
internal static class ScalarWriter
{
    public static WrittenScalar Write(string value, ScalarSlot slot, string newline)
    {
        foreach (var kind in Candidates(value, slot))
        {
            var written = kind switch
            {
                ScalarKind.Plain => PlainOrNull(value, slot),
                ScalarKind.SingleQuoted => SingleQuoted(value),
                ScalarKind.Block => Block(value, slot, newline),
                _ => new WrittenScalar(DoubleQuoted(value), false),
            };

            if (written is { } candidate && ReadsBack(candidate, value, slot, newline))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no YAML style reads back as the value"); // double quotes always do
    }

    /// <summary>A value in double quotes, every character that is not printable as it is escaped.</summary>
    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                case '\u0085': builder.Append("\\N"); break;
                case '\u2028': builder.Append("\\L"); break;
                case '\u2029': builder.Append("\\P"); break;
                default:
                    var paired = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                    if (paired)
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c) || !YamlChars.IsPrintable(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A mapping key: as it is when it is a plain name, else in double quotes.</summary>
    public static string Key(string key) => PlainScalars.IsSafe(key) && PlainScalars.Resolve(key) == PlainScalars.String ? key : DoubleQuoted(key);

    private static IEnumerable<ScalarKind> Candidates(string value, ScalarSlot slot)
    {
        if (value.IndexOf('\n') >= 0 || slot.Current == ScalarKind.Block)
        {
            return new[] { ScalarKind.Block, ScalarKind.DoubleQuoted };
        }

        return slot.Current switch
        {
            ScalarKind.SingleQuoted => new[] { ScalarKind.SingleQuoted, ScalarKind.DoubleQuoted },
            ScalarKind.DoubleQuoted => new[] { ScalarKind.DoubleQuoted },
            _ => new[] { ScalarKind.Plain, ScalarKind.DoubleQuoted },
        };
    }

    private static WrittenScalar? PlainOrNull(string value, ScalarSlot slot) =>
        PlainScalars.IsSafe(value) && PlainScalars.Resolve(value) == PlainScalars.ExpectedType(value, slot.ReferenceType)
            ? new WrittenScalar(value, false)
            : null;

    private static WrittenScalar? SingleQuoted(string value) =>
        value.All(c => YamlChars.IsPrintable(c) && !YamlChars.IsBreak(c)) && YamlChars.HasOnlyPairedSurrogates(value)
            ? new WrittenScalar("'" + value.Replace("'", "''") + "'", false)
            : null;

    /// <summary>
    /// A <c>|</c> block: <c>|-</c> without a final line break, <c>|</c> with one, <c>|+</c> with more
    /// (only where no blank line follows, since <c>|+</c> would take it into the value); an indentation
    /// digit when the first line starts with a space or is empty.
    /// </summary>
    private static WrittenScalar? Block(string value, ScalarSlot slot, string newline)
    {
        var trailing = 0;
        while (trailing < value.Length && value[value.Length - 1 - trailing] == '\n')
        {
            trailing++;
        }

        var core = value.Substring(0, value.Length - trailing);
        if (core.Length == 0 || (trailing > 1 && !slot.KeepAllowed)
            || !core.All(c => c == '\n' || c == '\t' || (YamlChars.IsPrintable(c) && !YamlChars.IsBreak(c))) || !YamlChars.HasOnlyPairedSurrogates(core))
        {
            return null;
        }

        var lines = core.Split('\n');
        var header = new StringBuilder("|");
        if (lines[0].Length == 0 || lines[0][0] == ' ')
        {
            var digit = slot.ContentIndent - slot.KeyColumn;
            if (digit is < 1 or > 9)
            {
                return null;
            }

            header.Append((char)('0' + digit));
        }

        header.Append(trailing == 0 ? "-" : trailing == 1 ? string.Empty : "+").Append(slot.HeaderSuffix);
        var indent = new string(' ', slot.ContentIndent);
        foreach (var line in lines)
        {
            header.Append(newline);
            if (line.Length > 0)
            {
                header.Append(indent).Append(line);
            }
        }

        for (var i = 1; i < trailing; i++)
        {
            header.Append(newline);
        }

        return new WrittenScalar(header.ToString(), true);
    }

    /// <summary>Reads the candidate back in a small document with the same indentation; true when it gives exactly the value.</summary>
    private static bool ReadsBack(WrittenScalar written, string value, ScalarSlot slot, string newline)
    {
        var document = (slot.KeyColumn > 0 ? "p:" + newline + new string(' ', slot.KeyColumn) : string.Empty) + "k: " + written.Text + newline;
        try
        {
            var parser = new Parser(new StringReader(document));
            var sawKey = false;
            while (parser.MoveNext())
            {
                if (parser.Current is Scalar scalar)
                {
                    if (sawKey)
                    {
                        return scalar.Value == value && (scalar.Style != ScalarStyle.Plain || PlainScalars.Resolve(scalar.Value) == PlainScalars.ExpectedType(value, slot.ReferenceType));
                    }

                    sawKey = scalar.Value == "k";
                }
            }

            return false;
        }
        catch (YamlException)
        {
            return false;
        }
    }
}
