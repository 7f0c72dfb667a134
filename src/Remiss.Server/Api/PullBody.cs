using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Remiss.Server.Api;

/// <summary>
/// The body of a pull (<c>POST /api/v1/pull</c> and the desk's <c>POST /api/v1/files/{id}/pull</c>): JSON with one large
/// field, the .docx in base64, beside a few small ones. A 23 MiB body was held four times over before (the body, the field
/// as a .NET string, twice its size in UTF-16, and the decoded bytes); now the body is read once into an array of its size,
/// the .docx field is decoded in place in that array (what base64 encodes is never longer than the base64), and only the
/// rest of the JSON, without the field's text, goes through the serializer. The document handed to the Word reader is a segment of
/// the body's array: one allocation of the body's size per pull, whatever its size.
/// </summary>
internal static class PullBody
{
    /// <summary>
    /// The body as <typeparamref name="T"/> (its field <paramref name="field"/> read as the empty string) and the .docx the
    /// field carried, decoded; the .docx is null when the field is missing or null. The problem (400, 413, 415) says why
    /// the body was not read, and <paramref name="notBase64"/> is the detail when the field is not base64.
    /// </summary>
    public static async Task<(T? Value, ArraySegment<byte>? Docx, ApiProblem? Problem)> ReadAsync<T>(
        HttpRequest request, JsonTypeInfo<T> type, string field, string notBase64)
        where T : class
    {
        var (bytes, length, problem) = await RequestBody.ReadBytesAsync(request, ApiLimits.PullBytes);
        if (bytes is null)
        {
            return (null, null, problem);
        }

        if (Find(bytes.AsSpan(0, length), field) is not { } text)
        {
            // No such field, not a string, or not JSON: the serializer reads (or refuses) the body as any other.
            var (whole, wrong) = RequestBody.Deserialize(bytes.AsSpan(0, length), type);
            return (whole, null, wrong);
        }

        // The JSON without the field's text (the field as ""), for the serializer: small, whatever the document's size.
        var rest = new byte[length - text.Length];
        bytes.AsSpan(0, text.Start).CopyTo(rest);
        bytes.AsSpan(text.Start + text.Length, length - text.Start - text.Length).CopyTo(rest.AsSpan(text.Start));
        var (value, invalid) = RequestBody.Deserialize<T>(rest, type);
        if (value is null)
        {
            return (null, null, invalid);
        }

        return DecodeInPlace(bytes.AsSpan(text.Start, text.Length)) is { } decoded
            ? (value, new ArraySegment<byte>(bytes, text.Start, decoded), null)
            : (null, null, RequestBody.Invalid(notBase64, null));
    }

    /// <summary>
    /// Where the text of the top-level string field <paramref name="field"/> stands (between its quotes, escapes as sent);
    /// the last, when it is given twice, as the serializer takes the last. Null when there is none or the JSON is broken.
    /// </summary>
    internal static (int Start, int Length)? Find(ReadOnlySpan<byte> json, string field)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            (int Start, int Length)? found = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // The serializer's web defaults match names without regard to case: so does this.
                var name = reader.GetString();
                reader.Read();
                if (string.Equals(name, field, StringComparison.OrdinalIgnoreCase))
                {
                    found = reader.TokenType == JsonTokenType.String
                        ? ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length)
                        : null; // null or a number: the serializer says so (a missing document, or the wrong type)
                }

                reader.Skip();
            }

            return found;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Decodes the base64 JSON string text in <paramref name="text"/> into its own start; the number of bytes, or null when
    /// it is not base64. JSON escapes are undone first, in place too (a .NET client sends <c>+</c> as <c>\u002B</c>, others
    /// <c>/</c> as <c>\/</c>), and white space, escaped or not, is skipped, as <see cref="Convert.FromBase64String(string)"/>
    /// skips it (base64 from <c>base64</c> or <c>openssl</c> comes in lines).
    /// </summary>
    internal static int? DecodeInPlace(Span<byte> text)
    {
        var written = 0;
        for (var read = 0; read < text.Length; read++)
        {
            var c = text[read];
            if (c == '\\')
            {
                if (read + 1 >= text.Length)
                {
                    return null;
                }

                read++;
                switch (text[read])
                {
                    case (byte)'/':
                        c = (byte)'/';
                        break;
                    case (byte)'n' or (byte)'r' or (byte)'t':
                        continue;
                    case (byte)'u' when read + 4 < text.Length && Utf8Parser.TryParse(text.Slice(read + 1, 4), out ushort code, out var used, 'X') && used == 4 && code < 0x80:
                        c = (byte)code;
                        read += 4;
                        break;
                    default:
                        return null; // \" \\ \b \f or a character no base64 has
                }
            }

            if (c is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                continue;
            }

            text[written++] = c;
        }

        return Base64.DecodeFromUtf8InPlace(text[..written], out var decoded) == OperationStatus.Done ? decoded : null;
    }
}
