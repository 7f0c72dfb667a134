using System.Xml.Linq;
using static Remiss.Templates.Archive.SipLayout;

namespace Remiss.Templates.Archive;

/// <summary>
/// The two METS documents of the package, by the E-ARK CSIP 2.1 and SIP 2.1 profiles: the representation's (its
/// documents with their checksums) and the package's (the agents, the ERMS and PREMIS files, the representation's METS).
/// The requirement IDs next to each part are the ones docs/archive.md lists and the tests check.
/// </summary>
public static class MetsWriter
{
    /// <summary>The SIP profile both documents follow (CSIP6, SIP2).</summary>
    public const string Profile = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml";

    /// <summary>The content category (CSIP2), from the CSIP vocabulary: a case of text documents.</summary>
    public const string ContentCategory = "Textual works – Digital";

    /// <summary>The content information type (CSIP4): CITS ERMS 2.1.</summary>
    public const string ContentInformationType = "citserms_v2_1";

    private const string SchemaLocations =
        "http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd " +
        "http://www.w3.org/1999/xlink http://www.loc.gov/standards/mets/xlink.xsd " +
        "https://DILCIS.eu/XML/METS/CSIPExtensionMETS https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd " +
        "https://DILCIS.eu/XML/METS/SIPExtensionMETS https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd";

    /// <summary>One file the METS lists: its path from the METS document's folder, its bytes and its MIME type.</summary>
    public sealed record MetsFile(string Id, string Href, byte[] Bytes, string MimeType);

    /// <summary>The people and organisations in the package header (SIP9–SIP25).</summary>
    /// <param name="Organisation">The archival creator and the submitting agent: the organisation that answered.</param>
    /// <param name="Contact">The contact person (the case's responsible officer, else its first officer), or null.</param>
    public sealed record Agents(string Organisation, string? Contact);

    /// <summary>The representation's METS: OBJID its folder's name (CSIP1), its documents in one file group.</summary>
    public static XDocument Representation(string label, IReadOnlyList<MetsFile> data, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(data);
        XNamespace m = Mets;
        return new XDocument(Root(SipLayout.Representation, label, created, agents: null,
            new XElement(m + "fileSec", new XAttribute("ID", "filesec-" + SipLayout.Representation),
                FileGroup(m, "filegrp-data", "Data", data.Select(f => File(m, f, created, pdf: true)))),
            new XElement(m + "structMap", new XAttribute("ID", "structmap-" + SipLayout.Representation), new XAttribute("TYPE", "PHYSICAL"), new XAttribute("LABEL", "CSIP"),
                new XElement(m + "div", new XAttribute("ID", "div-" + SipLayout.Representation), new XAttribute("LABEL", SipLayout.Representation),
                    new XElement(m + "div", new XAttribute("ID", "div-metadata"), new XAttribute("LABEL", "Metadata")),
                    new XElement(m + "div", new XAttribute("ID", "div-data"), new XAttribute("LABEL", "Data"),
                        new XElement(m + "fptr", new XAttribute("FILEID", "filegrp-data")))))));
    }

    /// <summary>
    /// The package's METS: the header with the software and the SIP agents, the ERMS file as descriptive metadata
    /// (dmdSec), the PREMIS file as digital provenance (amdSec), the representation's METS in its file group and
    /// structural division.
    /// </summary>
    public static XDocument Package(string objectId, string label, Agents agents, MetsFile erms, MetsFile premis, MetsFile representation, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(erms);
        ArgumentNullException.ThrowIfNull(premis);
        ArgumentNullException.ThrowIfNull(representation);
        XNamespace m = Mets;
        const string representationGroup = "filegrp-" + SipLayout.Representation;
        return new XDocument(Root(objectId, label, created, agents,
            // CSIP17–CSIP30: the case and its records.
            new XElement(m + "dmdSec", new XAttribute("ID", "dmd-erms"), new XAttribute("CREATED", DateTime(created)), new XAttribute("STATUS", "CURRENT"),
                MetadataReference(m, erms, "OTHER", "ERMS", ErmsWriter.SchemaVersion, created)),
            // CSIP31–CSIP44: the preservation metadata.
            new XElement(m + "amdSec",
                new XElement(m + "digiprovMD", new XAttribute("ID", "digiprov-premis"), new XAttribute("CREATED", DateTime(created)), new XAttribute("STATUS", "CURRENT"),
                    MetadataReference(m, premis, "PREMIS", null, "3.0", created))),
            // CSIP58–CSIP79, CSIP114, CSIP62: the representation's METS.
            new XElement(m + "fileSec", new XAttribute("ID", "filesec"),
                new XElement(m + "fileGrp", new XAttribute("ID", representationGroup), new XAttribute("USE", "Representations/" + SipLayout.Representation),
                    new XAttribute(Csip + "CONTENTINFORMATIONTYPE", ContentInformationType),
                    File(m, representation, created, pdf: false))),
            // CSIP80–CSIP112.
            new XElement(m + "structMap", new XAttribute("ID", "structmap"), new XAttribute("TYPE", "PHYSICAL"), new XAttribute("LABEL", "CSIP"),
                new XElement(m + "div", new XAttribute("ID", "div-package"), new XAttribute("LABEL", objectId),
                    new XElement(m + "div", new XAttribute("ID", "div-metadata"), new XAttribute("LABEL", "Metadata"), new XAttribute("DMDID", "dmd-erms"), new XAttribute("ADMID", "digiprov-premis")),
                    new XElement(m + "div", new XAttribute("ID", "div-" + SipLayout.Representation), new XAttribute("LABEL", "Representations/" + SipLayout.Representation),
                        new XElement(m + "mptr", new XAttribute("LOCTYPE", "URL"), new XAttribute(XLink + "type", "simple"),
                            new XAttribute(XLink + "href", representation.Href), new XAttribute(XLink + "title", representationGroup)))))));
    }

