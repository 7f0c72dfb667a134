#if NET
using System.Text.Json;

namespace Remiss.Core.Json;

/// <summary>
/// A remiss's status (Core's <see cref="RemissStatus"/>) as JSON writes it everywhere, the API, the page and the CLI's
/// <c>--json</c>: a camelCase name for programs (<c>draft</c>, <c>planned</c>, <c>late</c>, <c>decided</c>, <c>sent</c>)
/// beside the Swedish text people read (<c>utkast</c> … <c>skickad</c>).
/// </summary>
public static class StatusJson
{
    /// <summary>The status's name: <c>draft</c>, <c>planned</c>, <c>late</c>, <c>decided</c>, <c>sent</c>.</summary>
    public static string Name(RemissState state) => JsonNamingPolicy.CamelCase.ConvertName(state.ToString());
}
#endif
