using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Remiss.Templates.Pdf;

/// <summary>A font file to embed: its typeface, and whether bold must be simulated (the family has no bold face).</summary>
internal sealed record FontFace(XGlyphTypeface Typeface, bool SimulateBold, string Source);

/// <summary>
/// The fonts of the PDF: the family a style names when its files are on the machine (<see cref="SystemFonts"/>),
/// else the bundled Liberation font of its kind (Sans for Arial and other sans-serif families, Serif for Times New
/// Roman, Garamond and other serif ones, Mono for Courier New), which are metric-compatible with Arial, Times New
/// Roman and Courier New, so lines break where Word breaks them. Faces are read once per process and shared; every
/// font is embedded as a subset with a Unicode map (Identity-H), never WinAnsi.
/// </summary>
internal static class PdfFonts
{
    private static readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), FontFace> Faces = new();
    private static readonly ConcurrentDictionary<string, XGlyphTypeface> Bundled = new(StringComparer.Ordinal);

    /// <summary>Every font's PDF options: Unicode (Type 0, Identity-H with a ToUnicode map), embedded.</summary>
    public static XPdfFontOptions Options { get; } = new(PdfFontEncoding.Unicode);

    /// <summary>The face for a Word font name and style.</summary>
    public static FontFace Face(string family, bool bold, bool italic) =>
        Faces.GetOrAdd((family, bold, italic), static key => Resolve(key.Family, key.Bold, key.Italic));

    private static FontFace Resolve(string family, bool bold, bool italic)
    {
        if (!IsBundledFamily(family))
        {
            if (SystemFonts.Find(family, bold, italic) is { } exact && Load(exact) is { } face)
            {
                return new FontFace(face, false, exact);
            }

            // A family installed without its bold face: Word emboldens the regular one, and so does the PDF.
            if (bold && SystemFonts.Find(family, false, italic) is { } regular && Load(regular) is { } regularFace)
            {
                return new FontFace(regularFace, true, regular);
            }
        }

        var name = $"Liberation{KindOf(family)}-{(bold, italic) switch { (true, true) => "BoldItalic", (true, false) => "Bold", (false, true) => "Italic", _ => "Regular" }}";
        if (KindOf(family) == "Mono")
        {
            // Only the regular Mono face is bundled (code is rare in a remiss document): the others are simulated.
            return new FontFace(BundledFace("LiberationMono-Regular"), bold, "LiberationMono-Regular");
        }

        return new FontFace(BundledFace(name), false, name);
    }

    private static bool IsBundledFamily(string family) =>
        family.Equals("Liberation Sans", StringComparison.OrdinalIgnoreCase) || family.Equals("Liberation Serif", StringComparison.OrdinalIgnoreCase);

    /// <summary>Which bundled family stands in for <paramref name="family"/>: Sans, Serif or Mono, by what the name says.</summary>
    internal static string KindOf(string family)
    {
        var name = family.ToLowerInvariant();
        string[] mono = ["mono", "courier", "consol", "code", "typewriter", "fixed"];
        string[] serif =
        [
            "serif", "times", "roman", "garamond", "georgia", "cambria", "book", "palatino", "minion", "baskerville", "caslon",
            "bodoni", "didot", "schoolbook", "constantia", "charter", "bembo", "sabon", "plantin", "perpetua", "goudy", "tinos",
        ];
        if (mono.Any(name.Contains))
        {
            return "Mono";
        }

        return serif.Any(name.Contains) && !name.Contains("sans", StringComparison.Ordinal) ? "Serif" : "Sans";
    }

    private static XGlyphTypeface BundledFace(string name) => Bundled.GetOrAdd(name, static n =>
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream("Remiss.Templates.Fonts." + n + ".ttf")
            ?? throw new InvalidOperationException($"The bundled font {n} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return new XGlyphTypeface(XFontSource.GetOrCreateFrom(bytes));
    });

    /// <summary>An installed font file, or null when it cannot be read or the PDF library cannot use it (then the bundled one stands in).</summary>
    private static XGlyphTypeface? Load(string path)
    {
        try
        {
            return new XGlyphTypeface(XFontSource.GetOrCreateFrom(File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            return null;
        }
    }
}
