using System.Text;

namespace Remiss.Core;

/// <summary>Turns file bytes into text, refusing anything that is not UTF-8 (with or without BOM).</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of a file's bytes, or null and the diagnostic that says why not (too large, not UTF-8).
    /// Shared by every loader so all file kinds get the same encoding and size rules.
    /// </summary>
    public static string? Read(byte[] bytes, string filePath, int maxBytes, out Diagnostic? failure)
    {
        failure = null;
        if (bytes.Length > maxBytes)
        {
            failure = DiagnosticDescriptors.FileTooLarge.Create(filePath, SourceSpan.Start, bytes.Length, maxBytes);
            return null;
        }

        var text = Decode(bytes, out var problem, out var span);
        if (text is null)
        {
            failure = DiagnosticDescriptors.NotUtf8.Create(filePath, span, problem);
        }

        return text;
    }

    /// <summary>
    /// The last place in <paramref name="text"/> (1-based line, and the column just past its last
    /// character), with the line breaks YAML readers count: CR LF, CR, LF, NEL, LS and PS.
    /// </summary>
    public static (int Line, int Column) End(string text)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (c != '\r')
            {
                column++;
            }
        }

        return (line, column);
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/>; on failure returns null and a Swedish description of the
    /// problem with its line and column, so the user never gets mojibake.
    /// </summary>
    public static string? Decode(byte[] bytes, out string? problem, out SourceSpan problemSpan)
    {
        problem = null;
        problemSpan = SourceSpan.Start;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            problem = "den är sparad som UTF-16 (Unicode)";
            return null;
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            var bad = FirstInvalidByte(bytes, offset, ex);
            problemSpan = LocateByte(bytes, offset, bad);
            var likely = bytes[bad] is 0xE5 or 0xE4 or 0xF6 or 0xC5 or 0xC4 or 0xD6 or 0xE9
                ? " (troligen sparad som Windows-1252/ISO-8859-1, där å, ä och ö är en byte var)"
                : string.Empty;
            problem = $"ogiltig byte 0x{bytes[bad]:X2} på rad {problemSpan.Line}, kolumn {problemSpan.Column}{likely}";
            return null;
        }
    }

    private static int FirstInvalidByte(byte[] bytes, int offset, DecoderFallbackException ex)
    {
        // The exception's index is relative to an internal buffer on some runtimes; find the byte ourselves.
        var i = offset;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            if (length == 0 || i + length > bytes.Length)
            {
                return i;
            }

            try
            {
                StrictUtf8.GetString(bytes, i, length);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }

            i += length;
        }

        return Math.Max(offset, Math.Min(bytes.Length - 1, offset + Math.Max(0, ex.Index)));
    }

    private static SourceSpan LocateByte(byte[] bytes, int offset, int index)
    {
        var line = 1;
        var lineStart = offset;
        for (var i = offset; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, so decode the valid part of the line before the bad byte.
        var column = StrictUtf8.GetCharCount(bytes, lineStart, index - lineStart) + 1;
        return new SourceSpan(line, column, line, column + 1);
    }
}
