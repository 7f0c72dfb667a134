using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Remiss.Generators.Tests;

/// <summary>
/// The Roslyn SDK's generator test, set up to run offline: .NET 10 reference assemblies from
/// Basic.Reference.Assemblies (no package download) plus Remiss.Core. It checks diagnostics exactly:
/// id, severity and span; generated sources are checked by the approved-file tests instead.
/// </summary>
internal sealed class SourceGeneratorTest : CSharpSourceGeneratorTest<RemissGenerator, DefaultVerifier>
{
    public SourceGeneratorTest(params (string Name, string Text)[] files)
    {
        TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck;
        TestState.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.Sources.Add("internal static class Consumer { }");
        TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        foreach (var (name, text) in files)
        {
            TestState.AdditionalFiles.Add((GeneratorHarness.Root + name, text));
        }
    }

    public SourceGeneratorTest Expect(string code, DiagnosticSeverity severity, string file, int line, int column, int endLine, int endColumn)
    {
        ExpectedDiagnostics.Add(new DiagnosticResult(code, severity).WithSpan(GeneratorHarness.Root + file, line, column, endLine, endColumn));
        return this;
    }
}
