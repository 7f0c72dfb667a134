using Remiss.Templates;

namespace Remiss.Cli.Output;

/// <summary>
/// Review comments (Word's Granska → Ny kommentar) live only in the .docx: <c>remiss pull</c> lists them but never takes
/// them into the remiss file, so a render that replaced the document would drop a colleague's comments without a word.
/// A document of render's own (unchanged since written, or adopted by a pull) that has some is therefore protected like
/// an edited one: refused without <c>--force</c>, with the comments named.
/// </summary>
internal static class ReviewComments
{
    /// <summary>Why the .docx at <paramref name="path"/> must not be replaced because of its review comments, or null.</summary>
    public static string? WhyProtected(string path)
    {
        if (!path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return null;
        }

        var comments = WordReader.Read(File.ReadAllBytes(path), path).ReviewComments;
        if (comments.Count == 0)
        {
            return null;
        }

        var named = string.Join("; ", comments.Take(3).Select(c => $"{c.Author}: ”{Short(c.Text)}”")) + (comments.Count > 3 ? $" och {comments.Count - 3} till" : string.Empty);
        var count = comments.Count == 1 ? "en kommentar" : $"{comments.Count} kommentarer";
        return $"{path} har {count} i Word ({named}) som inte finns i remissfilen och som försvinner om dokumentet skrivs om. "
            + "Läs dem och för in det som ska gälla i remissfilen, ta sedan bort dem i Word (Granska → Ta bort alla kommentarer), eller kör med --force för att ersätta dokumentet ändå.";
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
