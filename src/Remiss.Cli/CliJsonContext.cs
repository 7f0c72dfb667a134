using System.Text.Json;
using System.Text.Json.Serialization;
using Remiss.Cli.Commands;
using Remiss.Cli.Output;
using Remiss.Core;

namespace Remiss.Cli;

/// <summary>
/// Every JSON document the CLI reads or writes, source-generated so the native (AOT) tool needs no
/// reflection. The options live with the caller (encoder, indentation); this only lists the types.
/// </summary>
[JsonSerializable(typeof(DeadlinesReport))]
[JsonSerializable(typeof(PlanReport))]
[JsonSerializable(typeof(RenderRecordData))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The reports <c>--json</c> prints (<c>deadlines</c>, <c>plan</c>): indented, camelCase names (enum values by their own converters), and
    /// Swedish letters as they are for people who read them.
    /// </summary>
    public static CliJsonContext Report { get; } = With(options =>
    {
        options.WriteIndented = true;
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    });

    /// <summary>A context over <paramref name="options"/> (web defaults: camelCase names).</summary>
    public static CliJsonContext With(Action<JsonSerializerOptions> configure)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        configure(options);
        return new CliJsonContext(options);
    }
}
