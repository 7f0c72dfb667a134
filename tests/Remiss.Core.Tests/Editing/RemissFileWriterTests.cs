using System.Text;
using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Core.Tests.Editing;

public class RemissFileWriterTests
{
    [Fact]
    public void The_file_is_replaced_and_no_temporary_file_is_left()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.remiss.yaml", "a: 1\n");
        var result = RemissFileWriter.Replace(path, "a: 2\n", File.ReadAllBytes(path));
        Assert.True(result.Written);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("a: 2\n", File.ReadAllText(path));
        Assert.Equal(new[] { "a.remiss.yaml" }, Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_saved_by_someone_else_meanwhile_is_not_overwritten()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.remiss.yaml", "a: 1\n");
        var read = File.ReadAllBytes(path);
        File.WriteAllText(path, "a: 1 # sparad i editorn\n");
        var result = RemissFileWriter.Replace(path, "a: 2\n", read);
        Assert.False(result.Written);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RMS0237", diagnostic.Code);
        Assert.Equal(path, diagnostic.FilePath);
        Assert.StartsWith("Filen har ändrats på disken sedan den lästes", diagnostic.Message);
        Assert.Equal("a: 1 # sparad i editorn\n", File.ReadAllText(path));
    }

    [Fact]
    public void Crlf_and_the_byte_order_mark_of_the_old_file_are_kept()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.remiss.yaml");
        var old = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a: å\r\nb: 1\r\n")).ToArray();
        File.WriteAllBytes(path, old);
        Assert.True(RemissFileWriter.Replace(path, "a: ä\nb: |\n  x\n", old).Written);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a: ä\r\nb: |\r\n  x\r\n")), File.ReadAllBytes(path));

        var lf = Encoding.UTF8.GetBytes("a: 1\n");
        File.WriteAllBytes(path, lf);
        Assert.True(RemissFileWriter.Replace(path, "\uFEFFa: 2\r\n", lf).Written);
        Assert.Equal(Encoding.UTF8.GetBytes("a: 2\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public void The_file_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // File.Replace keeps the access rules there; Unix modes are what this checks
        }

        using var folder = new TempFolder();
        var path = folder.Write("a.remiss.yaml", "a: 1\n");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);
        Assert.True(RemissFileWriter.Replace(path, "a: 2\n", File.ReadAllBytes(path)).Written);
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_missing_file_is_reported_not_thrown()
    {
        using var folder = new TempFolder();
        var result = RemissFileWriter.Replace(folder.File("saknas.remiss.yaml"), "a: 2\n", Array.Empty<byte>());
        Assert.False(result.Written);
        Assert.Equal("RMS0007", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_pull_edits_and_replaces_the_example_with_every_comment_kept()
    {
        using var folder = new TempFolder();
        var path = folder.File("sou-2024-72.remiss.yaml");
        File.Copy(TestFiles.ExamplePath, path);
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.UTF8.GetString(bytes);
        var edit = RemissFileEditor.Apply(text, path, new RemissEdit[] { new ScalarEdit("response.summary", "Regionen tillstyrker.\n") });
        Assert.True(RemissFileWriter.Replace(path, edit.Text!, bytes).Written);
        var loaded = RemissLoader.LoadFile(path);
        Assert.False(loaded.HasErrors);
        Assert.Equal("Regionen tillstyrker.", loaded.File!.Response.Summary);
        Assert.Contains("  received: 2024-12-10            # illustrative\n", File.ReadAllText(path));
    }
}
