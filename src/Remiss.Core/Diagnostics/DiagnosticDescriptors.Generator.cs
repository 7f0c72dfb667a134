namespace Remiss.Core;

// The source generator's own problems (RMS0061–RMS0064), those only generated C# has: its MSBuild settings, a missing
// Remiss.Core reference, a generated member's name that is taken. Defined here with every other code; Remiss.Generators
// reports them (GeneratorDiagnostics).
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor InvalidGeneratorSetting = new("RMS0061", DiagnosticSeverity.Error, "Invalid generator setting",
        "MSBuild-egenskapen '{0}' har värdet \"{1}\", som inte är {2}. Ändra värdet i projektfilen, t.ex. <{0}>{3}</{0}>.");

    public static readonly DiagnosticDescriptor CoreNotReferenced = new("RMS0062", DiagnosticSeverity.Error, "Remiss.Core not referenced",
        "Projektet har remissfiler eller formuleringsregister men refererar inte Remiss.Core, som den genererade koden bygger på. Lägg till <PackageReference Include=\"Remiss.Core\" Version=\"{0}\" /> i projektfilen.");

    // RMS0060 is about file names and numbers; a clause's method name is fixed by changing its id.
    public static readonly DiagnosticDescriptor ClauseMethodClash = new("RMS0063", DiagnosticSeverity.Error, "Clause method name taken",
        "Satsen \"{0}\" ger metodnamnet '{1}', som redan används av {2}. Ge satsen ett annat id.");

    // A body's property in the generated organisation class is named from its id; some names are the class's own.
    public static readonly DiagnosticDescriptor BodyPropertyClash = new("RMS0064", DiagnosticSeverity.Error, "Body property name taken",
        "Organets id \"{0}\" ger egenskapsnamnet '{1}', som redan används av {2}. Ge organet ett annat id.");
#pragma warning restore CS1591
}
