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
        if (wording == remisser)
        {
            // One class for both would declare its members and attributes twice. The one moved off its default goes back to it.
            var (name, fallback) = wording != GeneratorOptions.DefaultWordingClass
                ? ("RemissWordingClassName", GeneratorOptions.DefaultWordingClass)
                : ("RemissClassName", GeneratorOptions.DefaultRemisserClass);
            Report(problems, name, wording, $"ett annat klassnamn än det för {(name == "RemissClassName" ? "formuleringarna" : "remisserna")}", fallback);
            (remisser, wording) = name == "RemissClassName" ? (fallback, wording) : (remisser, fallback);
        }

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

        Report(problems, name, value, what, fallback);
        return fallback;
    }

    private static void Report(List<LocatedDiagnostic> problems, string name, string value, string what, string fallback) =>
        problems.Add(Locations.Locate(GeneratorDiagnostics.InvalidSetting.Create(string.Empty, SourceSpan.Start, name, value, what, fallback), string.Empty, null));

    private static bool IsNamespace(string value) =>
        value.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
}
