using System.Text;
using Microsoft.CodeAnalysis;

namespace Remiss.Generators.Tests;

/// <summary>
/// The generator never throws: every file of the fuzz corpus (tests/Remiss.Fuzz/Seeds and every finding
/// in tests/Remiss.Fuzz.Tests/FuzzRegressions), as a remiss file and as a wording registry, goes through
/// the real generator driver without CS8785 ("Generator … failed to generate source").
/// </summary>
public sealed class FuzzCorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "FuzzCorpus");

    public static IEnumerable<object[]> Files() =>
        Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories)
            .Select(f => new object[] { Path.GetRelativePath(Corpus, f).Replace('\\', '/') })
            .OrderBy(f => (string)f[0], StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Files))]
    public void A_corpus_file_never_makes_the_generator_fail(string file)
    {
        // Roslyn hands the generator text decoded with replacement characters, so invalid UTF-8 arrives that way.
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Corpus, file)));
        var name = Path.GetFileName(file);

        var (result, _, _) = GeneratorHarness.Run(
            [GeneratorHarness.File($"remisser/{name}.remiss.yaml", text), GeneratorHarness.File($"wording/{name}.wording.yaml", text)]);

        var generator = Assert.Single(result.Results);
        Assert.Null(generator.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(generator.Diagnostics, d => d.Id == "RMS0005" || d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("RMS", StringComparison.Ordinal));
    }

    [Fact]
    public void The_whole_corpus_in_one_project_never_makes_the_generator_fail()
    {
        var files = Files().Select(f => (string)f[0]).SelectMany(f =>
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Corpus, f)));
            var stem = f.Replace('/', '_');
            return new[] { GeneratorHarness.File($"remisser/{stem}.remiss.yaml", text), GeneratorHarness.File($"wording/{stem}.wording.yaml", text) };
        }).ToList();
        Assert.NotEmpty(files);

        var (result, _, _) = GeneratorHarness.Run(files);

        Assert.Null(Assert.Single(result.Results).Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
    }
}
