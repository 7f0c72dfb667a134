using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml.Linq;
using System.Xml.XPath;
using Remiss.Templates.Archive;

namespace Remiss.Cli.Tests;

/// <summary>
/// <c>remiss archive</c>: the closed example as an E-ARK SIP 2.1, validated by xmllint against the METS (with the CSIP
/// and SIP extensions), CITS ERMS and PREMIS schemas, and checked requirement by requirement (docs/archive.md lists
/// which test checks which ID).
/// </summary>
public class ArchiveCommandTests
{
    private static readonly XNamespace M = "http://www.loc.gov/METS/";
    private static readonly XNamespace X = "http://www.w3.org/1999/xlink";
    private static readonly XNamespace C = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
    private static readonly XNamespace E = "https://DILCIS.eu/XML/ERMS";
    private static readonly XNamespace P = "http://www.loc.gov/premis/v3";

    private static string Archive(TempFolder folder, string target)
    {
        var file = folder.Write("sou-2024-72.remiss.yaml", File.ReadAllText(ArchiveSchemas.ClosedExample));
        var result = Cli.Run("archive", file, "-o", folder.File(target));
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        return folder.File(target);
    }

    [Fact]
    public void The_package_METS_ERMS_and_PREMIS_validate_against_their_schemas()
    {
        using var folder = new TempFolder();
        var package = Archive(folder, "paket");

        ArchiveSchemas.AssertValid(Path.Combine(package, "METS.xml"), ArchiveSchemas.Mets);
        ArchiveSchemas.AssertValid(Path.Combine(package, "representations/rep1/METS.xml"), ArchiveSchemas.Mets);
        ArchiveSchemas.AssertValid(Path.Combine(package, "metadata/descriptive/erms.xml"), ArchiveSchemas.Erms);
        ArchiveSchemas.AssertValid(Path.Combine(package, "metadata/preservation/premis.xml"), ArchiveSchemas.Premis);
    }

