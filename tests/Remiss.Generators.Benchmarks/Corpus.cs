using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Remiss.Generators.Benchmarks;

/// <summary>N copies of the shared example, each with its own number, as the compiler would pass them.</summary>
internal static class Corpus
{
    private static readonly string Example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));

    public static ImmutableArray<AdditionalText> Files(int count) =>
        Enumerable.Range(0, count).Select(i => (AdditionalText)new Text($"/src/Region/remisser/r{i:0000}.remiss.yaml", Numbered(i))).ToImmutableArray();

    /// <summary>File <paramref name="index"/> with a changed title: what a case officer's edit looks like.</summary>
    public static AdditionalText Edited(ImmutableArray<AdditionalText> files, int index) =>
        new Text(files[index].Path, Numbered(index).Replace("title: Stärkt", "title: Reviderad – Stärkt"));

    public static string Numbered(int i) => Example.Replace("number: SOU 2024:72", $"number: SOU {2000 + (i / 500)}:{(i % 500) + 1}");

    public static CSharpCompilation Compilation() =>
        CSharpCompilation.Create("Consumer", references: new[] { MetadataReference.CreateFromFile(typeof(Remiss.Core.RemissFile).Assembly.Location) });

    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> files) => CSharpGeneratorDriver.Create(
        new[] { new RemissGenerator().AsSourceGenerator() },
        files,
        new CSharpParseOptions(LanguageVersion.Latest),
        optionsProvider: null,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
