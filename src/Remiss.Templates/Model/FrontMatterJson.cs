using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remiss.Templates.Model;

/// <summary>
/// Quotes front-matter values as JSON strings (valid double-quoted YAML), source-generated so the native
/// tool needs no reflection.
/// </summary>
[JsonSerializable(typeof(string))]
internal sealed partial class FrontMatterJson : JsonSerializerContext
{
    /// <summary>The context with the relaxed encoder, which keeps å, ä, ö and ” readable.</summary>
    public static FrontMatterJson Relaxed { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