    [Fact]
    public void The_validator_rejects_a_value_outside_the_CSIP_vocabulary_so_the_extensions_are_checked_not_skipped()
    {
        using var folder = new TempFolder();
        var package = Archive(folder, "paket");
        var mets = File.ReadAllText(Path.Combine(package, "METS.xml")).Replace("OAISPACKAGETYPE=\"SIP\"", "OAISPACKAGETYPE=\"XIP\"", StringComparison.Ordinal);

        var (exit, output) = ArchiveSchemas.Validate(folder.Write("bad.xml", mets), ArchiveSchemas.Mets);

        Assert.NotEqual(0, exit);
        Assert.Contains("OAISPACKAGETYPE", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folders_are_where_CSIP_puts_them_and_hold_every_document_as_PDF()
    {
        using var folder = new TempFolder();
        var package = Archive(folder, "paket");

        // CSIPSTR4, CSIPSTR6, CSIPSTR7, CSIPSTR9–CSIPSTR12.
        Assert.True(File.Exists(Path.Combine(package, "METS.xml")), "CSIPSTR4");
        Assert.True(File.Exists(Path.Combine(package, "metadata/preservation/premis.xml")), "CSIPSTR6");
        Assert.True(File.Exists(Path.Combine(package, "metadata/descriptive/erms.xml")), "CSIPSTR7");
        Assert.True(File.Exists(Path.Combine(package, "representations/rep1/METS.xml")), "CSIPSTR12");
        Assert.Equal(
            ["01-yttrande.pdf", "02-tjansteutlatande.pdf", "03-protokollsutdrag-2025-03-13-p25.pdf", "04-protokollsutdrag-2025-03-19-p41.pdf"],
            Directory.GetFiles(Path.Combine(package, "representations/rep1/data")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var pdf in Directory.GetFiles(Path.Combine(package, "representations/rep1/data")))
        {
            Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf)[..5]);
        }
    }

    [Fact]
    public void Every_checksum_and_size_in_both_METS_documents_is_the_files_own()
    {
        using var folder = new TempFolder();
        var package = Archive(folder, "paket");
        var checkedFiles = 0;
        foreach (var metsPath in new[] { "METS.xml", "representations/rep1/METS.xml" })
        {
            var mets = XDocument.Load(Path.Combine(package, metsPath));
            var baseFolder = Path.GetDirectoryName(Path.Combine(package, metsPath))!;
            // CSIP26–CSIP30, CSIP40–CSIP44 (mdRef); CSIP68–CSIP72, CSIP76–CSIP79 (file, FLocat).
            var references = mets.Descendants(M + "mdRef").Select(r => (Element: r, Href: (string)r.Attribute(X + "href")!))
                .Concat(mets.Descendants(M + "file").Select(f => (Element: f, Href: (string)f.Element(M + "FLocat")!.Attribute(X + "href")!)));
            foreach (var (element, href) in references)
            {
                var bytes = File.ReadAllBytes(Path.Combine(baseFolder, href));
                Assert.Equal("SHA-256", (string?)element.Attribute("CHECKSUMTYPE"));
                Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)), (string?)element.Attribute("CHECKSUM"));
                Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)element.Attribute("SIZE"));
                Assert.NotNull(element.Attribute("MIMETYPE"));
                Assert.NotNull(element.Attribute("CREATED"));
                checkedFiles++;
            }
        }

        Assert.Equal(2 + 1 + 4, checkedFiles);
    }

    [Fact]
    public void The_package_METS_meets_the_CSIP_and_SIP_requirements_Remiss_implements()
    {
        using var folder = new TempFolder();
        var package = Archive(folder, "paket");
        var mets = XDocument.Load(Path.Combine(package, "METS.xml"));
        var root = mets.Root!;
        var nav = new System.Xml.XmlNamespaceManager(new System.Xml.NameTable());
        nav.AddNamespace("m", M.NamespaceName);
        nav.AddNamespace("xlink", X.NamespaceName);
        nav.AddNamespace("csip", C.NamespaceName);
        void Has(string id, string xpath) => Assert.True(root.XPathSelectElements(xpath, nav).Any() || ((IEnumerable<object>)mets.XPathEvaluate(xpath, nav)).Any(), $"{id}: {xpath}");

        Has("CSIP1", "/m:mets[@OBJID='24HSN5898']");
        Has("CSIP2", "/m:mets[@TYPE='Textual works – Digital']");
        Has("CSIP4", "/m:mets[@csip:CONTENTINFORMATIONTYPE='citserms_v2_1']");
        Has("CSIP6 SIP2", "/m:mets[@PROFILE='https://earksip.dilcis.eu/profile/E-ARK-SIP.xml']");
        Has("SIP1", "/m:mets[starts-with(@LABEL, 'Yttrande över remiss från Socialdepartementet')]");
        Has("CSIP117 CSIP7", "/m:mets/m:metsHdr[@CREATEDATE]");
        Has("CSIP9 SIP4", "/m:mets/m:metsHdr[@csip:OAISPACKAGETYPE='SIP']");
        Has("SIP3", "/m:mets/m:metsHdr[@RECORDSTATUS='NEW']");
        Has("CSIP10–CSIP16", "/m:mets/m:metsHdr/m:agent[@ROLE='CREATOR' and @TYPE='OTHER' and @OTHERTYPE='SOFTWARE'][m:name='Remiss'][m:note/@csip:NOTETYPE='SOFTWARE VERSION']");
        Has("SIP9–SIP12", "/m:mets/m:metsHdr/m:agent[@ROLE='ARCHIVIST' and @TYPE='ORGANIZATION'][m:name='Region Västernorrland']");
        Has("SIP15–SIP18", "/m:mets/m:metsHdr/m:agent[@ROLE='CREATOR' and @TYPE='ORGANIZATION'][m:name='Region Västernorrland']");
        Has("SIP21–SIP24", "/m:mets/m:metsHdr/m:agent[@ROLE='CREATOR' and @TYPE='INDIVIDUAL'][m:name='Maria Strandberg']");
        Has("CSIP17–CSIP25", "/m:mets/m:dmdSec[@ID and @CREATED and @STATUS='CURRENT']/m:mdRef[@LOCTYPE='URL' and @xlink:type='simple' and @xlink:href='metadata/descriptive/erms.xml' and @MDTYPE='OTHER' and @OTHERMDTYPE='ERMS']");
        Has("CSIP31–CSIP39", "/m:mets/m:amdSec/m:digiprovMD[@ID and @STATUS='CURRENT']/m:mdRef[@LOCTYPE='URL' and @xlink:type='simple' and @xlink:href='metadata/preservation/premis.xml' and @MDTYPE='PREMIS']");
        Has("CSIP58 CSIP59", "/m:mets/m:fileSec[@ID]");
        Has("CSIP114 CSIP62 CSIP64 CSIP65", "/m:mets/m:fileSec/m:fileGrp[@USE='Representations/rep1' and @ID and @csip:CONTENTINFORMATIONTYPE='citserms_v2_1']");
        Has("CSIP66 CSIP67 CSIP76–CSIP79", "/m:mets/m:fileSec/m:fileGrp/m:file[@ID]/m:FLocat[@LOCTYPE='URL' and @xlink:type='simple' and @xlink:href='representations/rep1/METS.xml']");
        Has("CSIP80–CSIP83", "/m:mets/m:structMap[@TYPE='PHYSICAL' and @LABEL='CSIP' and @ID]");
        Has("CSIP84–CSIP86", "/m:mets/m:structMap[@LABEL='CSIP']/m:div[@ID and @LABEL='24HSN5898']");
        Has("CSIP88–CSIP92", "/m:mets/m:structMap[@LABEL='CSIP']/m:div/m:div[@LABEL='Metadata' and @ID and @DMDID='dmd-erms' and @ADMID='digiprov-premis']");
        Has("CSIP105–CSIP112", "/m:mets/m:structMap[@LABEL='CSIP']/m:div/m:div[@LABEL='Representations/rep1' and @ID]/m:mptr[@LOCTYPE='URL' and @xlink:type='simple' and @xlink:href='representations/rep1/METS.xml' and @xlink:title='filegrp-rep1']");

        var representation = XDocument.Load(Path.Combine(package, "representations/rep1/METS.xml"));
        Assert.Equal("rep1", (string?)representation.Root!.Attribute("OBJID")); // CSIP1 for a representation: its folder's name
        Assert.All(representation.Descendants(M + "file"), f =>
        {
            Assert.Equal("Portable Document Format", (string?)f.Attribute(XNamespace.Get("https://DILCIS.eu/XML/METS/SIPExtensionMETS") + "FILEFORMATNAME")); // SIP32
            Assert.Equal("application/pdf", (string?)f.Attribute("MIMETYPE"));
        });
    }

    [Fact]
    public void The_ERMS_file_holds_both_dnrs_the_title_the_department_the_people_and_the_case_dates_and_one_record_per_document()
    {
        using var folder = new TempFolder();
        var package = Archive(folder, "paket");
        var erms = XDocument.Load(Path.Combine(package, "metadata/descriptive/erms.xml"));
        var aggregation = erms.Descendants(E + "aggregation").Single();

        Assert.Equal("caseFile", (string?)aggregation.Attribute("aggregationType"));
        Assert.Equal("24HSN5898", (string?)aggregation.Element(E + "objectId"));
        Assert.Equal("S2024/02145", aggregation.Elements(E + "extraId").Single(x => (string?)x.Attribute("extraIdType") == "department_dnr").Value);
        Assert.Equal("Yttrande över remiss från Socialdepartementet; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)", (string?)aggregation.Element(E + "title"));
        var agents = aggregation.Element(E + "agents")!.Elements(E + "agent").Select(a => $"{a.Attribute("agentType")!.Value}: {a.Element(E + "name")!.Value}");
        Assert.Equal(["sender: Socialdepartementet", "receiver: Region Västernorrland", "responsible_person: Maria Strandberg", "other: Sara Hjalmarsson"], agents);
        var dates = aggregation.Element(E + "dates")!.Elements(E + "date").Select(d => $"{(string?)d.Attribute("otherDateType") ?? d.Attribute("dateType")!.Value} {d.Value[..10]}");
        Assert.Equal(["received 2024-12-10", "deadline 2025-03-10", "extended_deadline 2025-03-21", "decision 2025-03-19", "sent 2025-03-20"], dates);

        var records = aggregation.Elements(E + "record").ToList();
        Assert.Equal(["yttrande", "tjansteutlatande", "protokollsutdrag", "protokollsutdrag"], records.Select(r => (string?)r.Attribute("recordType")));
        Assert.All(records, r => Assert.True(File.Exists(Path.Combine(package, r.Descendants(E + "appendix").Single().Attribute("path")!.Value))));
        Assert.Equal("main_signatory: Viktoria Jansson", records[0].Descendants(E + "agent").Where(a => (string?)a.Attribute("agentType") == "main_signatory").Select(a => "main_signatory: " + a.Element(E + "name")!.Value).Single());
    }

    [Fact]
    public void The_PREMIS_file_records_each_documents_fixity_and_creation()
    {
        using var folder = new TempFolder();
        var package = Archive(folder, "paket");
        var premis = XDocument.Load(Path.Combine(package, "metadata/preservation/premis.xml"));

        var objects = premis.Root!.Elements(P + "object").ToList();
        Assert.Equal(4, objects.Count);
        foreach (var o in objects)
        {
            var path = o.Descendants(P + "objectIdentifierValue").Single().Value;
            Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(package, path)))), o.Descendants(P + "messageDigest").Single().Value);
        }

        Assert.Equal(4, premis.Root.Elements(P + "event").Count(e => e.Element(P + "eventType")!.Value == "creation"));
    }

    [Fact]
    public void A_sealed_documents_signature_and_its_verification_go_into_PREMIS_and_still_validate()
    {
        using var folder = new TempFolder();
        var at = new DateTimeOffset(2025, 3, 20, 9, 0, 0, TimeSpan.FromHours(1));
        var file = new ArchiveFile(null, "01-yttrande.pdf", "Yttrande", "%PDF-1.7\n"u8.ToArray(), null,
            new SignatureRecord("CN=Registrator, O=Region Västernorrland", at, "PAdES-B-B RSA-SHA256", "MIIB…", Verified: true, at.AddMinutes(1), "pdfsig: Signature is Valid."));

        var premis = PremisWriter.Write([file], "Region Västernorrland", at);
        var path = folder.Write("premis.xml", SipLayout.Bytes(premis));

        ArchiveSchemas.AssertValid(path, ArchiveSchemas.Premis);
        Assert.Equal("CN=Registrator, O=Region Västernorrland", premis.Descendants(P + "signer").Single().Value);
        var validation = premis.Descendants(P + "event").Single(e => e.Element(P + "eventType")!.Value == "digital signature validation");
        Assert.Equal("success", validation.Descendants(P + "eventOutcome").Single().Value);
    }

    [Fact]
    public void A_zip_unpacks_to_one_root_folder_named_after_the_package()
    {
        using var folder = new TempFolder();
        var zip = Archive(folder, "paket.zip");

        using var archive = ZipFile.OpenRead(zip);
        // CSIPSTR1, CSIPSTR2, CSIPSTR3.
        Assert.All(archive.Entries, e => Assert.StartsWith("24HSN5898/", e.FullName, StringComparison.Ordinal));
        Assert.Contains(archive.Entries, e => e.FullName == "24HSN5898/METS.xml");
        Assert.Equal(8, archive.Entries.Count);
    }

    [Fact]
    public void A_case_not_decided_and_not_sent_is_refused_at_the_keys_to_fill_in_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);

        var result = Cli.Run("archive", file, "-o", folder.File("paket"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}(47,3): error RMS0310: Ärendet kan inte arkiveras förrän det är beslutat: Hälso- och sjukvårdsnämnden har inget registrerat beslut", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{file}(72,3): error RMS0311: Ärendet kan inte arkiveras förrän yttrandet är skickat: 'response.sent' saknas.", result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("paket")));
    }

    [Fact]
    public void A_decided_case_not_yet_sent_is_refused_at_response()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(ArchiveSchemas.ClosedExample).Replace("  sent: 2025-03-20\n", string.Empty, StringComparison.Ordinal);
        var file = folder.Write("sou-2024-72.remiss.yaml", text);

        var result = Cli.Run("archive", file, "-o", folder.File("paket"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RMS0311", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("RMS0310", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_package_is_not_replaced_unless_forced()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sou-2024-72.remiss.yaml", File.ReadAllText(ArchiveSchemas.ClosedExample));
        var kept = folder.Write("paket/anteckning.txt", "handskrivet");

        var refused = Cli.Run("archive", file, "-o", folder.File("paket"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error RMS0312", refused.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(kept));

        Assert.Equal(0, Cli.Run("archive", file, "-o", folder.File("paket"), "--force").ExitCode);
        Assert.False(File.Exists(kept));
        Assert.True(File.Exists(folder.File("paket/METS.xml")));
    }

    [Fact]
    public void The_missive_the_remiss_file_names_is_packed_first_as_an_incoming_record()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(ArchiveSchemas.ClosedExample).Replace("  department_dnr: S2024/02145     # illustrative\n", "  department_dnr: S2024/02145     # illustrative\n  missive: post/missiv.pdf\n", StringComparison.Ordinal);
        var file = folder.Write("sou-2024-72.remiss.yaml", text);
        var missive = "%PDF-1.4\n% missivet\n"u8.ToArray();
        folder.Write("post/missiv.pdf", missive);

        var result = Cli.Run("archive", file, "-o", folder.File("paket"));

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Equal(missive, File.ReadAllBytes(folder.File("paket/representations/rep1/data/00-missiv.pdf")));
        var record = XDocument.Load(folder.File("paket/metadata/descriptive/erms.xml")).Descendants(E + "record").First();
        Assert.Equal("missiv", (string?)record.Attribute("recordType"));
        Assert.Equal("incoming", (string?)record.Element(E + "direction")!.Attribute("directionDefinition"));
        ArchiveSchemas.AssertValid(folder.File("paket/metadata/descriptive/erms.xml"), ArchiveSchemas.Erms);
        ArchiveSchemas.AssertValid(folder.File("paket/representations/rep1/METS.xml"), ArchiveSchemas.Mets);
    }

    [Fact]
    public void A_missive_that_is_not_there_is_refused_at_remiss_missive()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(ArchiveSchemas.ClosedExample).Replace("  department_dnr: S2024/02145     # illustrative\n", "  department_dnr: S2024/02145     # illustrative\n  missive: missiv.pdf\n", StringComparison.Ordinal);
        var file = folder.Write("sou-2024-72.remiss.yaml", text);

        var result = Cli.Run("archive", file, "-o", folder.File("paket"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}(11,12): error RMS0313: Missivet 'missiv.pdf' som 'remiss.missive' anger finns inte.", result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("paket")));
    }
}
