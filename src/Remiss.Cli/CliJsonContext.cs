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
[JsonSerializable(typeof(RenderManifest.Data))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>A context over <paramref name="options"/> (web defaults: camelCase names).</summary>
    public static CliJsonContext With(Action<JsonSerializerOptions> configure)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        configure(options);
        return new CliJsonContext(options);
    }
}

/// <summary>Enum values as camelCase strings (<c>dueSoon</c>), without reflection.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;
