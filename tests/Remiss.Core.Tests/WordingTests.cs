using Remiss.Core;

namespace Remiss.Core.Tests;

public class WordingTests
{
    private static Referral Referral(string title = "Stärkt medicinsk kompetens i kommunal hälso- och sjukvård", ReferralKind kind = ReferralKind.Betankande, string? number = "SOU 2024:72", string department = "Socialdepartementet") =>
        new(title, kind, number is null ? null : DocumentNumber.Parse(number), department, null, null, new CalendarDate(2025, 3, 10), default, default, default);

    [Fact]
    public void Document_name_has_kind_phrase_title_and_number()
    {
        Assert.Equal("betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)", StandardWording.DocumentName(Referral()));
        Assert.Equal("promemorian Ett förslag (Ds 2023:26)", StandardWording.DocumentName("Ett förslag", ReferralKind.Promemoria, "Ds 2023:26"));
    }

    [Fact]
    public void Document_name_without_kind_or_number_is_the_title_alone()
    {
        Assert.Equal("Ett förslag", StandardWording.DocumentName(Referral("Ett förslag", ReferralKind.Other, null)));
        Assert.Equal("Ett förslag (prop. 2023/24:1)", StandardWording.DocumentName(Referral("Ett förslag", ReferralKind.Other, "prop. 2023/24:1")));
        Assert.Equal("betänkandet Ett förslag", StandardWording.DocumentName(Referral("Ett förslag", ReferralKind.Betankande, null)));
    }

    [Fact]
    public void Response_title_and_memo_heading()
    {
        Assert.Equal("Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)", StandardWording.ResponseTitle(Referral()));
        Assert.Equal("Yttrande över remiss från Socialdepartementet; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)", StandardWording.MemoHeading(Referral()));
    }

    [Theory]
    [InlineData(Position.Supports, "tillstyrker", "Region Västernorrland tillstyrker förslaget.")]
    [InlineData(Position.Opposes, "avstyrker", "Region Västernorrland avstyrker förslaget.")]
    [InlineData(Position.SupportsWithReservations, "tillstyrker med reservationer", "Region Västernorrland tillstyrker med reservationer.")]
    [InlineData(Position.NoComment, "har inga synpunkter", "Region Västernorrland har inga synpunkter.")]
    [InlineData(Position.Comments, "lämnar följande synpunkter", "Region Västernorrland lämnar följande synpunkter.")]
    public void Position_phrases(Position position, string phrase, string sentence)
    {
        Assert.Equal(phrase, StandardWording.PositionPhrase(position));
        Assert.Equal(sentence, StandardWording.PositionSentence("Region Västernorrland", position));
    }

    [Theory]
    [InlineData(new[] { "A" }, "A beslutar")]
    [InlineData(new[] { "A", "B" }, "A föreslår att B beslutar")]
    [InlineData(new[] { "A", "B", "C" }, "A föreslår att B beslutar föreslå C besluta")]
    [InlineData(new[] { "A", "B", "C", "D" }, "A föreslår att B beslutar föreslå C föreslå D besluta")]
    public void Decision_intro_for_one_to_four_bodies(string[] path, string expected) =>
        Assert.Equal(expected, DecisionClauses.Intro(path));

    [Fact]
    public void Decision_intro_keeps_names_exactly_as_written()
    {
        Assert.Equal("Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar föreslå regionfullmäktige besluta",
            DecisionClauses.Intro(new[] { "Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden", "regionfullmäktige" }));
    }

    [Fact]
    public void Decision_intro_refuses_an_empty_path() =>
        Assert.Throws<ArgumentException>(() => DecisionClauses.Intro(Array.Empty<string>()));

    [Theory]
    [InlineData(new[] { "a" }, new[] { "att a." })]
    [InlineData(new[] { "a", "b" }, new[] { "att a; samt", "att b." })]
    [InlineData(new[] { "a", "b", "c" }, new[] { "att a;", "att b; samt", "att c." })]
    [InlineData(new[] { "a", "b", "c", "d" }, new[] { "att a;", "att b;", "att c; samt", "att d." })]
    public void Clause_punctuation_for_one_to_four_clauses(string[] clauses, string[] expected) =>
        Assert.Equal(expected, DecisionClauses.Punctuate(clauses));

    [Theory]
    [InlineData("lägga informationen till handlingarna.")]
    [InlineData("lägga informationen till handlingarna;")]
    [InlineData("lägga informationen till handlingarna, samt")]
    [InlineData("lägga informationen till handlingarna; samt")]
    [InlineData("att lägga informationen till handlingarna.")]
    [InlineData("  lägga informationen till handlingarna ;  ")]
    public void Stray_punctuation_typed_by_the_user_is_normalised_away(string typed)
    {
        Assert.Equal("lägga informationen till handlingarna", DecisionClauses.Normalize(typed));
        Assert.Equal(new[] { "att lägga informationen till handlingarna; samt", "att b." }, DecisionClauses.Punctuate(new[] { typed, "b" }));
    }

