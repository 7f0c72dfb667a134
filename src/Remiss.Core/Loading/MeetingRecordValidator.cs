namespace Remiss.Core;

/// <summary>
/// The rules of ORGANISATION.md §7 on one recorded meeting: each proposal has what its motion needs, the outcome and
/// the vote name proposals that were made and agree with each other, reservations and jäv fit the proposals. Every
/// finding is located at the key it is about and says what to do.
/// </summary>
internal static class MeetingRecordValidator
{
    /// <summary>Checks <paramref name="record"/>, the item at <paramref name="at"/>; <paramref name="body"/> is its body in the organisation file, when there is one.</summary>
    public static void Check(RecordedMeeting record, string at, OrganisationBody? body, ClauseRegistry registry, HouseStyle style, SourceReporter report)
    {
        var p = record.Proceedings;
        if (p.IsEmpty)
        {
            return;
        }

        for (var i = 0; i < p.Proposals.Count; i++)
        {
            CheckProposal(p.Proposals[i], record, YamlNodeReader.Join(at, $"proposals[{i}]"), body, registry, style, report);
        }

        var outcomeValid = CheckNumbers(p, at, report);
        if (outcomeValid)
        {
            CheckOutcome(p, at, report);
        }

        if (p.Vote is { } vote)
        {
            CheckVote(vote, p, at, outcomeValid, report);
        }

        CheckReservations(p, at, report);
        CheckDisqualified(p, at, report);
    }

    private static void CheckProposal(Proposal proposal, RecordedMeeting record, string at, OrganisationBody? body, ClauseRegistry registry, HouseStyle style, SourceReporter report)
    {
        var motion = RemissSchema.MotionName(proposal.Motion);
        var changes = proposal.Motion is Motion.Add or Motion.Amend;
        if (changes && proposal.Clauses.IsEmpty)
        {
            report(DiagnosticDescriptors.MotionWithoutClauses, YamlNodeReader.Join(at, "motion"), motion, proposal.Motion == Motion.Add ? "tillägg" : "ändring");
        }

        if (!changes && !proposal.Clauses.IsEmpty)
        {
            report(DiagnosticDescriptors.KeyNotForMotion, YamlNodeReader.Join(at, "clauses"), "clauses", motion, "att-satser hör till add (tillägg) och amend (ändring)");
        }

        for (var i = 0; i < proposal.Clauses.Count; i++)
        {
            RemissValidator.CheckClause(proposal.Clauses[i], YamlNodeReader.Join(at, $"clauses[{i}]"), registry, style, report);
        }

        if (proposal.Motion == Motion.ReferBack)
        {
            if (string.IsNullOrWhiteSpace(proposal.Reason))
            {
                report(DiagnosticDescriptors.ReferBackWithoutReason, YamlNodeReader.Join(at, "motion"));
            }
        }
        else
        {
            foreach (var (key, value) in new[] { ("to", proposal.To), ("reason", proposal.Reason) })
            {
                if (value is not null)
                {
                    report(DiagnosticDescriptors.KeyNotForMotion, YamlNodeReader.Join(at, key), key, motion, "mottagare och motivering hör till refer-back (återremiss)");
                }
            }
        }

        if (proposal.Motion != Motion.Table)
        {
            if (proposal.Date is not null)
            {
                report(DiagnosticDescriptors.KeyNotForMotion, YamlNodeReader.Join(at, "date"), "date", motion, "datumet hör till table (bordläggning)");
            }

            return;
        }

        if (proposal.Date is not { } date)
        {
            report(DiagnosticDescriptors.TableWithoutDate, YamlNodeReader.Join(at, "motion"));
        }
        else if (date <= record.Date)
        {
            report(DiagnosticDescriptors.TableDateNotLater, YamlNodeReader.Join(at, "date"), date, record.Date, record.Body);
        }
        else if (body is { Meetings.IsEmpty: false } && !body.Meetings.Contains(date))
        {
            report(DiagnosticDescriptors.TableDateNotInCalendar, YamlNodeReader.Join(at, "date"), body.Name, date, string.Join(", ", body.Meetings));
        }
    }

