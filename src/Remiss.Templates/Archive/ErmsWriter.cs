using System.Xml.Linq;
using Remiss.Core;
using static Remiss.Templates.Archive.SipLayout;

namespace Remiss.Templates.Archive;

/// <summary>
/// The case as CITS ERMS 2.1 (FGS Ärendehantering 2.0): one <c>caseFile</c> aggregation with both dnrs, the title, the
/// department, the people and the case's dates, and one record per document in the package. Every value comes from
/// the remiss file as loaded (Core's model); dates Core computes (the deciding meeting) are taken from Core.
/// </summary>
public static class ErmsWriter
{
    /// <summary>The schema the file is written against (its version in the schema's own header).</summary>
    public const string SchemaVersion = "2.1.2";

    /// <summary>The ERMS document for <paramref name="file"/> and the package's <paramref name="documents"/>.</summary>
    public static XDocument Write(RemissFile file, IReadOnlyList<ArchiveFile> documents, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(documents);
        XNamespace e = ErmsNamespace;
        var remiss = file.Remiss;
        var deciding = ResponseWording.DecidingMeeting(file);

        var aggregation = new XElement(e + "aggregation",
            new XAttribute("systemIdentifier", file.Case.Dnr),
            new XAttribute("aggregationType", "caseFile"),
            new XElement(e + "objectId", file.Case.Dnr),
            remiss.DepartmentDnr is { } theirs ? new XElement(e + "extraId", new XAttribute("extraIdType", "department_dnr"), theirs.Text) : null,
            remiss.Number is { } number ? new XElement(e + "extraId", new XAttribute("extraIdType", "document_number"), number.Text) : null,
            new XElement(e + "title", StandardWording.MemoHeading(remiss.Department, StandardWording.DocumentName(remiss))),
            new XElement(e + "otherTitle", new XAttribute("titleType", "remitted_document"), remiss.Title),
            new XElement(e + "status", new XAttribute("value", "closed")),
            new XElement(e + "agents", CaseAgents(e, file)),
            new XElement(e + "dates", CaseDates(e, file, deciding)),
            documents.Select((d, i) => Record(e, file, d, i + 1)));

        return new XDocument(
            new XElement(e + "erms",
                new XAttribute("xmlns", ErmsNamespace.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
                new XAttribute(Xsi + "schemaLocation", ErmsNamespace.NamespaceName + " https://raw.githubusercontent.com/DILCISBoard/CITS-ERMS/master/schema/ERMS.xsd"),
                new XElement(e + "control",
                    new XElement(e + "identification", new XAttribute("identificationType", "system"), SoftwareName),
                    new XElement(e + "maintenanceInformation",
                        new XElement(e + "maintenanceStatus", new XAttribute("value", "new")),
                        new XElement(e + "maintenanceAgency", new XElement(e + "agencyName", file.Case.Organisation)),
                        new XElement(e + "maintenanceHistory",
                            new XElement(e + "maintenanceEvent",
                                new XElement(e + "eventType", new XAttribute("value", "created")),
                                new XElement(e + "eventDateTime", DateTime(created)),
                                new XElement(e + "agent", new XAttribute("agentType", "other"), new XAttribute("otherAgentType", "software"),
                                    new XElement(e + "name", SoftwareName + " " + SoftwareVersion)))))),
                new XElement(e + "aggregations", aggregation)));
    }

    private static IEnumerable<XElement> CaseAgents(XNamespace e, RemissFile file)
    {
        // The department sent the remiss; the organisation answered it, through its responsible officer and officers.
        yield return new XElement(e + "agent", new XAttribute("agentType", "sender"), new XElement(e + "name", file.Remiss.Department));
        yield return new XElement(e + "agent", new XAttribute("agentType", "receiver"), new XElement(e + "name", file.Case.Organisation));
        if (file.Case.Responsible is { } responsible)
        {
            yield return Person(e, "responsible_person", null, responsible, file.Case.Organisation, "ärendeansvarig");
        }

        foreach (var officer in file.Case.Officers)
        {
            yield return Person(e, "other", "case_officer", officer, file.Case.Organisation, "handläggare");
        }
    }

    private static XElement Person(XNamespace e, string type, string? otherType, string name, string organisation, string role) =>
        new(e + "agent",
            new XAttribute("agentType", type),
            otherType is null ? null : new XAttribute("otherAgentType", otherType),
            new XElement(e + "name", name),
            new XElement(e + "organisation", organisation),
            new XElement(e + "role", role));

    private static IEnumerable<XElement> CaseDates(XNamespace e, RemissFile file, RecordedMeeting? deciding)
    {
        var remiss = file.Remiss;
        if (remiss.Received is { } received)
        {
            yield return Date(e, "received", received);
        }

        // The svarstid and its extensions have no ERMS date type of their own: 'other', named.
        yield return Date(e, "other", remiss.Deadline, "deadline");
        foreach (var extension in remiss.Extensions)
        {
            if (extension.Granted is { } granted)
            {
                yield return Date(e, "other", granted, "extension_granted");
            }

            yield return Date(e, "other", extension.Until, "extended_deadline");
        }

        if (deciding is not null)
        {
            yield return Date(e, "decision", deciding.Date);
        }

        if (file.Response.Sent is { } sent)
        {
            yield return Date(e, "sent", sent);
        }
    }

    private static XElement Date(XNamespace e, string type, CalendarDate day, string? otherType = null) =>
        new(e + "date", new XAttribute("dateType", type), otherType is null ? null : new XAttribute("otherDateType", otherType), Day(day));

    private static XElement Record(XNamespace e, RemissFile file, ArchiveFile document, int number)
    {
        var kind = document.Document?.Kind;
        var isAnswer = kind == DocumentKind.Yttrande;
        return new XElement(e + "record",
            new XAttribute("systemIdentifier", $"{file.Case.Dnr}-{number}"),
            new XAttribute("recordType", kind is { } k ? DocumentKinds.Name(k) : "missiv"),
            new XElement(e + "objectId", $"{file.Case.Dnr}-{number}"),
            new XElement(e + "title", document.Title),
            // The answer goes out to the department; the missive came in from it; the rest are the organisation's own.
            isAnswer ? new XElement(e + "direction", new XAttribute("directionDefinition", "outgoing"))
                : kind is null ? new XElement(e + "direction", new XAttribute("directionDefinition", "incoming")) : null,
            RecordAgents(e, file, document),
            RecordDates(e, file, document),
            document.Signature is { } signature
                ? new XElement(e + "eSignatures",
                    new XElement(e + "eSignature", new XAttribute("present", "true"), new XAttribute("dateeSignatureIsVerified", DateTime(signature.VerifiedAt))))
                : null,
            new XElement(e + "additionalInformation",
                new XElement(e + "appendix",
                    new XAttribute("name", document.FileName),
                    new XAttribute("description", document.Title),
                    new XAttribute("fileFormat", "application/pdf"),
                    new XAttribute("path", document.PackagePath),
                    new XAttribute("eSignatureHasExisted", document.Signature is null ? "false" : "true"))));
    }

    private static XElement? RecordAgents(XNamespace e, RemissFile file, ArchiveFile document)
    {
        var agents = new List<XElement>();
        switch (document.Document?.Kind)
        {
            case DocumentKind.Yttrande:
                agents.Add(new XElement(e + "agent", new XAttribute("agentType", "recipient"), new XElement(e + "name", file.Remiss.Department)));
                agents.AddRange(file.Response.Signatories.Select((s, i) => new XElement(e + "agent",
                    new XAttribute("agentType", i == 0 ? "main_signatory" : "other_signatory"),
                    new XElement(e + "name", s.Name),
                    new XElement(e + "organisation", file.Case.Organisation),
                    s.Role is { } role ? new XElement(e + "role", role) : null)));
                break;
            case DocumentKind.Protokollsutdrag or DocumentKind.Anslag when document.Document.Meeting is { } meeting:
                agents.Add(new XElement(e + "agent", new XAttribute("agentType", "creator"), new XElement(e + "name", meeting.Body)));
                break;
            case null:
                agents.Add(new XElement(e + "agent", new XAttribute("agentType", "sender"), new XElement(e + "name", file.Remiss.Department)));
                break;
        }

        return agents.Count == 0 ? null : new XElement(e + "agents", agents);
    }

    private static XElement? RecordDates(XNamespace e, RemissFile file, ArchiveFile document)
    {
        var dates = new List<XElement>();
        if (document.Created is { } created)
        {
            dates.Add(Date(e, document.Document is null ? "received" : "created", created));
        }

        if (document.Document?.Kind == DocumentKind.Protokollsutdrag && document.Document.Meeting is { } meeting)
        {
            dates.Add(Date(e, "decision", meeting.Date));
        }

        if (document.Document?.Kind == DocumentKind.Yttrande && file.Response.Sent is { } sent)
        {
            dates.Add(Date(e, "sent", sent));
        }

        return dates.Count == 0 ? null : new XElement(e + "dates", dates);
    }
}
