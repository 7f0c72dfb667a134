using Remiss.Templates.Pdf;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>Which font a style's family becomes in the PDF.</summary>
public class PdfFontsTests
{
    [Theory]
    [InlineData("Arial", "Sans")]
    [InlineData("Calibri", "Sans")]
    [InlineData("Liberation Sans", "Sans")]
    [InlineData("Times New Roman", "Serif")]
    [InlineData("Garamond", "Serif")]
    [InlineData("Cambria", "Serif")]
    [InlineData("PT Serif", "Serif")]
    [InlineData("Noto Sans Serif Mix", "Sans")]
    [InlineData("Courier New", "Mono")]
    [InlineData("Consolas", "Mono")]
    public void A_family_that_is_not_installed_gets_the_bundled_font_of_its_kind(string family, string kind) =>
        Assert.Equal(kind, PdfFonts.KindOf(family));

    [Fact]
    public void An_installed_family_is_found_in_each_style_it_has()
    {
        // fonts-dejavu-core, which test.sh installs, has DejaVu Serif regular and bold.
        var regular = SystemFonts.Find("DejaVu Serif", bold: false, italic: false);
        var bold = SystemFonts.Find("DejaVu Serif", bold: true, italic: false);

        Assert.NotNull(regular);
        Assert.NotNull(bold);
        Assert.NotEqual(regular, bold);
        Assert.Null(SystemFonts.Find("Ingen Sådan Familj", bold: false, italic: false));
    }

    [Fact]
    public void A_missing_family_uses_the_bundled_liberation_face()
    {
        var face = PdfFonts.Face("Ett typsnitt som inte finns", bold: true, italic: false);

        Assert.Equal("LiberationSans-Bold", face.Source);
        Assert.False(face.SimulateBold);
    }
}