    /// <summary>Every number in <c>outcome</c> and the vote names a proposal that was made; true when the outcome's all do.</summary>
    private static bool CheckNumbers(MeetingProceedings p, string at, SourceReporter report)
    {
        var valid = true;
        for (var i = 0; i < p.Outcome.Count; i++)
        {
            valid &= CheckNumber(p, p.Outcome[i], YamlNodeReader.Join(at, $"outcome[{i}]"), report);
        }

        return valid;
    }

    private static bool CheckNumber(MeetingProceedings p, int number, string path, SourceReporter report)
    {
        if (DecisionRoute.ProposalAt(p, number) is not null)
        {
            return true;
        }

        var count = p.Proposals.Count;
        report(DiagnosticDescriptors.ProposalNotMade, path, path, number,
            count == 0 ? "inga yrkanden har gjorts" : count == 1 ? "bara ett yrkande har gjorts" : $"bara {count} yrkanden har gjorts");
        return false;
    }

    private static void CheckOutcome(MeetingProceedings p, string at, SourceReporter report)
    {
        var carried = DecisionRoute.Carried(p).Distinct().OrderBy(n => n).Select(n => (Number: n, Proposal: p.Proposals[n - 1])).ToList();
        var procedural = carried.Where(c => c.Proposal.IsProcedural).ToList();
        var main = carried.Where(c => c.Proposal.Motion is Motion.Approve or Motion.Reject or Motion.Amend).ToList();
        var alternatives = main.Where(c => c.Proposal.Motion != Motion.Approve).ToList();
        string? problem = null;
        if (procedural.Count > 0 && carried.Count > 1)
        {
            var other = carried.First(c => c.Number != procedural[0].Number);
            problem = $"yrkande {procedural[0].Number} ({Describe(procedural[0].Proposal.Motion)}) och yrkande {other.Number}: ett ärende som {(procedural[0].Proposal.Motion == Motion.ReferBack ? "återremitteras" : "bordläggs")} avgörs inte vid sammanträdet";
        }
        else if (alternatives.Count > 0 && main.Count > 1)
        {
            var (first, second) = (main[0], main[1]);
            problem = $"yrkande {first.Number} ({Describe(first.Proposal.Motion)}) och yrkande {second.Number} ({Describe(second.Proposal.Motion)}) är olika svar på samma fråga";
        }
        else if (alternatives.Count == 1 && alternatives[0].Proposal.Motion == Motion.Reject && carried.FirstOrDefault(c => c.Proposal.Motion == Motion.Add) is { Proposal: not null } addition)
        {
            problem = $"yrkande {addition.Number} (tillägg) till ett förslag som avslogs (yrkande {alternatives[0].Number})";
        }

        if (problem is not null)
        {
            report(DiagnosticDescriptors.OutcomeContradictory, YamlNodeReader.Join(at, "outcome"), problem);
        }
    }

