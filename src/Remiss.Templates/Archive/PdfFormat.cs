using System.Text;

namespace Remiss.Templates.Archive;

/// <summary>What a PDF says it is, read from its header, for the package's format metadata.</summary>
internal static class PdfFormat
{
    /// <summary>The version in the <c>%PDF-1.7</c> header, or null when the bytes do not start with one.</summary>
    public static string? Version(byte[] pdf)
    {
        if (pdf.Length < 8 || Encoding.ASCII.GetString(pdf, 0, 5) != "%PDF-")
        {
            return null;
        }

        var version = Encoding.ASCII.GetString(pdf, 5, 3);
        return version.Length == 3 && char.IsAsciiDigit(version[0]) && version[1] == '.' && char.IsAsciiDigit(version[2]) ? version : null;
    }
}
