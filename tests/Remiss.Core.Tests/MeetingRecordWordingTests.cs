using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Core.Tests;

/// <summary>Each sentence of ORGANISATION.md §7's table, to the character, from a record loaded out of a remiss file.</summary>
public class MeetingRecordWordingTests
{
    internal const string Hsu = "    - body: hsu\n      date: 2025-03-13\n      paragraph: 25\n";
    internal const string Hsn = "    - body: hsn\n      date: 2025-03-19\n      paragraph: 41\n";
    internal const string Add = "        - by: [Erica Stenberg (SD), Lars Ek (SD)]\n          motion: add\n          clauses:\n            - text: uppdra åt förvaltningen att följa upp frågan om läkarbemanning\n";
    internal const string Approve = "        - by: Viktoria Jansson (M)\n          motion: approve\n";
    internal const string ReferBack = "        - by: Anna Berg (V)\n          motion: refer-back\n          reason: Konsekvenserna för kommunerna behöver belysas.\n";

    internal static RemissFile Load(params string[] records)
    {
        var result = RemissLoader.Load(MeetingRecords.Example(TestFiles.ExampleText, records), "sou-2024-72.remiss.yaml", ExampleOrganisation.Options);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.File!;
    }

    /// <summary>Every line of a recorded meeting's sections: headings, paragraphs and clause lines, in order.</summary>
    internal static List<string> Lines(RemissFile file, int record = 0) =>
        MeetingRecordWording.For(file).Sections(file, file.Decision.Meetings[record])
            .SelectMany(s => s.Paragraphs.SelectMany(p => p.Clauses.Prepend(p.Text)).Prepend(s.Heading)).ToList();

    /// <summary><c>Beslut:</c>, its intro and clause lines, of a recorded meeting.</summary>
    internal static List<string> Decision(RemissFile file, int record = 0)
    {
        var decision = MeetingRecordWording.For(file).Decision(file, file.Decision.Meetings[record]);
        return decision.Clauses.Prepend(decision.Intro).Prepend(decision.Heading).ToList();
    }

    private const string ResponseClause = "att avge ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)”";

    [Fact]
    public void The_seeds_proposal_and_the_plain_question()
    {
        var file = Load(MeetingRecords.UtskottSeed);

        Assert.Equal(
            [
                "Yrkande",
                "Pia Lundin (SJVP) yrkar bifall till beredningens förslag.",
                "Beslutsgång",
                "Ordföranden frågar om hälso- och sjukvårdsutskottet kan besluta enligt beredningens förslag och finner att så sker.",
            ],
            Lines(file));
        Assert.Equal(["Beslut:", "Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar", ResponseClause + "; samt", "att förklara paragrafen för omedelbart justerad."], Decision(file));
    }

    [Fact]
    public void The_vasterbotten_shape_prints_every_section_in_order()
    {
        var file = Load(MeetingRecords.UtskottSeed, MeetingRecords.NamndVasterbotten);

        Assert.Equal(MeetingRecords.NamndLines, Lines(file, 1));
        Assert.Equal(["Beslut:", "Hälso- och sjukvårdsnämnden beslutar", ResponseClause + "; samt", "att förklara paragrafen för omedelbart justerad."], Decision(file, 1));
    }