    [Fact]
    public void Example_decision_text_is_exactly_as_in_the_format()
    {
        var file = TestFiles.LoadExample();
        const string expected = """
            Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar

            att avge ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)”; samt

            att förklara paragrafen för omedelbart justerad.
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), DecisionText.For(file).ToText());
        Assert.Equal("Förslag till beslut", DecisionText.For(file).Heading);
    }

    [Fact]
    public void Example_wording_matches_the_expected_lines_of_the_shared_example()
    {
        var file = TestFiles.LoadExample();
        var decision = DecisionText.For(file);
        var produced = new List<string> { StandardWording.MemoHeading(file.Remiss), decision.Intro };
        produced.AddRange(decision.Clauses);
        produced.Add(StandardWording.CaseDescription(file.Case.Organisation, file.Remiss));
        produced.Add(StandardWording.ExtensionGranted(file.Remiss.EffectiveDeadline));
        produced.Add(StandardWording.PreparedWith(file.Case.Organisation, file.Remiss.PreparedWith));
        produced.AddRange(StandardWording.DecisionDocuments(file.Remiss, file.Decision.Documents));

        var expected = TestFiles.ExpectedLines();
        foreach (var line in produced)
        {
            Assert.Contains(line, expected);
        }
    }

    [Fact]
    public void Case_description_without_kind_phrase_names_the_department()
    {
        var remiss = Referral("Ett förslag om vård", ReferralKind.Other, null);
        Assert.Equal("Region Västernorrland har beretts tillfälle att lämna synpunkter på en remiss från Socialdepartementet: Ett förslag om vård.",
            StandardWording.CaseDescription("Region Västernorrland", remiss));
    }

    [Theory]
    [InlineData("Region Västernorrland", "Regionens")]
    [InlineData("Sundsvalls kommun", "Kommunens")]
    [InlineData("Inera AB", "Vårt")]
    public void Prepared_with_sentence_follows_the_organisation(string organisation, string word) =>
        Assert.Equal($"{word} svar har tagits fram i dialog med A, B och C.", StandardWording.PreparedWith(organisation, new[] { "A", "B", "C" }));

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "A" }, "A")]
    [InlineData(new[] { "A", "B" }, "A och B")]
    [InlineData(new[] { "A", "B", "C" }, "A, B och C")]
    public void Swedish_list_joining(string[] items, string expected) => Assert.Equal(expected, SwedishText.JoinList(items));

    [Theory]
    [InlineData(2025, 3, 21, "den 21 mars 2025")]
    [InlineData(2025, 1, 1, "den 1 januari 2025")]
    [InlineData(2024, 12, 9, "den 9 december 2024")]
    [InlineData(2024, 2, 29, "den 29 februari 2024")]
    public void Swedish_long_dates(int year, int month, int day, string expected) =>
        Assert.Equal(expected, SwedishText.LongDate(new CalendarDate(year, month, day)));

    [Fact]
    public void Extension_sentence_uses_the_long_date() =>
        Assert.Equal("Förlängd svarstid till den 21 mars 2025 har beviljats.", StandardWording.ExtensionGranted(new CalendarDate(2025, 3, 21)));

    [Fact]
    public void Decision_heading_is_beslut_for_one_body()
    {
        Assert.Equal("Beslut", StandardWording.DecisionHeading(1));
        Assert.Equal("Förslag till beslut", StandardWording.DecisionHeading(2));
    }

    [Fact]
    public void Built_in_clauses_resolve_with_and_without_argument()
    {
        var context = new ClauseContext("Yttrande över remiss; X", "X", "Socialdepartementet", "Region Västernorrland");
        var registry = ClauseRegistry.BuiltIn;
        Assert.Equal("avge ”Yttrande över remiss; X”", registry.Resolve(ClauseReference.ForId("submit-response"), context));
        Assert.Equal("förklara paragrafen för omedelbart justerad", registry.Resolve(ClauseReference.ForId("immediate-adjustment"), context));
        Assert.Equal("lägga informationen till handlingarna", registry.Resolve(ClauseReference.ForId("file-information"), context));
        Assert.Equal("godkänna redovisningen och lägga den till handlingarna", registry.Resolve(ClauseReference.ForId("approve-report"), context));
        Assert.Equal("överlämna ärendet till hälso- och sjukvårdsnämnden utan eget förslag till beslut",
            registry.Resolve(ClauseReference.ForId("refer-without-proposal", "hälso- och sjukvårdsnämnden"), context));
        Assert.Equal("ge direktören i uppdrag att återkomma", registry.Resolve(ClauseReference.ForText("ge direktören i uppdrag att återkomma."), context));
    }

    [Fact]
    public void Beslutsunderlag_lines_list_the_remiss_the_response_and_extra_documents()
    {
        Assert.Equal(
            new[]
            {
                "Remiss från Socialdepartementet: betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)",
                "Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)",
                "Tjänsteutlåtande 2025-03-13",
            },
            StandardWording.DecisionDocuments(Referral(), new[] { "Tjänsteutlåtande 2025-03-13" }));
    }
}
