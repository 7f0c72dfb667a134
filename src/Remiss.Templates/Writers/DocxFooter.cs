namespace Remiss.Templates.Writers;

/// <summary>
/// The page footer part: one line every page ends with (a protocol extract's <c>Justerandes signatur    Utdragsbestyrkande</c>).
/// It uses the header's paragraph style, which every output has (ours, or added to a reference .docx's), so a
/// reference without a footer style still gets a small, tabbed line.
/// </summary>
internal static class DocxFooter
{
    public static void Write(DocxPackage package, DocxPart part, string line)
    {
        using var xml = package.CreateXml(part.Name, small: true);
        xml.Start("ftr");
        DocxHeader.StartLine(xml);
        DocxHeader.Run(xml, line);
        xml.End();
        xml.End();
    }
}
