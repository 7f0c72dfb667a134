using System.IO.Compression;
using System.Text;

namespace Remiss.Templates.Tests.RoundTrip;

/// <summary>
/// Hostile and damaged .docx files: each is a located problem, never an exception, and the reader stops at its limits
/// (what the limits cost is measured in tests/Remiss.Benchmarks, not timed here).
/// </summary>
public class HostileDocxTests
{
    private const string Document = """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";

    private static byte[] Zip(params (string Name, Action<Stream> Write)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, write) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                write(stream);
            }
        }

        return output.ToArray();
    }

    private static Action<Stream> Text(string text) => s => s.Write(Encoding.UTF8.GetBytes(text));

    private static WordProblem Single(byte[] docx)
    {
        var result = WordReader.Read(docx, "Yttrande.docx");
        Assert.Empty(result.Fields);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_are_not_a_word_document()
    {
        Assert.Equal("RMS0201: Yttrande.docx kan inte läsas som Word-dokument: filen är ingen zip-fil, som en .docx är. Öppna filen i Word, spara den som Word-dokument (.docx) och försök igen.",
            Single(Encoding.UTF8.GetBytes("Detta är inget Word-dokument.")).ToString());
    }

    [Fact]
    public void An_empty_file_and_a_truncated_one_are_problems()
    {
        Assert.Equal("RMS0201", Single([]).Code);
        var docx = WordEdit.Rendered(DocumentKind.Yttrande);
        Assert.Equal("RMS0201", Single(docx[..(docx.Length / 2)]).Code);
    }

    [Fact]
    public void A_zip_whose_directory_disagrees_with_its_end_record_is_a_problem()
    {
        // Found by the pull fuzz target: the end record opens, the central directory then fails on first use.
        var docx = WordEdit.Rendered(DocumentKind.Yttrande);
        var end = docx.Length - 22;
        Assert.Equal([0x50, 0x4B, 0x05, 0x06], docx[end..(end + 4)]);
        docx[end + 8]++;
        docx[end + 10]++;

        Assert.Equal("RMS0201: Yttrande.docx kan inte läsas som Word-dokument: zip-filen är skadad (dess innehållsförteckning stämmer inte). Öppna filen i Word, spara den som Word-dokument (.docx) och försök igen.",
            Single(docx).ToString());
    }

    [Fact]
    public void A_round_trip_part_with_a_comment_twice_in_its_order_is_lost_marks()
    {
        var docx = WordEdit.EditPart(WordEdit.Rendered(DocumentKind.Yttrande), "customXml/item1.xml", manifest =>
        {
            Assert.Contains("<comments order=\"0 1\" />", manifest, StringComparison.Ordinal);
            return manifest.Replace("<comments order=\"0 1\" />", "<comments order=\"1 1\" />", StringComparison.Ordinal);
        });

        var problem = Assert.Single(WordReader.Read(docx, "Yttrande.docx").Problems);

        Assert.Equal("RMS0200", problem.Code);
        Assert.Contains("den dolda delen med texterna som de renderades är skadad (synpunkternas ordning är skadad)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_a_document_part_is_a_problem()
    {
        var problem = Single(Zip(("[Content_Types].xml", Text("<Types/>"))));

        Assert.Equal("RMS0201: Yttrande.docx kan inte läsas som Word-dokument: dokumentdelen word/document.xml saknas. Öppna filen i Word, spara den som Word-dokument (.docx) och försök igen.", problem.ToString());
    }

    [Fact]
    public void A_zip_bomb_is_stopped_at_the_part_limit()
    {
        // 24 MiB of one character compresses to some kilobytes; the reader stops inflating at 16 MiB.
        var bomb = Zip(("word/document.xml", s =>
        {
            s.Write(Encoding.UTF8.GetBytes(Document + "<w:p><w:r><w:t>"));
            var chunk = Encoding.UTF8.GetBytes(new string('a', 1024 * 1024));
            for (var i = 0; i < 24; i++)
            {
                s.Write(chunk);
            }
        }));

        var problem = Single(bomb);

        Assert.Equal("RMS0202: Yttrande.docx läses inte: delen word/document.xml packas upp till mer än 16 MiB. Ett yttrande är några hundra kilobyte; spara det på nytt i Word utan inbäddade filer och försök igen.", problem.ToString());
    }

    [Fact]
    public void An_xml_bomb_with_a_dtd_is_refused_at_its_doctype()
    {
        var laughs = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>"""
            + """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>""";

