using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Remiss.Fuzz;

/// <summary>Whether a .docx opens and passes OpenXmlValidator (the check Word's "repair" prompt follows most closely).</summary>
public static class DocxValidity
{
    private static readonly OpenXmlValidator Validator = new(FileFormatVersions.Office2019);

    /// <summary>The validator's errors, or the reason the package does not open; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(byte[] docx)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
            return Validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or InvalidDataException or System.Xml.XmlException)
        {
            return [$"{e.GetType().Name}: {e.Message}"];
        }
    }
}
