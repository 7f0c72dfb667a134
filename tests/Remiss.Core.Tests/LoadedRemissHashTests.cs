using System.Security.Cryptography;
using System.Text;
using Remiss.Tests.Shared;

namespace Remiss.Core.Tests;

/// <summary>
/// The hash a rendered .docx records is of the bytes the workspace loaded, not of the file read again afterwards (which
/// may have changed in between, and then <c>remiss pull</c> would trust a file that is not the one rendered).
/// </summary>
public class LoadedRemissHashTests
{
    [Fact]
    public void A_file_loaded_from_bytes_carries_the_hash_of_those_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(TestFiles.ExampleText);
        var workspace = new RemissWorkspace(new WorkspaceOptions { Source = new KnownFilesSource([]) });

        var loaded = workspace.Load("sou-2024-72.remiss.yaml", bytes);

        Assert.False(loaded.HasErrors);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), loaded.Sha256);
    }

    [Fact]
    public void A_file_read_from_disk_carries_the_hash_of_what_was_read_and_text_carries_none()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.remiss.yaml", TestFiles.ExampleText);
        var loaded = new RemissWorkspace().Load(path);
        File.AppendAllText(path, "# ändrad efteråt\n");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TestFiles.ExampleText))), loaded.Sha256);
        Assert.Null(RemissWorkspace.LoadText(path, TestFiles.ExampleText, null).Sha256);
    }
}
