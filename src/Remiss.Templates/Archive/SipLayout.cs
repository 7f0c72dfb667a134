using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Remiss.Templates.Archive;

/// <summary>
/// Where things are in an E-ARK SIP 2.1 (FGS Paketstruktur 2.0) and the XML names they use, in one place for the
/// METS, ERMS and PREMIS writers and the tests.
/// </summary>
public static class SipLayout
{
    /// <summary>The package METS at the root (CSIPSTR4).</summary>
    public const string RootMets = "METS.xml";

    /// <summary>The one representation's folder (CSIPSTR9, CSIPSTR10): E-ARK's own examples name it <c>rep1</c>.</summary>
    public const string Representation = "rep1";

    /// <summary>The representation's METS (CSIPSTR12).</summary>
    public const string RepresentationMets = "representations/" + Representation + "/METS.xml";

    /// <summary>Where the documents are (CSIPSTR11).</summary>
    public const string DataFolder = "representations/" + Representation + "/data/";

    /// <summary>The case and its records in CITS ERMS (CSIPSTR7).</summary>
    public const string Erms = "metadata/descriptive/erms.xml";

    /// <summary>The preservation metadata in PREMIS 3 (CSIPSTR6).</summary>
    public const string Premis = "metadata/preservation/premis.xml";

    /// <summary>The METS namespace.</summary>
    public static readonly XNamespace Mets = "http://www.loc.gov/METS/";

    /// <summary>XLink, for METS's locators.</summary>
    public static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>The CSIP extension attributes (DILCISExtensionMETS.xsd).</summary>
    public static readonly XNamespace Csip = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";

    /// <summary>The SIP extension attributes (DILCISExtensionSIPMETS.xsd).</summary>
    public static readonly XNamespace Sip = "https://DILCIS.eu/XML/METS/SIPExtensionMETS";

    /// <summary>CITS ERMS.</summary>
    public static readonly XNamespace ErmsNamespace = "https://DILCIS.eu/XML/ERMS";

    /// <summary>PREMIS 3.</summary>
    public static readonly XNamespace PremisNamespace = "http://www.loc.gov/premis/v3";

    /// <summary>XML Schema instance, for <c>xsi:schemaLocation</c> and <c>xsi:type</c>.</summary>
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The name of the software agent (CSIP14).</summary>
    public const string SoftwareName = "Remiss";

    /// <summary>The software's version (CSIP15), from the assembly's informational version without the commit.</summary>
    public static string SoftwareVersion { get; } =
        (typeof(SipLayout).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0").Split('+')[0];

    /// <summary>SHA-256 of <paramref name="bytes"/> in upper-case hex, as the CSIP examples write it.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <summary>An <c>xs:dateTime</c> with its offset.</summary>
    public static string DateTime(DateTimeOffset value) => XmlConvert.ToString(value, "yyyy-MM-ddTHH:mm:sszzz");

    /// <summary>A day as an <c>xs:dateTime</c> at its start: the case's dates are days, ERMS wants date-times.</summary>
    public static string Day(Core.CalendarDate value) => value.ToString() + "T00:00:00";

    /// <summary>The document as UTF-8 bytes without a byte order mark, indented.</summary>
    public static byte[] Bytes(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A name safe in every archive's file system and in a URL unescaped: ASCII letters and digits, <c>-</c>, <c>_</c>
    /// and <c>.</c>; å, ä, ö become a, a, o; anything else a <c>-</c>.
    /// </summary>
    public static string SafeName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var name = builder.ToString().Trim('-', '.');
        while (name.Contains("--", StringComparison.Ordinal))
        {
            name = name.Replace("--", "-", StringComparison.Ordinal);
        }

        return name.Length == 0 ? "remiss" : name;
    }
}
