using Remiss.Core;
using static Remiss.Templates.Archive.SipLayout;

namespace Remiss.Templates.Archive;

/// <summary>One file of the package: its path from the package root (forward slashes) and its bytes.</summary>
public sealed record SipEntry(string Path, byte[] Bytes);

/// <summary>
/// An E-ARK SIP 2.1 of a closed case, in memory: the root METS, the ERMS and PREMIS files, the representation's METS
/// and its documents (<see cref="Build"/>). Writing it out, as a folder or a .zip, is <see cref="SipOutput"/>'s.
/// </summary>
/// <param name="ObjectId">The package's identifier (CSIP1): the case's dnr as a safe name, also the .zip's root folder (CSIPSTR1, CSIPSTR2).</param>
/// <param name="Entries">Every file, METS.xml first.</param>
public sealed record SipPackage(string ObjectId, IReadOnlyList<SipEntry> Entries)
{
    /// <summary>
    /// The package of <paramref name="file"/> with <paramref name="documents"/> (rendered by
    /// <see cref="ArchiveDocuments.Render"/>, plus the missive if any), made at <paramref name="created"/>.
    /// The caller has checked the case may be archived (<see cref="ArchiveReadiness"/>).
    /// </summary>
    public static SipPackage Build(RemissFile file, IReadOnlyList<ArchiveFile> documents, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(documents);
        var objectId = SafeName(file.Case.Dnr);
        var label = StandardWording.MemoHeading(file.Remiss.Department, StandardWording.DocumentName(file.Remiss));

        var data = documents.Select((d, i) => new MetsWriter.MetsFile($"file-{i + 1}", "data/" + d.FileName, d.Bytes, "application/pdf")).ToList();
        var representation = Bytes(MetsWriter.Representation(label, data, created));
        var erms = Bytes(ErmsWriter.Write(file, documents, created));
        var premis = Bytes(PremisWriter.Write(documents, file.Case.Organisation, created));
        var contact = file.Case.Responsible ?? (file.Case.Officers.IsEmpty ? null : file.Case.Officers[0]);
        var root = Bytes(MetsWriter.Package(objectId, label, new MetsWriter.Agents(file.Case.Organisation, contact),
            new MetsWriter.MetsFile("erms", Erms, erms, "application/xml"),
            new MetsWriter.MetsFile("premis", Premis, premis, "application/xml"),
            new MetsWriter.MetsFile("file-rep1-mets", RepresentationMets, representation, "application/xml"),
            created));

        var entries = new List<SipEntry> { new(RootMets, root), new(Erms, erms), new(Premis, premis), new(RepresentationMets, representation) };
        entries.AddRange(documents.Select(d => new SipEntry(d.PackagePath, d.Bytes)));
        return new SipPackage(objectId, entries);
    }

    /// <summary>
    /// The package's documents for <paramref name="file"/>: <paramref name="documents"/> with <paramref name="pdfs"/>
    /// (in the same order), named for the package, titled as <c>remiss render</c> names their files.
    /// </summary>
    public static IReadOnlyList<ArchiveFile> Files(RemissFile file, IReadOnlyList<RemissDocument> documents, IReadOnlyList<byte[]> pdfs)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(pdfs);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return documents.Select((document, i) =>
        {
            // The record's title says what the document is; the file's name in the package is short and plain
            // (01-yttrande.pdf, 03-protokollsutdrag-2025-03-13-p25.pdf), and the name render gives it is kept as its original name.
            var title = document.Kind == DocumentKind.Yttrande
                ? StandardWording.ResponseTitle(file.Remiss)
                : System.IO.Path.GetFileNameWithoutExtension(OutputNames.FileName(file, document, OutputFormat.Pdf));
            var stem = $"{i + 1:D2}-{DocumentKinds.Name(document.Kind)}" + (document.Meeting is { } meeting ? $"-{meeting.Date}-p{meeting.Paragraph}" : string.Empty);
            return new ArchiveFile(document, Unique(used, stem, ".pdf"), title, pdfs[i], DatedOn(file, document))
            {
                OriginalName = OutputNames.FileName(file, document, OutputFormat.Pdf),
            };
        }).ToList();
    }

    /// <summary>The missive as the package keeps it: its own name made safe, dated the day the remiss came in.</summary>
    public static ArchiveFile Missive(RemissFile file, string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        var title = System.IO.Path.GetFileNameWithoutExtension(fileName);
        return new ArchiveFile(null, "00-missiv.pdf", title, bytes, file.Remiss.Received) { OriginalName = fileName };
    }

    // The day each document is dated, as the documents themselves print it: the answer on the deciding meeting's day,
    // the memo on the case's date, an extract on its meeting's day, a justering notice on the day it goes up.
    private static CalendarDate? DatedOn(RemissFile file, RemissDocument document) => document.Kind switch
    {
        DocumentKind.Yttrande => ResponseWording.DecidingMeeting(file)?.Date,
        DocumentKind.Tjansteutlatande => file.Case.Date,
        DocumentKind.Anslag => JusteringNotice.AllOf(file).FirstOrDefault(n => n.Meeting == document.Meeting)?.Dates.Posted,
        _ => document.Meeting?.Date,
    };

    private static string Unique(HashSet<string> used, string stem, string extension)
    {
        var name = stem + extension;
        for (var n = 2; !used.Add(name); n++)
        {
            name = $"{stem}-{n}{extension}";
        }

        return name;
    }
}
