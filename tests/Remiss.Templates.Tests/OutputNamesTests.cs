using Remiss.Core;
using Remiss.Templates;

using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests;

public sealed class OutputNamesTests
{
    private static RemissFile Load(string yaml)
    {
        var result = RemissLoader.Load(yaml, "x.remiss.yaml");
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.File!;
    }

    [Fact]
    public void Department_dnr_without_slashes_then_the_organisation()
    {
        var file = Load(Examples.Referral("SOU 2024:72", "Titel", "2025-03-10", departmentDnr: "S2024/02145"));

        Assert.Equal("S2024-02145 Region Västernorrland", OutputNames.Yttrande(file));
        Assert.Equal("S2024/02145 Region Västernorrland", OutputNames.EmailSubject(file));
    }

    [Fact]
    public void Without_a_dnr_the_number_then_the_title()
    {
        var numbered = Load(Examples.Referral("Ds 2024:3", "Titel", "2025-03-10"));
        var untitled = Load(Examples.Referral("SOU 2024:1", "\"Ett förslag om vård: nya regler/vägar? för 'alla' regioner i hela landet och lite till\"", "2025-03-10")
            .Replace("  number: SOU 2024:1\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal("Yttrande Ds 2024-3 Region Västernorrland", OutputNames.Yttrande(numbered));
        Assert.Equal("Ds 2024:3 Region Västernorrland", OutputNames.EmailSubject(numbered));
        Assert.Equal("Yttrande Ett förslag om vård- nya regler-vägar- för 'alla' regioner… Region Västernorrland", OutputNames.Yttrande(untitled));
    }

    [Fact]
    public void The_memo_is_named_from_our_dnr_made_safe()
    {
        var file = Load(Examples.Referral("SOU 2024:72", "Titel", "2025-03-10").Replace("dnr: 25HSN-SOU2024-72", "dnr: HSN 2024/123", StringComparison.Ordinal));

        Assert.Equal("Tjänsteutlåtande HSN 2024-123", OutputNames.Tjansteutlatande(file));
    }

    [Theory]
    [InlineData("a<b>c:d\"e/f\\g|h?i*j", "a-b-c-d-e-f-g-h-i-j")]
    [InlineData("  mellan   rum \t ", "mellan rum")]
    [InlineData("slutar med punkt.", "slutar med punkt")]
    [InlineData("...", "remiss")]
    public void File_names_are_valid_everywhere(string name, string expected)
    {
        Assert.Equal(expected, OutputNames.SafeFileName(name));
    }
}
