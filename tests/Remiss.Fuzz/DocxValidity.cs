using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Remiss.Fuzz;

/// <summary>Whether a .docx opens and passes OpenXmlValidator (the check Word's "repair" prompt follows most closely).</summary>
public static class DocxValidity
{
    // One validator per thread: OpenXmlValidator keeps state while it validates, and the test runner checks
    // documents from several test classes at once (a shared instance reported valid parts as invalid).
    private static readonly ThreadLocal<OpenXmlValidator> Validator = new(() => new OpenXmlValidator(FileFormatVersions.Office2019));

    /// <summary>The validator's errors, or the reason the package does not open; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(byte[] docx)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
            return Validator.Value!.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or InvalidDataException or System.Xml.XmlException)
        {
            return [$"{e.GetType().Name}: {e.Message}"];
        }
    }
}
