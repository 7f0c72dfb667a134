using System.Security.Cryptography;
using Remiss.Templates;

namespace Remiss.Cli.Tests;

/// <summary>The .docx that <c>render</c> writes records its remiss file, for <c>remiss pull</c> (ROUNDTRIP.md §1).</summary>
public sealed class RenderSourceTests
{
    [Fact]
    public void The_docx_records_the_remiss_file_relative_to_its_folder_and_the_hash_of_its_bytes()
    {
        using var folder = new TempFolder();
        var source = folder.Write("remisser/sou-2024-72.remiss.yaml", Examples.ExampleText);

        var result = Cli.Run("render", source, "--output", folder.File("ut"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var docx = folder.File("ut/Yttrande SOU 2024-72 Region Västernorrland.docx");
        var read = WordReader.Read(File.ReadAllBytes(docx), docx);
        Assert.Empty(read.Problems);
        Assert.Equal(new WordOrigin("../remisser/sou-2024-72.remiss.yaml", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source))), DocumentKind.Yttrande, null), read.Origin);
    }
}
