using System.CommandLine;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>remiss wording --path BODY… --clause ID-or-text…</c>: the decision text for any ärende, without a
/// remiss file, for the registry office. A clause is a registry id (<c>immediate-adjustment</c>), an id
/// with its argument (<c>refer-without-proposal: regionstyrelsen</c>; several as <c>id: name=value; name=value</c>),
/// or the officer's own text. With <c>--meeting FILE</c> (ORGANISATION.md §7): <c>Beslut:</c> as the meeting's outcome
/// has it and the §'s proposals, decision route and vote, for a secretary who only wants the text.
/// </summary>
internal static class WordingCommand
{
    public static Command Create(CliEnvironment env)
    {
        var path = new Option<string[]>("--path", "-p")
        {
            Description = "Organen i ordning: det som föreslår först, det som beslutar sist.",
            HelpName = "BODY",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var clause = new Option<string[]>("--clause", "-c")
        {
            Description = "Att-satserna i ordning: ett id, 'id: argument' eller egen text. Med --meeting: förslaget som organet beslutade om.",
            HelpName = "ID-or-text",
            AllowMultipleArgumentsPerToken = true,
        };
        var meeting = new Option<string?>("--meeting", "-m")
        {
            Description = "Vad som hände på sammanträdet (YAML med nycklarna i en post under decision.meetings: proposals, vote, outcome, reservations, …): skriv Beslut: som utfallet ger och paragrafens yrkanden, beslutsgång och omröstning.",
            HelpName = "FILE",
        };
        var registry = new RegistryOption();
        var title = new Option<string?>("--title") { Description = "Remissens titel, för satser som nämner den (submit-response)." };
        var kind = new Option<string>("--kind") { Description = "betänkande, promemoria eller other.", DefaultValueFactory = _ => "other" };
        kind.AcceptOnlyFromAmong([.. RemissSchema.KindValues]);
        var number = new Option<string?>("--number") { Description = "Remissens nummer, t.ex. \"SOU 2024:72\"." };
        var department = new Option<string?>("--department") { Description = "Avsändande departement." };
        var organisation = new Option<string?>("--organisation") { Description = "Den som svarar, t.ex. Region Västernorrland." };
        var style = new Option<string>("--style")
        {
            Description = "att: att-satser (standard); numbered: numrerade meningar (organisationer med house_style: numbered).",
            DefaultValueFactory = _ => OrganisationSchema.HouseStyleName(HouseStyle.Att),
        };
        style.AcceptOnlyFromAmong([.. OrganisationSchema.HouseStyleValues]);

        var command = new Command("wording", "Skriv beslutstexten (inledning och att-satser) utan remissfil, t.ex. för registrator.")
        {
            path, clause, registry, title, kind, number, department, organisation, style, meeting,
        };
        command.SetAction(parse =>
        {
            var context = new ContextValues(parse.GetValue(title), parse.GetValue(kind)!, parse.GetValue(number), parse.GetValue(department), parse.GetValue(organisation));
            var bodies = parse.GetRequiredValue(path).Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
            if (bodies.Count == 0)
            {
                throw new UsageException("--path: ange minst ett organ.");
            }

            var written = parse.GetValue(clause) ?? [];
            var meetingFile = parse.GetValue(meeting);
            if (written.Length == 0 && meetingFile is null)
            {
                throw new UsageException("--clause: ange minst en att-sats (eller ett sammanträde med --meeting).");
            }

            var clauseRegistry = registry.Load(parse, env);
            var houseStyle = OrganisationSchema.ParseHouseStyle(parse.GetValue(style)) ?? HouseStyle.Att;
            var texts = new List<string>();
            var references = new List<ClauseReference>();
            foreach (var item in written)
            {
                var text = ResolveClause(item, clauseRegistry, context, houseStyle, out var reference, out var problem);
                if (text is null)
                {
                    env.Error.WriteLine($"remiss: {problem}");
                    return ExitCodes.Errors;
                }

                texts.Add(text);
                references.Add(reference!);
            }

            if (meetingFile is not null)
            {
                return WriteMeeting(meetingFile, bodies, references, new MeetingRecordWording(clauseRegistry, context.ToClauseContext(), houseStyle), clauseRegistry, houseStyle, env);
            }

            env.Out.WriteLine(DecisionText.For(bodies, texts, houseStyle).ToText(Environment.NewLine));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// <c>--meeting FILE</c>: the record read and checked by Core (<see cref="MeetingRecordLoader"/>), its diagnostics on
    /// standard error, then <c>Beslut:</c> and the sections, worded by Core (<see cref="MeetingRecordWording"/>).
    /// </summary>
    private static int WriteMeeting(string file, List<string> bodies, List<ClauseReference> proposal, MeetingRecordWording wording, ClauseRegistry registry, HouseStyle style, CliEnvironment env)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"Hittar inte sammanträdesfilen '{file}'.");
        }

        var result = MeetingRecordLoader.LoadFile(file, bodies, registry, style);
        foreach (var diagnostic in result.Diagnostics)
        {
            env.Error.WriteLine(diagnostic);
        }

        if (result.Meeting is not { } record)
        {
            throw new CommandFailedException($"sammanträdesfilen '{file}' har fel; rätta dem och försök igen.");
        }

        var index = DecisionRoute.PathIndex(bodies, record);
        if (proposal.Count == 0 && DecisionRoute.DecidesMatter(record.Proceedings))
        {
            throw new UsageException("--clause: ange förslagets att-satser; sammanträdet avgjorde ärendet, och Beslut: skrivs med dem.");
        }

        var decision = wording.Decision(bodies, index, record.Proceedings, proposal);
        env.Out.WriteLine(MeetingRecordWording.ToText(decision, wording.Sections(bodies, index, record.Proceedings), Environment.NewLine));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The clause text for what the user typed, or null with the reason, and the reference it was resolved from (an id,
    /// or the own text in <paramref name="style"/>'s form). In the numbered style an id gives its statement form and own
    /// text is the statement itself.
    /// </summary>
    internal static string? ResolveClause(string written, ClauseRegistry registry, ContextValues context, HouseStyle style, out ClauseReference? resolved, out string? problem)
    {
        problem = null;
        resolved = null;
        written = written.Trim();
        var colon = written.IndexOf(':', StringComparison.Ordinal);
        var id = colon > 0 ? written[..colon].Trim() : written;
        if (!registry.TryGet(id, out var definition))
        {
            // Something shaped like an id (kebab-case with a hyphen) that is not known is a typo, not text.
            if (colon < 0 && ClauseDefinition.IsValidId(written) && written.Contains('-', StringComparison.Ordinal)
                && registry.Check(ClauseReference.ForId(written), style) is { } unknown)
            {
                problem = $"{unknown.Code}: {unknown.Message}";
                return null;
            }

            var own = DecisionClauses.Normalize(written, style);
            resolved = style == HouseStyle.Numbered ? ClauseReference.ForStatement(own) : ClauseReference.ForText(own);
            return own;
        }

        var argumentText = colon > 0 ? written[(colon + 1)..].Trim() : string.Empty;
        var reference = argumentText.Length == 0
            ? ClauseReference.ForId(id)
            : definition.Parameters.Count > 1
                ? ClauseReference.ForId(id, NamedArguments(argumentText))
                : ClauseReference.ForId(id, argumentText);
        if (registry.Check(reference, style) is { } clauseProblem)
        {
            problem = $"{clauseProblem.Code}: {clauseProblem.Message}";
            return null;
        }

        var missing = definition.PlaceholdersIn(style).Where(p => ClauseDefinition.ContextPlaceholders.Contains(p) && !context.Has(p)).ToList();
        if (missing.Count > 0)
        {
            problem = $"att-satsen '{id}' behöver {string.Join(" och ", missing.Select(ContextValues.OptionFor).Distinct())}.";
            return null;
        }

        resolved = reference;
        return registry.Resolve(reference, context.ToClauseContext(), style);
    }

    private static IEnumerable<KeyValuePair<string, string>> NamedArguments(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .Select(pair => new KeyValuePair<string, string>(pair[0], pair.Length > 1 ? pair[1] : string.Empty));
}

/// <summary>The remiss facts a clause may name, given as options instead of a file.</summary>
internal sealed record ContextValues(string? Title, string Kind, string? Number, string? Department, string? Organisation)
{
    public bool Has(string placeholder) => placeholder switch
    {
        "response_title" or "document_name" => !string.IsNullOrWhiteSpace(Title),
        "department" => !string.IsNullOrWhiteSpace(Department),
        "organisation" => !string.IsNullOrWhiteSpace(Organisation),
        _ => true,
    };

    public static string OptionFor(string placeholder) => placeholder switch
    {
        "response_title" or "document_name" => "remissens titel: --title (och --kind, --number)",
        "department" => "departementet: --department",
        _ => "organisationen: --organisation",
    };

    public ClauseContext ToClauseContext() =>
        ClauseContext.For(Title, RemissSchema.ParseKind(Kind) ?? ReferralKind.Other, Number, Department, Organisation);
}
