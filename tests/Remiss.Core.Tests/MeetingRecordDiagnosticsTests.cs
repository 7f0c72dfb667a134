using Remiss.Core;
using Remiss.Tests.Shared;
using static Remiss.Core.Tests.MeetingRecordWordingTests;

namespace Remiss.Core.Tests;

/// <summary>Every rule of ORGANISATION.md §7's validation as a located message that says what to do.</summary>
public class MeetingRecordDiagnosticsTests
{
    private const string Reject = "        - by: Erica Stenberg (SD)\n          motion: reject\n";

    private static string Vote(int yes, int no, string result, string more = "") =>
        $"      vote:\n        yes: {yes}\n        no: {no}\n        result: {result}\n" + more;

    /// <summary>The one diagnostic with <paramref name="code"/>, as an editor reads it.</summary>
    private static string Single(string yaml, string code)
    {
        var result = RemissLoader.Load(yaml, "sou-2024-72.remiss.yaml", ExampleOrganisation.Options);
        return Assert.Single(result.Diagnostics, d => d.Code == code).ToString();
    }

    /// <summary><c>(line,column)</c> of <paramref name="value"/> on the last line that contains <paramref name="line"/>.</summary>
    private static string At(string yaml, string line, string value)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindLastIndex(lines, l => l.Contains(line, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line with '{line}'");
        return $"({index + 1},{lines[index].IndexOf(value, lines[index].IndexOf(line, StringComparison.Ordinal), StringComparison.Ordinal) + 1})";
    }

    public static TheoryData<string, string, string, string, string> Rules() => new()
    {
        {
            Hsn + "      proposals:\n" + Approve + "      outcome: [3]\n", "outcome: [3]", "3", "RMS0140",
            "error RMS0140: 'decision.meetings[0].outcome[0]' nämner yrkande 3, men bara ett yrkande har gjorts. Skriv numret (från 1, i den ordning de står under 'proposals') på ett av yrkandena."
        },
        {
            Hsn + "      proposals:\n" + Approve + Reject + Vote(1, 3, "{ yes: 3, no: 2 }"), "no: 3", "3", "RMS0140",
            "error RMS0140: 'decision.meetings[0].vote.no' nämner yrkande 3, men bara 2 yrkanden har gjorts. Skriv numret (från 1, i den ordning de står under 'proposals') på ett av yrkandena."
        },
        {
            Hsn + "      outcome: [1]\n", "outcome: [1]", "1", "RMS0140",
            "error RMS0140: 'decision.meetings[0].outcome[0]' nämner yrkande 1, men inga yrkanden har gjorts. Skriv numret (från 1, i den ordning de står under 'proposals') på ett av yrkandena."
        },
        {
            Hsn + "      proposals:\n" + Approve + Vote(1, 1, "{ yes: 3, no: 2 }"), "        yes: ", "yes", "RMS0141",
            "error RMS0141: Omröstningen ska stå mellan två olika förslag till beslut, men ja och nej står båda för yrkande 1. Skriv i 'vote.yes' och 'vote.no' numren på de två yrkanden som ställdes mot varandra."
        },
        {
            Hsn + "      proposals:\n" + Approve + Approve.Replace("Viktoria Jansson (M)", "Anna Berg (V)", StringComparison.Ordinal) + Vote(1, 2, "{ yes: 3, no: 2 }"), "        yes: ", "yes", "RMS0141",
            "error RMS0141: Omröstningen ska stå mellan två olika förslag till beslut, men yrkande 1 och 2 yrkar båda bifall till förslaget. Skriv i 'vote.yes' och 'vote.no' numren på de två yrkanden som ställdes mot varandra."
        },
        {
            Hsn + "      proposals:\n" + Reject + Add + Vote(1, 2, "{ yes: 3, no: 2 }"), "        yes: ", "yes", "RMS0141",
            "error RMS0141: Omröstningen ska stå mellan två olika förslag till beslut, men ett tillägg (yrkande 2) ställs mot bifall till förslaget, inte mot yrkande 1. Skriv i 'vote.yes' och 'vote.no' numren på de två yrkanden som ställdes mot varandra."
        },
        {
            Hsn + "      proposals:\n" + Approve + Reject + Vote(1, 2, "{ yes: [Viktoria Jansson (M), Lars Ek (SD)], no: [Erica Stenberg (SD), Lars Ek (SD)] }"), "result:", "{", "RMS0142",
            "error RMS0142: Namnuppropet stämmer inte: Lars Ek (SD) står både bland ja och bland nej, så antalet röster blir fel. Rätta namnlistorna i 'vote.result' mot protokollet; varje ledamot röstar en gång."
        },
        {
            Hsn + "      proposals:\n" + Approve + Reject + Vote(1, 2, "{ yes: 3, no: 5 }"), "result:", "{", "RMS0143",
            "error RMS0143: Omröstningen gav 3 ja-röster mot 5 nej-röster, alltså bifall till yrkande 2, men 'outcome' bifaller yrkande 1. Rätta 'outcome' eller rösterna i 'vote.result' mot protokollet."
        },
        {
            Hsn + "      proposals:\n" + Approve + Reject + Vote(1, 2, "{ yes: 7, no: 5 }") + "      outcome: [2]\n", "outcome: [2]", "[", "RMS0143",
            "error RMS0143: Omröstningen gav 7 ja-röster mot 5 nej-röster, alltså bifall till yrkande 1, men 'outcome' bifaller yrkande 2. Rätta 'outcome' eller rösterna i 'vote.result' mot protokollet."
        },
        {
            Hsn + "      proposals:\n" + Approve + Reject + Vote(1, 2, "{ yes: 5, no: 5 }"), "result:", "{", "RMS0144",
            "error RMS0144: Omröstningen slutade lika, 5 mot 5. Vid lika röstetal avgör ordförandens utslagsröst: skriv 'casting_vote: true' och i 'outcome' det yrkande ordföranden röstade för."
        },
        {
            Hsn + "      proposals:\n" + Approve + Reject + Vote(1, 2, "{ yes: 6, no: 5 }", "        casting_vote: true\n"), "casting_vote:", "true", "RMS0145",
            "error RMS0145: 'casting_vote: true', men omröstningen slutade 6 mot 5. Ordförandens utslagsröst avgör bara vid lika röstetal; ta bort 'casting_vote' eller rätta rösterna."
        },
        {
            Hsn + "      proposals:\n" + Approve + "      reservations:\n        - by: Viktoria Jansson (M)\n", "- by: Viktoria Jansson (M)", "Viktoria", "RMS0146",
            "error RMS0146: Viktoria Jansson (M) reserverar sig mot beslutet, men det egna yrkandet (nummer 1) bifölls. Den som har fått sitt yrkande bifallet kan inte reservera sig mot det; ta bort reservationen eller rätta 'outcome'."
        },
        {
            Hsn + "      proposals:\n" + Approve + "      disqualified: [Viktoria Jansson (M)]\n", "disqualified:", "[", "RMS0147",
            "error RMS0147: Viktoria Jansson (M) har jäv ('disqualified') men yrkar (yrkande 1). Den som har jäv deltar inte i handläggningen av ärendet; ta bort namnet från 'disqualified' eller från 'proposals[0].by'."
        },
        {
            Hsn + "      proposals:\n" + Approve + Reject + Vote(1, 2, "{ yes: [Viktoria Jansson (M), Anna Berg (V)], no: [Erica Stenberg (SD)] }") + "      disqualified: Anna Berg (V)\n", "disqualified:", "Anna", "RMS0147",
            "error RMS0147: Anna Berg (V) har jäv ('disqualified') men röstar i omröstningen. Den som har jäv deltar inte i handläggningen av ärendet; ta bort namnet från 'disqualified' eller från namnuppropet i 'vote.result'."
        },
        {
            Hsn + "      proposals:\n        - by: Anna Berg (V)\n          motion: add\n", "motion: add", "add", "RMS0148",
            "error RMS0148: Yrkandet 'add' (tillägg) har inga att-satser. Skriv dess att-satser under 'clauses', t.ex. '- text: uppdra åt förvaltningen att följa upp frågan om läkarbemanning'."
        },
        {
            Hsn + "      proposals:\n        - by: Anna Berg (V)\n          motion: amend\n          clauses: []\n", "motion: amend", "amend", "RMS0148",
            "error RMS0148: Yrkandet 'amend' (ändring) har inga att-satser. Skriv dess att-satser under 'clauses', t.ex. '- text: uppdra åt förvaltningen att följa upp frågan om läkarbemanning'."
        },
        {
            Hsn + "      proposals:\n        - by: Anna Berg (V)\n          motion: refer-back\n", "motion: refer-back", "refer-back", "RMS0149",
            "error RMS0149: Yrkandet om återremiss saknar motivering. Skriv den under 'reason', t.ex. 'reason: Konsekvenserna för kommunerna behöver belysas.'"
        },
        {
            Hsn + "      proposals:\n        - by: Anna Berg (V)\n          motion: table\n", "motion: table", "table", "RMS0150",
            "error RMS0150: Yrkandet om bordläggning saknar datum. Skriv det sammanträde som ärendet bordläggs till under 'date' (åååå-mm-dd)."
        },
        {
            Hsn + "      proposals:\n        - by: Anna Berg (V)\n          motion: table\n          date: 2025-03-19\n", "date: 2025-03-19", "2025", "RMS0151",
            "error RMS0151: Ärendet kan inte bordläggas till 2025-03-19: det är inte efter sammanträdet den 2025-03-19. Skriv datumet för ett senare sammanträde i Hälso- och sjukvårdsnämnden."
        },
        {
            Hsn + "      proposals:\n        - by: Anna Berg (V)\n          motion: table\n          date: 2025-04-01\n", "date: 2025-04-01", "2025", "RMS0152",
            "warning RMS0152: Hälso- och sjukvårdsnämnden har inget sammanträde den 2025-04-01 enligt organisationsfilen (sammanträden: 2025-02-19, 2025-03-19, 2025-04-23). Kontrollera datumet för bordläggningen mot protokollet, eller lägg till sammanträdet i organisationsfilen."
        },
        {
            Hsn + "      proposals:\n" + Approve + Reject + "      outcome: [1, 2]\n", "outcome: [1, 2]", "[", "RMS0153",
            "error RMS0153: 'outcome' bifaller yrkanden som inte kan bifallas samtidigt: yrkande 1 (bifall) och yrkande 2 (avslag) är olika svar på samma fråga. Skriv bara de yrkanden som bifölls enligt protokollet."
        },
        {
            Hsn + "      proposals:\n" + Approve + ReferBack + "      outcome: [1, 2]\n", "outcome: [1, 2]", "[", "RMS0153",
            "error RMS0153: 'outcome' bifaller yrkanden som inte kan bifallas samtidigt: yrkande 2 (återremiss) och yrkande 1: ett ärende som återremitteras avgörs inte vid sammanträdet. Skriv bara de yrkanden som bifölls enligt protokollet."
        },
        {
            Hsn + "      proposals:\n" + Reject + Add + "      outcome: [1, 2]\n", "outcome: [1, 2]", "[", "RMS0153",
            "error RMS0153: 'outcome' bifaller yrkanden som inte kan bifallas samtidigt: yrkande 2 (tillägg) till ett förslag som avslogs (yrkande 1). Skriv bara de yrkanden som bifölls enligt protokollet."
        },
        {
            Hsn + "      proposals:\n        - by: Anna Berg (V)\n          motion: approve\n          reason: Det är bra.\n", "reason: Det", "Det", "RMS0154",
            "error RMS0154: 'reason' hör inte till ett yrkande med 'motion: approve': mottagare och motivering hör till refer-back (återremiss). Ta bort nyckeln, eller ändra 'motion'."
        },
        {
            Hsn + "      proposals:\n        - by: Anna Berg (V)\n          motion: reject\n          clauses: [file-information]\n", "clauses: [file", "[", "RMS0154",
            "error RMS0154: 'clauses' hör inte till ett yrkande med 'motion: reject': att-satser hör till add (tillägg) och amend (ändring). Ta bort nyckeln, eller ändra 'motion'."
        },
        {
            Hsu + "      proposals:\n" + Approve + ReferBack + "      outcome: [2]\n" + Hsn, "body: hsn", "hsn", "RMS0155",
            "error RMS0155: Hälso- och sjukvårdsutskottet återremitterade ärendet den 2025-03-13, så nästa post i 'decision.meetings' ska vara ett senare sammanträde i Hälso- och sjukvårdsutskottet, inte Hälso- och sjukvårdsnämnden. Lägg till Hälso- och sjukvårdsutskottets beslut före Hälso- och sjukvårdsnämndens, eller rätta 'outcome' för sammanträdet den 2025-03-13."
        },
        {
            Hsn + "      proposals:\n" + Reject + "      outcome: [1]\n", "outcome: [1]", "[", "RMS0156",
            "warning RMS0156: Hälso- och sjukvårdsnämnden avslog förslaget den 2025-03-19, så inget yttrande är beslutat och yttrandet skrivs inte som beslutat. Kontrollera 'outcome' mot protokollet; vill organisationen ändå svara behövs ett nytt beslut."
        },
        {
            MeetingRecords.UtskottSeed + Hsn + "      proposals:\n" + Approve + ReferBack + "      outcome: [2]\n", "outcome: [2]", "[", "RMS0157",
            "warning RMS0157: Hälso- och sjukvårdsnämnden återremitterade ärendet den 2025-03-19, och enligt organisationsfilen kan det beslutas först den 2025-04-23, efter svarstiden 2025-03-21. Begär förlängd svarstid till 2025-04-30 ('remiss plan' visar planen) och skriv in den under 'remiss.extensions'."
        },
        {
            Hsn + "      proposals:\n" + Approve + Reject + Vote(1, 2, "{ yes: 3, no: 2 }") + "      outcome: [första]\n", "outcome: [första]", "första", "RMS0158",
            "error RMS0158: 'decision.meetings[0].outcome[0]' ska vara ett yrkandes nummer, ett heltal från 1 (1 för det första under 'proposals'), men är \"första\". Skriv bara siffrorna."
        },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_is_located_and_says_what_to_do(string records, string line, string value, string code, string message)
    {
        var yaml = MeetingRecords.Example(TestFiles.ExampleText, records);

        Assert.Equal("sou-2024-72.remiss.yaml" + At(yaml, line, value) + ": " + message, Single(yaml, code));
    }

    [Fact]
    public void Every_descriptor_of_the_range_has_a_rule_here()
    {
        var tested = Rules().Select(row => (string)row[3]).ToHashSet();
        var range = DiagnosticDescriptors.All.Where(d => string.CompareOrdinal(d.Code, "RMS0140") >= 0 && string.CompareOrdinal(d.Code, "RMS0159") <= 0).Select(d => d.Code);

        Assert.Equal(range.Order(), tested.Order());
    }

    [Fact]
    public void A_reservation_by_someone_who_made_no_proposal_is_no_error()
    {
        var yaml = MeetingRecords.Example(TestFiles.ExampleText, Hsn + "      proposals:\n" + Approve + "      reservations:\n        - by: Per Ek (V)\n");

        Assert.Empty(RemissLoader.Load(yaml, "x.remiss.yaml", ExampleOrganisation.Options).Diagnostics);
    }

    [Fact]
    public void A_proposals_clauses_are_checked_like_the_decisions()
    {
        var yaml = MeetingRecords.Example(TestFiles.ExampleText, Hsn + "      proposals:\n        - by: Anna Berg (V)\n          motion: add\n          clauses: [imediate-adjustment]\n");

        Assert.StartsWith(
            "sou-2024-72.remiss.yaml" + At(yaml, "clauses: [imediate", "imediate") + ": error RMS0041: Okänt id för att-sats: \"imediate-adjustment\". Menade du 'immediate-adjustment'?",
            Single(yaml, "RMS0041"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_body_again_after_a_referral_back_is_no_error_but_twice_otherwise_is()
    {
        var again = Hsu.Replace("2025-03-13", "2025-04-10", StringComparison.Ordinal);
        var referred = MeetingRecords.Example(TestFiles.ExampleText, Hsu + "      proposals:\n" + Approve + ReferBack + "      outcome: [2]\n" + again);
        var twice = MeetingRecords.Example(TestFiles.ExampleText, Hsu + again);

        Assert.DoesNotContain(RemissLoader.Load(referred, "x.remiss.yaml", ExampleOrganisation.Options).Diagnostics, d => d.IsError);
        Assert.Contains("error RMS0094", Single(twice, "RMS0094"), StringComparison.Ordinal);
    }

    [Fact]
    public void Shapes_are_reported_at_their_values()
    {
        var yaml = MeetingRecords.Example(TestFiles.ExampleText, Hsn
            + "      proposals:\n        - by: Anna Berg (V)\n          motion: aprove\n"
            + "      vote:\n        yes: 1\n        no: 2\n        result: { yes: [Anna Berg (V)], no: många }\n        casting_vote: kanske\n      disqualified: { a: b }\n");
        var found = RemissLoader.Load(yaml, "sou-2024-72.remiss.yaml", ExampleOrganisation.Options).Diagnostics.Select(d => d.ToString()).ToList();

        Assert.Contains($"sou-2024-72.remiss.yaml{At(yaml, "motion: aprove", "aprove")}: error RMS0014: 'decision.meetings[0].proposals[0].motion' kan inte vara \"aprove\". Menade du 'approve'? Tillåtna värden: approve, reject, add, amend, refer-back, table.", found);
        Assert.Contains($"sou-2024-72.remiss.yaml{At(yaml, "no: många", "många")}: error RMS0012: 'decision.meetings[0].vote.result.no' ska vara ett antal röster (0 eller fler) eller en lista med namn, men är \"många\". Skriv om värdet som ett antal röster (0 eller fler) eller en lista med namn.", found);
        Assert.Contains($"sou-2024-72.remiss.yaml{At(yaml, "casting_vote: kanske", "kanske")}: error RMS0012: 'decision.meetings[0].vote.casting_vote' ska vara true eller false, men är \"kanske\". Skriv om värdet som true eller false.", found);
        Assert.Contains($"sou-2024-72.remiss.yaml{At(yaml, "disqualified: {", "{")}: error RMS0012: 'decision.meetings[0].disqualified' ska vara ett namn eller en lista med namn, men är en mappning. Skriv om värdet som ett namn eller en lista med namn.", found);
    }
}