    // CSIP1–CSIP16, SIP1–SIP25: the root element and the header.
    private static XElement Root(string objectId, string label, DateTimeOffset created, Agents? agents, params object[] content)
    {
        XNamespace m = Mets;
        return new XElement(m + "mets",
            new XAttribute("xmlns", Mets.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xlink", XLink),
            new XAttribute(XNamespace.Xmlns + "csip", Csip),
            new XAttribute(XNamespace.Xmlns + "sip", Sip),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute("OBJID", objectId),
            new XAttribute("LABEL", label),
            new XAttribute("TYPE", ContentCategory),
            new XAttribute(Csip + "CONTENTINFORMATIONTYPE", ContentInformationType),
            new XAttribute("PROFILE", Profile),
            new XAttribute(Xsi + "schemaLocation", SchemaLocations),
            new XElement(m + "metsHdr",
                new XAttribute("CREATEDATE", DateTime(created)),
                new XAttribute("RECORDSTATUS", "NEW"),
                new XAttribute(Csip + "OAISPACKAGETYPE", "SIP"),
                new XElement(m + "agent", new XAttribute("ROLE", "CREATOR"), new XAttribute("TYPE", "OTHER"), new XAttribute("OTHERTYPE", "SOFTWARE"),
                    new XElement(m + "name", SoftwareName),
                    new XElement(m + "note", new XAttribute(Csip + "NOTETYPE", "SOFTWARE VERSION"), SoftwareVersion)),
                agents is null ? null : SipAgents(m, agents)),
            content);
    }

    private static IEnumerable<XElement> SipAgents(XNamespace m, Agents agents)
    {
        // SIP9–SIP12: the archival creator; SIP15–SIP18: the submitting agent; SIP21–SIP24: the contact person.
        yield return new XElement(m + "agent", new XAttribute("ROLE", "ARCHIVIST"), new XAttribute("TYPE", "ORGANIZATION"), new XElement(m + "name", agents.Organisation));
        yield return new XElement(m + "agent", new XAttribute("ROLE", "CREATOR"), new XAttribute("TYPE", "ORGANIZATION"), new XElement(m + "name", agents.Organisation));
        if (agents.Contact is { } contact)
        {
            yield return new XElement(m + "agent", new XAttribute("ROLE", "CREATOR"), new XAttribute("TYPE", "INDIVIDUAL"), new XElement(m + "name", contact));
        }
    }

    private static XElement MetadataReference(XNamespace m, MetsFile file, string type, string? otherType, string version, DateTimeOffset created) =>
        new(m + "mdRef",
            new XAttribute("LOCTYPE", "URL"),
            new XAttribute(XLink + "type", "simple"),
            new XAttribute(XLink + "href", file.Href),
            new XAttribute("MDTYPE", type),
            otherType is null ? null : new XAttribute("OTHERMDTYPE", otherType),
            new XAttribute("MDTYPEVERSION", version),
            new XAttribute("MIMETYPE", file.MimeType),
            new XAttribute("SIZE", file.Bytes.Length),
            new XAttribute("CREATED", DateTime(created)),
            new XAttribute("CHECKSUM", Sha256(file.Bytes)),
            new XAttribute("CHECKSUMTYPE", "SHA-256"));

    private static XElement FileGroup(XNamespace m, string id, string use, IEnumerable<XElement> files) =>
        new(m + "fileGrp", new XAttribute("ID", id), new XAttribute("USE", use), files);

    private static XElement File(XNamespace m, MetsFile file, DateTimeOffset created, bool pdf) =>
        new(m + "file",
            new XAttribute("ID", file.Id),
            new XAttribute("MIMETYPE", file.MimeType),
            new XAttribute("SIZE", file.Bytes.Length),
            new XAttribute("CREATED", DateTime(created)),
            new XAttribute("CHECKSUM", Sha256(file.Bytes)),
            new XAttribute("CHECKSUMTYPE", "SHA-256"),
            // SIP32–SIP33: the format, as the PDF's header says.
            pdf ? new XAttribute(Sip + "FILEFORMATNAME", "Portable Document Format") : null,
            pdf && PdfFormat.Version(file.Bytes) is { } version ? new XAttribute(Sip + "FILEFORMATVERSION", version) : null,
            new XElement(m + "FLocat", new XAttribute("LOCTYPE", "URL"), new XAttribute(XLink + "type", "simple"), new XAttribute(XLink + "href", file.Href)));
}
