namespace Remiss.Core.Tests;

/// <summary>
/// Characters no writer can carry are refused where a file is loaded (RMS0241, issue 27), at the value that holds them,
/// in every file the loader reads; the characters every writer carries load as they are.
/// </summary>
public class RefusedCharacterTests
{
    [Theory]
    [InlineData("6\\b", "U+0008 (backsteg)")]
    [InlineData("6\\x01", "U+0001")]
    [InlineData("6\\x1B", "U+001B")]
    [InlineData("6\\x7F", "U+007F")]
    [InlineData("6\\0", "U+0000")]
    [InlineData("6\\uFFFE", "U+FFFE")]
    [InlineData("6\\uFFFF", "U+FFFF")]
    [InlineData("6\\u202E", "skrivriktning U+202E")]
    [InlineData("6\\u2066", "skrivriktning U+2066")]
    [InlineData("6\\u200F", "skrivriktning U+200F")]
    [InlineData("6\\u061C", "skrivriktning U+061C")]
    public void A_refused_character_in_a_comments_section_is_a_located_error(string escaped, string named)
    {
        var text = TestFiles.ExampleText.Replace("    - section: \"6\"", "    - section: \"" + escaped + "\"", StringComparison.Ordinal);

        var result = RemissLoader.Load(text, "a.remiss.yaml");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("RMS0241", error.Code);
        Assert.Equal((76, 16), (error.Line, error.Column));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("(tecken 2 i värdet). Ta bort tecknet", error.Message, StringComparison.Ordinal);
        Assert.Null(result.File);
    }

    [Fact]
    public void A_raw_control_character_in_a_plain_value_and_in_an_organisation_file_is_refused_too()
    {
        var remiss = RemissLoader.Load(TestFiles.ExampleText.Replace("heading: Medicinsk bedömning", "heading: Medicinsk\u0008 bedömning", StringComparison.Ordinal), "a.remiss.yaml");
        var organisation = OrganisationLoader.Load("name: Region\u202E Väst\n", "organisation.yaml");

        Assert.Contains(remiss.Diagnostics, d => d.Code == "RMS0241");
        Assert.Contains(organisation.Diagnostics, d => d.Code == "RMS0241" && d.Line == 1 && d.Column == 7);
    }

    [Fact]
    public void Characters_every_writer_carries_load_as_they_are()
    {
        const string accepted = "\t\u0080\u00AD\u200D\uFDD0\U0001F600\u00A0\u2011\u009F\uE000";
        var text = TestFiles.ExampleText.Replace("    - section: \"6\"", "    - section: \"6\\t\\x80\\u00AD\\u200D\\uFDD0\\U0001F600\\u00A0\\u2011\\x9F\\uE000\"", StringComparison.Ordinal);

        var result = RemissLoader.Load(text, "a.remiss.yaml");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RMS0241");
        Assert.Equal("6" + accepted, result.File!.Response.Comments[0].Section);
    }
}
