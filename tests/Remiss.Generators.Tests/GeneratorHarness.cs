using System.Collections.Immutable;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Remiss.Generators;

namespace Remiss.Generators.Tests;

/// <summary>Runs <see cref="RemissGenerator"/> the way the compiler does: additional files, MSBuild properties, a compilation.</summary>
internal static class GeneratorHarness
{
    /// <summary>The root the in-memory files live under (absolute, like the paths MSBuild passes).</summary>
    public const string Root = "/src/Region/";

    /// <summary>.NET 10 reference assemblies plus Remiss.Core, which the generated code uses.</summary>
    public static ImmutableArray<MetadataReference> References { get; } = Net100.References.All.Cast<MetadataReference>().ToImmutableArray()
        .Add(MetadataReference.CreateFromFile(typeof(Remiss.Core.RemissFile).Assembly.Location));

    public static CSharpCompilation Compilation(params string[] sources) => Compilation(LanguageVersion.Latest, sources);

    public static CSharpCompilation Compilation(LanguageVersion version, params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(version))),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    public static AdditionalText File(string name, string text) => new InMemoryText(Root + name, text);

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, LanguageVersion version = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new RemissGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(version),
            new OptionsProvider(properties ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns the result and the compilation with the generated sources.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, GeneratorDriver Driver) Run(
        IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, params string[] consumerSources)
    {
        var driver = Driver(files, properties).RunGeneratorsAndUpdateCompilation(Compilation(consumerSources), out var output, out _);
        return (driver.GetRunResult(), output, driver);
    }

    /// <summary>Runs the generator, compiles its output and loads it into this process, so it shares Remiss.Core's types with the test.</summary>
    public static System.Reflection.Assembly CompileAndLoad(AdditionalText[] files)
    {
        var (result, output, _) = Run(files);
        Assert.Empty(result.Diagnostics());
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
    }

    public static string Source(this GeneratorDriverRunResult result, string hintName) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public static ImmutableArray<Diagnostic> Diagnostics(this GeneratorDriverRunResult result) => result.Results.Single().Diagnostics;

    /// <summary>The errors a C# compilation reports (the generated code must have none).</summary>
    public static List<Diagnostic> Errors(this Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static Options Empty { get; } = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
