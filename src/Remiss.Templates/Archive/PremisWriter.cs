using System.Xml.Linq;
using static Remiss.Templates.Archive.SipLayout;

namespace Remiss.Templates.Archive;

/// <summary>
/// The package's preservation metadata in PREMIS 3: each document as a file object with its SHA-256, size and format,
/// the event that created it, and, for a sealed document, its <c>signatureInformation</c> and the signing and
/// validation events with the validation's outcome; Remiss and the organisation as agents.
/// </summary>
public static class PremisWriter
{
    private const string Local = "local";
    private const string SoftwareAgent = "agent-software";
    private const string OrganisationAgent = "agent-organisation";

    /// <summary>The PREMIS document for <paramref name="documents"/>, made by <paramref name="organisation"/> at <paramref name="created"/>.</summary>
    public static XDocument Write(IReadOnlyList<ArchiveFile> documents, string organisation, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(documents);
        XNamespace p = PremisNamespace;
        var objects = new List<XElement>();
        var events = new List<XElement>();
        foreach (var (document, index) in documents.Select((d, i) => (d, i + 1)))
        {
            var objectId = document.PackagePath;
            var eventIds = new List<string> { $"event-creation-{index}" };
            events.Add(Event(p, eventIds[0], "creation", created, $"{SoftwareName} {SoftwareVersion} skrev {document.Title} som PDF.", "success", null, objectId, SoftwareAgent));
            if (document.Signature is { } signature)
            {
                eventIds.Add($"event-signing-{index}");
                events.Add(Event(p, eventIds[^1], "digital signature generation", signature.SignedAt, $"Signerad av {signature.Signer} ({signature.Method}).", "success", null, objectId, OrganisationAgent));
                eventIds.Add($"event-validation-{index}");
                events.Add(Event(p, eventIds[^1], "digital signature validation", signature.VerifiedAt, signature.Verifier,
                    signature.Verified ? "success" : "failure", signature.Verified ? "Signaturen är giltig." : "Signaturen är inte giltig.", objectId, SoftwareAgent));
            }

            objects.Add(new XElement(p + "object",
                new XAttribute(Xsi + "type", "file"),
                Identifier(p, "object", objectId),
                new XElement(p + "objectCharacteristics",
                    new XElement(p + "fixity",
                        new XElement(p + "messageDigestAlgorithm", "SHA-256"),
                        new XElement(p + "messageDigest", Sha256(document.Bytes))),
                    new XElement(p + "size", document.Bytes.Length),
                    new XElement(p + "format",
                        new XElement(p + "formatDesignation",
                            new XElement(p + "formatName", "Portable Document Format"),
                            PdfFormat.Version(document.Bytes) is { } version ? new XElement(p + "formatVersion", version) : null))),
                document.OriginalName is { } original ? new XElement(p + "originalName", original) : null,
                document.Signature is { } sealedWith ? Signature(p, sealedWith) : null,
                eventIds.Select(id => Identifier(p, "linkingEvent", id))));
        }

        return new XDocument(
            new XElement(p + "premis",
                new XAttribute("xmlns", PremisNamespace.NamespaceName),
                new XAttribute("version", "3.0"),
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
                new XAttribute(Xsi + "schemaLocation", PremisNamespace.NamespaceName + " http://www.loc.gov/standards/premis/v3/premis-v3-0.xsd"),
                objects,
                events,
                Agent(p, SoftwareAgent, SoftwareName, "software", SoftwareVersion),
                Agent(p, OrganisationAgent, organisation, "organization", null)));
    }

    private static XElement Signature(XNamespace p, SignatureRecord signature) =>
        new(p + "signatureInformation",
            new XElement(p + "signature",
                new XElement(p + "signatureEncoding", "Base64"),
                new XElement(p + "signer", signature.Signer),
                new XElement(p + "signatureMethod", signature.Method),
                new XElement(p + "signatureValue", signature.Value),
                new XElement(p + "signatureValidationRules", signature.ValidationRules)));

    private static XElement Event(XNamespace p, string id, string type, DateTimeOffset at, string detail, string outcome, string? outcomeNote, string objectId, string agentId) =>
        new(p + "event",
            Identifier(p, "event", id),
            new XElement(p + "eventType", type),
            new XElement(p + "eventDateTime", DateTime(at)),
            new XElement(p + "eventDetailInformation", new XElement(p + "eventDetail", detail)),
            new XElement(p + "eventOutcomeInformation",
                new XElement(p + "eventOutcome", outcome),
                outcomeNote is null ? null : new XElement(p + "eventOutcomeDetail", new XElement(p + "eventOutcomeDetailNote", outcomeNote))),
            Identifier(p, "linkingAgent", agentId),
            Identifier(p, "linkingObject", objectId));

    private static XElement Agent(XNamespace p, string id, string name, string type, string? version) =>
        new(p + "agent",
            Identifier(p, "agent", id),
            new XElement(p + "agentName", name),
            new XElement(p + "agentType", type),
            version is null ? null : new XElement(p + "agentVersion", version));

    // PREMIS spells each identifier the same way: <{kind}Identifier><{kind}IdentifierType/><{kind}IdentifierValue/>.
    private static XElement Identifier(XNamespace p, string kind, string value) =>
        new(p + (kind + "Identifier"),
            new XElement(p + (kind + "IdentifierType"), Local),
            new XElement(p + (kind + "IdentifierValue"), value));
}
