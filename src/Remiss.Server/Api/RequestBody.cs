using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Remiss.Core;

namespace Remiss.Server.Api;

/// <summary>
/// Reads a JSON request body with the loader's size cap applied before anything is parsed: a declared
/// length over the cap is refused unread, and a body without a length is cut off as soon as it passes it.
/// </summary>
internal static class RequestBody
{
    /// <summary>The largest body accepted: the loader's cap for one file (<see cref="LoadOptions.MaxFileBytes"/>).</summary>
    public static int MaxBytes { get; } = LoadOptions.Default.MaxFileBytes;

    public static Task<(T? Value, ApiProblem? Problem)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type)
        where T : class => ReadAsync(request, type, MaxBytes);

    /// <summary>The body as <typeparamref name="T"/>, refused above <paramref name="maxBytes"/> before it is read whole.</summary>
    public static async Task<(T? Value, ApiProblem? Problem)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, int maxBytes)
        where T : class
    {
        // The loader's 1 MiB comes from the shared pool; a larger body (a pull's .docx) gets an array of its own (ReadBytesAsync).
        var pooled = maxBytes <= MaxBytes;
        var (buffer, length, problem) = await ReadBytesAsync(request, maxBytes, pooled);
        if (buffer is null)
        {
            return (null, problem);
        }

        try
        {
            return Deserialize(buffer.AsSpan(0, length), type);
        }
        finally
        {
            if (pooled)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// The body's bytes (the first <c>Length</c> of the array), refused above <paramref name="maxBytes"/>: unread when its
    /// declared length says so, else as soon as it passes the cap. Not pooled, the array is as large as the body says it is
    /// and grows only as it arrives, so that a burst of large bodies leaves nothing held in a pool.
    /// </summary>
    public static Task<(byte[]? Bytes, int Length, ApiProblem? Problem)> ReadBytesAsync(HttpRequest request, int maxBytes) =>
        ReadBytesAsync(request, maxBytes, pooled: false);

    /// <summary><paramref name="json"/> as <typeparamref name="T"/>, or the problem that says, in Swedish, where it is not.</summary>
    public static (T? Value, ApiProblem? Problem) Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize(json, type);
            return value is null
                ? (null, Invalid("Begärans kropp är tom eller null. Skicka ett JSON-objekt, t.ex. { \"remiss\": \"format: remiss/1\\n…\" }.", null))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Invalid($"Begärans JSON kunde inte läsas{Where(e)}: {Reason(e)}.", e));
        }
    }

    private static async Task<(byte[]? Bytes, int Length, ApiProblem? Problem)> ReadBytesAsync(HttpRequest request, int maxBytes, bool pooled)
    {
        if (!IsJson(request.ContentType))
        {
            return (null, 0, UnsupportedMediaType(request.ContentType));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, 0, TooLarge(request.ContentLength.Value, maxBytes));
        }

        // Kestrel stops a body without a declared length at the same size.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 1L;
        }

        var buffer = pooled ? ArrayPool<byte>.Shared.Rent(maxBytes + 1) : new byte[(int)Math.Min(maxBytes + 1L, (request.ContentLength ?? 64 * 1024) + 1)];
        var length = 0;
        var handedOut = false;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length, buffer.Length - length), request.HttpContext.RequestAborted);
                if (read == 0)
                {
                    handedOut = true;
                    return (buffer, length, null);
                }

                length += read;
                if (length > maxBytes)
                {
                    return (null, 0, TooLarge(null, maxBytes));
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, 0, TooLarge(null, maxBytes));
        }
        finally
        {
            if (pooled && !handedOut)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    public static ApiProblem UnsupportedMediaType(string? contentType) =>
        ServerProblems.Create(StatusCodes.Status415UnsupportedMediaType, ServerProblems.InvalidRequest, "Unsupported media type",
            $"Begäran ska vara JSON (Content-Type: application/json), inte '{contentType ?? "ingen"}'.");

    public static ApiProblem Invalid(string detail, JsonException? at) =>
        ServerProblems.Create(StatusCodes.Status400BadRequest, ServerProblems.InvalidRequest, "Invalid request body", detail) with
        {
            Line = at?.LineNumber is { } line ? (int)line + 1 : null,
            Column = at?.BytePositionInLine is { } column ? (int)column + 1 : null,
        };

    private static ApiProblem TooLarge(long? length, int maxBytes) =>
        ServerProblems.Create(StatusCodes.Status413PayloadTooLarge, ServerProblems.RequestTooLarge, "Request body too large",
            $"Begäran är {(length is { } n ? n + " byte" : "för stor")}, mer än gränsen {maxBytes} byte. " +
            "En remissfil ska bara beskriva en remiss (riktiga filer är några kilobyte); skicka en fil i taget och inga bilagor.");

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && contentType.Contains("+json", StringComparison.OrdinalIgnoreCase)));

    private static string Where(JsonException e) =>
        e.LineNumber is { } line ? $" (rad {line + 1}, kolumn {(e.BytePositionInLine ?? 0) + 1}{(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? string.Empty : ", vid " + e.Path)})" : string.Empty;

    // System.Text.Json's messages are English; say the common cases in Swedish.
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "okänt fält. Tillåtna fält står i /openapi/v1.json (för check, render och plan: 'remiss' och 'organisation')";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "ett fält har fel typ (texterna ska vara JSON-strängar, listorna JSON-listor)";
        }

        return "det är inte giltig JSON. Kontrollera citattecken, kommatecken och klammerparenteser";
    }
}
