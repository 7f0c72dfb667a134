using Remiss.Core;

namespace Remiss.Core.Tests.Editing;

/// <summary>Runs the editor in tests: the edited text, or the single error it reports.</summary>
internal static class EditAssert
{
    public const string FileName = "test.remiss.yaml";

    /// <summary>Lines joined with LF and ending with one, so expected files show every space.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static string Edited(string yaml, params RemissEdit[] edits)
    {
        var result = RemissFileEditor.Apply(yaml, FileName, edits);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return result.Text!;
    }

    public static Diagnostic Refused(string yaml, string code, params RemissEdit[] edits)
    {
        var result = RemissFileEditor.Apply(yaml, FileName, edits);
        Assert.Null(result.Text);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Equal(FileName, diagnostic.FilePath);
        return diagnostic;
    }

    public static ScalarEdit Set(string path, string value) => new(path, value);

    public static KeyValuePair<string, string> Key(string key, string value) => new(key, value);

    public static ListItemEdit New(params KeyValuePair<string, string>[] set) => new(null, set);

    public static ListItemEdit Keep(int from, params KeyValuePair<string, string>[] set) => new(from, set);

    public static ListEdit List(string path, params ListItemEdit[] items) => new(path, items);
}
