namespace Remiss.Templates.Archive;

/// <summary>One document in the package's representation: its file, its record's title, and its signature if sealed.</summary>
/// <param name="Document">Which document of the case; null for one the case was sent (the missive).</param>
/// <param name="FileName">The file's name in <c>representations/rep1/data/</c>: ASCII letters, digits, <c>-</c> and <c>.</c>.</param>
/// <param name="Title">The record's title, as the document's file is named outside the package.</param>
/// <param name="Bytes">The file.</param>
/// <param name="Created">The day the document is dated (the decision, the memo, the meeting, the missive's arrival).</param>
/// <param name="Signature">The document's signature or seal and its verification; null when it has none.</param>
public sealed record ArchiveFile(RemissDocument? Document, string FileName, string Title, byte[] Bytes, Core.CalendarDate? Created, SignatureRecord? Signature = null)
{
    /// <summary>The file's name outside the package (as <c>remiss render</c> names it), kept in PREMIS's <c>originalName</c>.</summary>
    public string? OriginalName { get; init; }

    /// <summary>The file's path from the package root.</summary>
    public string PackagePath => SipLayout.DataFolder + FileName;
}