    private static void CheckVote(Vote vote, MeetingProceedings p, string at, bool outcomeValid, SourceReporter report)
    {
        var path = YamlNodeReader.Join(at, "vote");
        var yesValid = CheckNumber(p, vote.Yes, YamlNodeReader.Join(path, "yes"), report);
        var noValid = CheckNumber(p, vote.No, YamlNodeReader.Join(path, "no"), report);
        CheckRollCall(vote.Result, YamlNodeReader.Join(path, "result"), report);
        if (!yesValid || !noValid)
        {
            return;
        }

        var (yes, no) = (p.Proposals[vote.Yes - 1], p.Proposals[vote.No - 1]);
        var alternatives = vote.Yes == vote.No
            ? $"ja och nej står båda för yrkande {vote.Yes}"
            : yes.Motion == Motion.Approve && no.Motion == Motion.Approve
                ? $"yrkande {vote.Yes} och {vote.No} yrkar båda bifall till förslaget"
                : (yes.Motion == Motion.Add || no.Motion == Motion.Add) && !yes.IsProcedural && !no.IsProcedural && (yes.Motion == Motion.Add ? no : yes).Motion != Motion.Approve
                    ? $"ett tillägg (yrkande {(yes.Motion == Motion.Add ? vote.Yes : vote.No)}) ställs mot bifall till förslaget, inte mot yrkande {(yes.Motion == Motion.Add ? vote.No : vote.Yes)}"
                    : null;
        if (alternatives is not null)
        {
            report(DiagnosticDescriptors.VoteAlternatives, path, alternatives);
            return;
        }

        var result = vote.Result;
        var counted = DecisionRoute.CountWinner(vote);
        if (counted is null && !vote.CastingVote)
        {
            report(DiagnosticDescriptors.TieWithoutCastingVote, YamlNodeReader.Join(path, "result"), result.Yes, result.No, string.Empty);
            return;
        }

        if (counted is not null && vote.CastingVote)
        {
            report(DiagnosticDescriptors.CastingVoteWithoutTie, YamlNodeReader.Join(path, "casting_vote"), result.Yes, result.No);
            return;
        }

        if (!outcomeValid)
        {
            return;
        }

        var decided = DecisionRoute.OutcomeWinner(vote, p);
        if (counted is null)
        {
            if (decided is null)
            {
                report(DiagnosticDescriptors.TieWithoutCastingVote, YamlNodeReader.Join(path, "result"), result.Yes, result.No,
                    $", och 'outcome' bifaller {(DecisionRoute.IsCarried(p, vote.Yes) ? "båda" : "inget")} av yrkande {vote.Yes} och {vote.No}");
            }

            return;
        }

        if (decided != counted)
        {
            var said = decided is { } other
                ? $"bifaller yrkande {other}"
                : $"bifaller {(DecisionRoute.IsCarried(p, vote.Yes) ? "båda" : "inget")} av yrkande {vote.Yes} och {vote.No}";
            report(DiagnosticDescriptors.VoteContradictsOutcome, p.Outcome.IsEmpty ? YamlNodeReader.Join(path, "result") : YamlNodeReader.Join(at, "outcome"), result.Yes, result.No, $"yrkande {counted}", said);
        }
    }

    private static void CheckRollCall(VoteTally tally, string path, SourceReporter report)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (names, side) in new[] { (tally.YesNames, "ja"), (tally.NoNames, "nej"), (tally.AbstainNames, "avstår") })
        {
            foreach (var name in names)
            {
                var key = name.Trim();
                if (seen.TryGetValue(key, out var first))
                {
                    report(DiagnosticDescriptors.RollCallDisagrees, path,
                        first == side ? $"{key} står två gånger bland {side}" : $"{key} står både bland {first} och bland {side}");
                    return;
                }

                seen[key] = side;
            }
        }
    }

    private static void CheckReservations(MeetingProceedings p, string at, SourceReporter report)
    {
        for (var i = 0; i < p.Reservations.Count; i++)
        {
            foreach (var name in p.Reservations[i].By)
            {
                for (var j = 0; j < p.Proposals.Count; j++)
                {
                    if (p.Proposals[j].By.Any(b => MeetingRecordWording.SameName(b, name)) && DecisionRoute.IsCarried(p, j + 1) && DecisionRoute.ProposalAt(p, j + 1) is not null)
                    {
                        report(DiagnosticDescriptors.ReservationAgainstOwnProposal, YamlNodeReader.Join(at, $"reservations[{i}].by"), name.Trim(), j + 1);
                        return;
                    }
                }
            }
        }
    }

    private static void CheckDisqualified(MeetingProceedings p, string at, SourceReporter report)
    {
        foreach (var name in p.Disqualified)
        {
            var proposal = p.Proposals.Select((x, i) => (x, i)).FirstOrDefault(x => x.x.By.Any(b => MeetingRecordWording.SameName(b, name)));
            if (proposal.x is not null)
            {
                report(DiagnosticDescriptors.DisqualifiedTakesPart, YamlNodeReader.Join(at, "disqualified"), name.Trim(), $"yrkar (yrkande {proposal.i + 1})", $"'proposals[{proposal.i}].by'");
                return;
            }

            if (p.Vote?.Result.Names.Any(n => MeetingRecordWording.SameName(n, name)) == true)
            {
                report(DiagnosticDescriptors.DisqualifiedTakesPart, YamlNodeReader.Join(at, "disqualified"), name.Trim(), "röstar i omröstningen", "namnuppropet i 'vote.result'");
                return;
            }
        }
    }

    private static string Describe(Motion motion) => motion switch
    {
        Motion.Approve => "bifall",
        Motion.Reject => "avslag",
        Motion.Add => "tillägg",
        Motion.Amend => "ändring",
        Motion.ReferBack => "återremiss",
        _ => "bordläggning",
    };
}
