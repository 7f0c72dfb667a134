using Remiss.Core;

namespace Remiss.Templates.Archive;

/// <summary>
/// The archive use case, for the command line and the server alike: the case's documents
/// (<see cref="ArchiveDocuments.Of"/>) rendered once (<see cref="ArchiveDocuments.Render"/>) and packed
/// (<see cref="SipPackage.Build"/>). Whether the case may be archived is <see cref="ArchiveReadiness"/>'s, asked first.
/// </summary>
public static class ArchiveRun
{
    /// <summary>
    /// The package of <paramref name="file"/>, made at <paramref name="created"/> (to the second), with the
    /// <paramref name="missive"/> first when the file names one (<see cref="ArchiveMissive.Read"/>).
    /// </summary>
    /// <exception cref="RenderException">A template error, or the LibreOffice engine could not make the PDFs.</exception>
    public static SipPackage Package(RemissRenderer renderer, RemissFile file, DateTimeOffset created, ArchiveFile? missive = null)
    {
        var documents = ArchiveDocuments.Of(file);
        var pdfs = ArchiveDocuments.Render(renderer, file, documents);
        var seconds = new DateTimeOffset(created.Ticks - (created.Ticks % TimeSpan.TicksPerSecond), created.Offset);
        var files = new List<ArchiveFile>();
        if (missive is not null)
        {
            files.Add(missive); // what came in first, then what the case made
        }

        files.AddRange(SipPackage.Files(file, documents, pdfs));
        return SipPackage.Build(file, files, seconds);
    }
}