    [Theory]
    [InlineData("        - by: Erica Stenberg (SD)\n          motion: reject\n", "Erica Stenberg (SD) yrkar avslag på hälso- och sjukvårdsutskottets förslag.")]
    [InlineData(Add, "Erica Stenberg (SD) och Lars Ek (SD) yrkar bifall till hälso- och sjukvårdsutskottets förslag med följande tillägg:")]
    [InlineData("        - by: Anna Berg (V)\n          motion: amend\n          clauses:\n            - text: avstyrka förslaget i sin helhet\n", "Anna Berg (V) yrkar att hälso- och sjukvårdsnämnden i stället beslutar")]
    [InlineData(ReferBack, "Anna Berg (V) yrkar att ärendet ska återremitteras till förvaltningen med följande motivering: Konsekvenserna för kommunerna behöver belysas.")]
    [InlineData("        - by: Anna Berg (V)\n          motion: refer-back\n          to: hälso- och sjukvårdsutskottet\n          reason: Kostnaderna är inte beräknade.\n", "Anna Berg (V) yrkar att ärendet ska återremitteras till hälso- och sjukvårdsutskottet med följande motivering: Kostnaderna är inte beräknade.")]
    [InlineData("        - by: [Anna Berg (V), Per Ek (V)]\n          motion: table\n          date: 2025-04-23\n", "Anna Berg (V) och Per Ek (V) yrkar att ärendet ska bordläggas till sammanträdet den 23 april 2025.")]
    public void Each_motion_has_its_sentence(string proposal, string sentence)
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn + "      proposals:\n" + proposal);

        Assert.Equal(sentence, Lines(file, 1)[1]);
    }

    [Fact]
    public void Add_and_amend_are_followed_by_their_clauses_in_the_house_style()
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn + "      proposals:\n" + Add
            + "        - by: Anna Berg (V)\n          motion: amend\n          clauses:\n            - text: avstyrka förslaget i sin helhet\n            - text: ge förvaltningen i uppdrag att utreda frågan\n");

        Assert.Equal(
            [
                "Yrkanden",
                "Erica Stenberg (SD) och Lars Ek (SD) yrkar bifall till hälso- och sjukvårdsutskottets förslag med följande tillägg:",
                "att uppdra åt förvaltningen att följa upp frågan om läkarbemanning.",
                "Anna Berg (V) yrkar att hälso- och sjukvårdsnämnden i stället beslutar",
                "att avstyrka förslaget i sin helhet; samt",
                "att ge förvaltningen i uppdrag att utreda frågan.",
            ],
            Lines(file, 1).Take(6));
    }

    [Fact]
    public void Two_competing_proposals_and_a_vote_with_a_roll_call()
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn
            + "      proposals:\n" + Approve + "        - by: Erica Stenberg (SD)\n          motion: reject\n"
            + "      vote:\n        yes: 1\n        no: 2\n        result:\n          yes: [Viktoria Jansson (M), Anna Berg (V), Dennis Moström (C)]\n          no: [Erica Stenberg (SD), Lars Ek (SD)]\n          abstain: [Per Ek (V)]\n");

        Assert.Equal(
            [
                "Yrkanden",
                "Viktoria Jansson (M) yrkar bifall till hälso- och sjukvårdsutskottets förslag.",
                "Erica Stenberg (SD) yrkar avslag på hälso- och sjukvårdsutskottets förslag.",
                "Beslutsgång",
                "Ordföranden ställer proposition på yrkandena och finner att hälso- och sjukvårdsutskottets förslag har bifallits.",
                "Omröstning",
                "Omröstning begärs.",
                "Följande voteringsproposition godkänns: Ja-röst för hälso- och sjukvårdsutskottets förslag, nej-röst för Erica Stenbergs (SD) yrkande.",
                "Omröstningen utfaller med 3 ja-röster mot 2 nej-röster. 1 ledamot avstår från att rösta.",
                "Ja: Viktoria Jansson (M), Anna Berg (V) och Dennis Moström (C).",
                "Nej: Erica Stenberg (SD) och Lars Ek (SD).",
                "Avstår: Per Ek (V).",
                "Hälso- och sjukvårdsnämnden beslutar därmed enligt hälso- och sjukvårdsutskottets förslag.",
            ],
            Lines(file, 1));
    }

    [Fact]
    public void A_tie_decided_by_the_casting_vote_for_the_rejection()
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn
            + "      proposals:\n" + Approve + "        - by: Erica Stenberg (SD)\n          motion: reject\n"
            + "      vote:\n        yes: 1\n        no: 2\n        result: { yes: 5, no: 5 }\n        casting_vote: true\n      outcome: [2]\n");

        var lines = Lines(file, 1);
        Assert.Equal("Ordföranden ställer proposition på yrkandena och finner att Erica Stenbergs (SD) yrkande har bifallits.", lines[4]);
        Assert.Equal(
            ["Omröstningen utfaller med 5 ja-röster mot 5 nej-röster.", "Hälso- och sjukvårdsnämnden beslutar med ordförandens utslagsröst enligt Erica Stenbergs (SD) yrkande."],
            lines.Skip(8));
        Assert.Equal(["Beslut:", "Hälso- och sjukvårdsnämnden beslutar", "att avslå hälso- och sjukvårdsutskottets förslag; samt", "att förklara paragrafen för omedelbart justerad."], Decision(file, 1));
        Assert.Null(ResponseWording.DecidingMeeting(file)); // no answer is decided
    }

    [Fact]
    public void An_addition_carried_after_the_main_question_comes_before_immediate_adjustment()
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn + "      proposals:\n" + Approve + Add + "      outcome: [1, 2]\n");

        Assert.Equal(
            [
                "Beslutsgång",
                "Ordföranden frågar om hälso- och sjukvårdsnämnden kan besluta enligt hälso- och sjukvårdsutskottets förslag och finner att så sker.",
                "Ordföranden ställer därefter proposition på bifall respektive avslag på yrkandet från Erica Stenberg (SD) och Lars Ek (SD) och finner att det har bifallits.",
            ],
            Lines(file, 1).Skip(4));
        Assert.Equal(
            ["Beslut:", "Hälso- och sjukvårdsnämnden beslutar", ResponseClause + ";", "att uppdra åt förvaltningen att följa upp frågan om läkarbemanning; samt", "att förklara paragrafen för omedelbart justerad."],
            Decision(file, 1));
    }

    [Fact]
    public void An_addition_carried_by_the_utskott_is_what_the_namnd_decides_on()
    {
        var file = Load(Hsu + "      proposals:\n" + Approve.Replace("Viktoria Jansson (M)", "Pia Lundin (SJVP)", StringComparison.Ordinal) + Add + "      outcome: [1, 2]\n", Hsn);

        Assert.Equal(
            ["Beslut:", "Hälso- och sjukvårdsnämnden beslutar", ResponseClause + ";", "att uppdra åt förvaltningen att följa upp frågan om läkarbemanning; samt", "att förklara paragrafen för omedelbart justerad."],
            Decision(file, 1));
    }

    [Fact]
    public void A_carried_amendment_replaces_the_clauses_but_immediate_adjustment_stays_last()
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn + "      proposals:\n" + Approve
            + "        - by: Anna Berg (V)\n          motion: amend\n          clauses:\n            - text: avstyrka förslaget i sin helhet\n      vote:\n        yes: 1\n        no: 2\n        result: { yes: 4, no: 9 }\n      outcome: [2]\n");

        Assert.Equal(["Beslut:", "Hälso- och sjukvårdsnämnden beslutar", "att avstyrka förslaget i sin helhet; samt", "att förklara paragrafen för omedelbart justerad."], Decision(file, 1));
        Assert.Equal("Hälso- och sjukvårdsnämnden beslutar därmed enligt Anna Bergs (V) yrkande.", Lines(file, 1)[^1]);
    }

    [Fact]
    public void A_referral_back_proposed_and_rejected_then_the_matter_decided()
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn + "      proposals:\n" + Approve + ReferBack);

        Assert.Equal(
            [
                "Beslutsgång",
                "Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att ärendet ska avgöras i dag.",
                "Ordföranden frågar om hälso- och sjukvårdsnämnden kan besluta enligt hälso- och sjukvårdsutskottets förslag och finner att så sker.",
            ],
            Lines(file, 1).Skip(3));
        Assert.Equal("Hälso- och sjukvårdsnämnden beslutar", Decision(file, 1)[1]);
        Assert.Equal(file.Decision.Meetings[1], ResponseWording.DecidingMeeting(file));
    }

    [Fact]
    public void A_referral_back_carried_decides_nothing_and_the_next_meeting_decides()
    {
        var referred = Hsn + "      proposals:\n" + Approve + ReferBack + "      outcome: [2]\n";
        var open = Load(MeetingRecords.UtskottSeed, referred);

        Assert.Equal(
            ["Beslutsgång", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att ärendet ska återremitteras."],
            Lines(open, 1).Skip(3));
        Assert.Equal(["Beslut:", "Hälso- och sjukvårdsnämnden beslutar att återremittera ärendet till förvaltningen."], Decision(open, 1));
        Assert.Null(ResponseWording.DecidingMeeting(open));
        Assert.Same(open.Decision.Meetings[1], DecisionRoute.OpenRecord(open));

        var decided = Load(MeetingRecords.UtskottSeed, referred, "    - body: hsn\n      date: 2025-04-23\n      paragraph: 52\n      proposals:\n" + Approve);
        Assert.Null(DecisionRoute.OpenRecord(decided));
        Assert.Equal(decided.Decision.Meetings[2], ResponseWording.DecidingMeeting(decided));
        Assert.Equal(["Beslut:", "Hälso- och sjukvårdsnämnden beslutar", ResponseClause + "; samt", "att förklara paragrafen för omedelbart justerad."], Decision(decided, 2));
    }

    [Fact]
    public void A_carried_tabling_decides_nothing()
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn + "      proposals:\n" + Approve
            + "        - by: Anna Berg (V)\n          motion: table\n          date: 2025-04-23\n      outcome: [2]\n");

        Assert.Equal("Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att ärendet ska bordläggas.", Lines(file, 1)[^1]);
        Assert.Equal(["Beslut:", "Hälso- och sjukvårdsnämnden beslutar att bordlägga ärendet till sammanträdet den 23 april 2025."], Decision(file, 1));
    }

    [Theory]
    [InlineData("        - by: [Erica Stenberg (SD), Lars Ek (SD)]\n", "Erica Stenberg (SD) och Lars Ek (SD) reserverar sig mot beslutet till förmån för det egna yrkandet.")]
    [InlineData("        - by: [Erica Stenberg (SD), Lars Ek (SD)]\n          written: true\n", "Erica Stenberg (SD) och Lars Ek (SD) reserverar sig mot beslutet till förmån för det egna yrkandet och anmäler skriftlig reservation.")]
    [InlineData("        - by: Per Ek (V)\n", "Per Ek (V) reserverar sig mot beslutet.")]
    [InlineData("        - by: Per Ek (V)\n          written: true\n", "Per Ek (V) reserverar sig mot beslutet och anmäler skriftlig reservation.")]
    public void A_reservation_for_the_own_proposal_or_without_one(string reservation, string sentence)
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn + "      proposals:\n" + Approve + Add + "      reservations:\n" + reservation);

        Assert.Equal(["Reservation", sentence], Lines(file, 1).Skip(7).Take(2));
    }

    [Fact]
    public void Plural_headings_for_several_reservations_and_entries()
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn + "      proposals:\n" + Approve + Add
            + "      reservations:\n        - by: Erica Stenberg (SD)\n        - by: Lars Ek (SD)\n"
            + "      entries:\n        - by: Anna Berg (V)\n          text: Första anteckningen.\n        - by: [Per Ek (V), Dennis Moström (C)]\n          text: Andra anteckningen.\n");

        Assert.Equal(
            [
                "Reservationer",
                "Erica Stenberg (SD) reserverar sig mot beslutet till förmån för det egna yrkandet.",
                "Lars Ek (SD) reserverar sig mot beslutet till förmån för det egna yrkandet.",
                "Protokollsanteckningar",
                "Anna Berg (V) antecknar följande till protokollet:",
                "Första anteckningen.",
                "Per Ek (V) och Dennis Moström (C) antecknar följande till protokollet:",
                "Andra anteckningen.",
            ],
            Lines(file, 1).Skip(7));
    }

    [Fact]
    public void Jav_and_not_taking_part_without_proposals()
    {
        var file = Load(MeetingRecords.UtskottSeed, Hsn + "      disqualified: Pia Lundin (SJVP)\n      not_taking_part: [Erica Stenberg (SD), Lars Ek (SD)]\n");

        Assert.Equal(
            ["Jäv", "Pia Lundin (SJVP) deltar inte i handläggningen av ärendet på grund av jäv.", "Deltagande i beslut", "Erica Stenberg (SD) och Lars Ek (SD) deltar inte i beslutet."],
            Lines(file, 1));
    }

    [Fact]
    public void An_organisation_may_call_the_decision_route_propositionsordning()
    {
        var organisation = ExampleOrganisation.Example with { Minutes = new OrganisationMinutes("Propositionsordning") };
        var result = RemissLoader.Load(MeetingRecords.Example(TestFiles.ExampleText, MeetingRecords.UtskottSeed), "x.remiss.yaml", new LoadOptions { Organisation = organisation });

        Assert.Equal("Propositionsordning", Lines(result.File!)[2]);
    }

    [Fact]
    public void In_the_numbered_style_clause_lines_are_statements()
    {
        var organisation = ExampleOrganisation.Example with { HouseStyle = HouseStyle.Numbered };
        var yaml = MeetingRecords.Example(TestFiles.ExampleText, MeetingRecords.UtskottSeed, Hsn + "      proposals:\n" + Approve
            + "        - by: Erica Stenberg (SD)\n          motion: add\n          clauses:\n            - statement: Förvaltningen får i uppdrag att följa upp frågan om läkarbemanning.\n      outcome: [1, 2]\n");
        var result = RemissLoader.Load(yaml, "x.remiss.yaml", new LoadOptions { Organisation = organisation });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));

        Assert.Equal("1. Förvaltningen får i uppdrag att följa upp frågan om läkarbemanning.", Lines(result.File!, 1)[3]);
        Assert.Equal(
            [
                "Beslut:",
                "Hälso- och sjukvårdsnämnden beslutar",
                "1. Yttrandet ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)” antas och överlämnas till Socialdepartementet.",
                "2. Förvaltningen får i uppdrag att följa upp frågan om läkarbemanning.",
                "3. Paragrafen justeras omedelbart.",
            ],
            Decision(result.File!, 1));
    }

    [Fact]
    public void Words_of_the_table()
    {
        Assert.Equal("beredningens förslag", MeetingRecordWording.ProposalOf(["Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden"], 0));
        Assert.Equal("hälso- och sjukvårdsutskottets förslag", MeetingRecordWording.ProposalOf(["Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden"], 1));
        Assert.Equal("Anna Bergs (V) yrkande", MeetingRecordWording.ProposersProposal(["Anna Berg (V)"]));
        Assert.Equal("Lars Eks (SD) yrkande", MeetingRecordWording.ProposersProposal(["Lars Ek (SD)"]));
        Assert.Equal("Hans Nilssons yrkande", MeetingRecordWording.ProposersProposal(["Hans Nilsson"]));
        Assert.Equal("Maria Ros (S) yrkande", MeetingRecordWording.ProposersProposal(["Maria Ros (S)"]));
        Assert.Equal("yrkandet från Erica Stenberg (SD) och Lars Ek (SD)", MeetingRecordWording.ProposersProposal(["Erica Stenberg (SD)", "Lars Ek (SD)"]));
        Assert.Equal("regionstyrelsens förslag", MeetingRecordWording.ProposalOf(["Regionstyrelsen", "Regionfullmäktige"], 1));
    }
}