        Assert.Equal("RMS0201: Yttrande.docx kan inte läsas som Word-dokument: delen word/document.xml har en DTD, som ett Word-dokument aldrig har. Öppna filen i Word, spara den som Word-dokument (.docx) och försök igen.",
            Single(Zip(("word/document.xml", Text(laughs)))).ToString());
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        var external = """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>""";

        var problem = Single(Zip(("word/document.xml", Text(external))));

        Assert.Equal("RMS0201", problem.Code);
        Assert.DoesNotContain("root:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var deep = new StringBuilder(Document);
        for (var i = 0; i < 300; i++)
        {
            deep.Append("<w:sdt><w:sdtContent>");
        }

        var problem = Single(Zip(("word/document.xml", Text(deep.ToString()))));

        Assert.Equal("RMS0202", problem.Code);
        Assert.Contains("nästlad djupare än 256 nivåer", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_elements_in_a_part_are_refused()
    {
        var many = Zip(("word/document.xml", s =>
        {
            s.Write(Encoding.UTF8.GetBytes(Document));
            // Runs, not paragraphs: 6,000 paragraphs would be refused first (RMS0187, the paragraph budget).
            var paragraphs = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<w:r/>", 10_000)));
            for (var i = 0; i < 41; i++)
            {
                s.Write(paragraphs);
            }
        }));

        Assert.Contains("fler än 400000 element", Single(many).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_names_the_part_and_the_place()
    {
        Assert.Equal("RMS0201: Yttrande.docx kan inte läsas som Word-dokument: delen word/document.xml är inte giltig XML (rad 1, kolumn 137). Öppna filen i Word, spara den som Word-dokument (.docx) och försök igen.",
            Single(Zip(("word/document.xml", Text(Document + "<w:p></w:r>")))).ToString());
    }

    [Fact]
    public void Broken_relationships_and_missing_parts_leave_a_readable_document()
    {
        // Relationships that point nowhere and a styles part that is not XML: read without them.
        var rendered = WordEdit.Rendered(DocumentKind.Yttrande);
        var docx = WordEdit.EditPart(WordEdit.EditPart(rendered, "word/_rels/document.xml.rels",
                _ => """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../../../saknas.xml"/><Relationship Id="x"/></Relationships>"""),
            "word/styles.xml", _ => "inte xml");

        var result = WordReader.Read(docx, "Yttrande.docx");

        WordEdit.AssertNoProblems(result);
        Assert.True(result.IsUnchanged);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_before_it_is_opened()
    {
        var result = WordReader.Read(new byte[1024], "Yttrande.docx", new WordReadOptions { MaxDocxBytes = 100 });

        Assert.Equal("RMS0202: Yttrande.docx läses inte: filen är 1024 byte, mer än gränsen 100 byte. Ett yttrande är några hundra kilobyte; spara det på nytt i Word utan inbäddade filer och försök igen.",
            Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void A_damaged_round_trip_part_is_lost_marks()
    {
        var docx = WordEdit.EditPart(WordEdit.Rendered(DocumentKind.Yttrande), "customXml/item1.xml",
            _ => """<remiss xmlns="urn:remiss:roundtrip:1" version="1"><document kind="beslut"/></remiss>""");

        var problem = Assert.Single(WordReader.Read(docx, "Yttrande.docx").Problems);

        Assert.Equal("RMS0200", problem.Code);
        Assert.Contains("den dolda delen med texterna som de renderades är skadad (dokumentets slag saknas)", problem.Message, StringComparison.Ordinal);
    }
}
