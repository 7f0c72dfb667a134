using Remiss.Core;

namespace Remiss.Generators;

/// <summary>
/// The generator's own diagnostics, for problems only generated C# has (its MSBuild settings, a missing
/// Remiss.Core reference, a clause's method name that is taken). Everything else
/// about a file is Core's (<see cref="DiagnosticDescriptors"/>), so the CLI and the build agree.
/// </summary>
internal static class GeneratorDiagnostics
{
    public static readonly DiagnosticDescriptor InvalidSetting = new("RMS0061", DiagnosticSeverity.Error, "Invalid generator setting",
        "MSBuild-egenskapen '{0}' har värdet \"{1}\", som inte är {2}. Ändra värdet i projektfilen, t.ex. <{0}>{3}</{0}>.");

    public static readonly DiagnosticDescriptor CoreNotReferenced = new("RMS0062", DiagnosticSeverity.Error, "Remiss.Core not referenced",
        "Projektet har remissfiler eller formuleringsregister men refererar inte Remiss.Core, som den genererade koden bygger på. Lägg till <PackageReference Include=\"Remiss.Core\" Version=\"{0}\" /> i projektfilen.");

    // Core's RMS0060 is about file names and numbers; a clause's method name is fixed by changing its id.
    public static readonly DiagnosticDescriptor ClauseMethodClash = new("RMS0063", DiagnosticSeverity.Error, "Clause method name taken",
        "Satsen \"{0}\" ger metodnamnet '{1}', som redan används av {2}. Ge satsen ett annat id.");

    // A body's property in the generated organisation class is named from its id; some names are the class's own.
    public static readonly DiagnosticDescriptor BodyPropertyClash = new("RMS0064", DiagnosticSeverity.Error, "Body property name taken",
        "Organets id \"{0}\" ger egenskapsnamnet '{1}', som redan används av {2}. Ge organet ett annat id.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[] { InvalidSetting, CoreNotReferenced, ClauseMethodClash, BodyPropertyClash };
}
