using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Remiss.Core;

namespace Remiss.Generators;

/// <summary>Reads the generator's MSBuild settings (made visible by the package's props as <c>build_property.*</c>).</summary>
internal static class OptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var problems = new List<LocatedDiagnostic>();
        var ns = Setting(options, "RemissNamespace", GeneratorOptions.DefaultNamespace, IsNamespace, "en namnrymd (t.ex. Region.Remisser)", problems);
        var remisser = Setting(options, "RemissClassName", GeneratorOptions.DefaultRemisserClass, SyntaxFacts.IsValidIdentifier, "ett klassnamn (t.ex. Remisser)", problems);
        var wording = Setting(options, "RemissWordingClassName", GeneratorOptions.DefaultWordingClass, SyntaxFacts.IsValidIdentifier, "ett klassnamn (t.ex. Wording)", problems);
        return new GeneratorOptions(ns, remisser, wording, problems.ToEquatableArray());
    }

    private static string Setting(AnalyzerConfigOptions options, string name, string fallback, Func<string, bool> isValid, string what, List<LocatedDiagnostic> problems)
    {
        if (!options.TryGetValue("build_property." + name, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        value = value.Trim();
        if (isValid(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None)
        {
            return value;
        }

        var diagnostic = GeneratorDiagnostics.InvalidSetting.Create(string.Empty, SourceSpan.Start, name, value, what, fallback);
        problems.Add(Locations.Locate(diagnostic, string.Empty, null));
        return fallback;
    }

    private static bool IsNamespace(string value) =>
        value.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
}
