using System.CommandLine;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>remiss wording --path BODY… --clause ID-or-text…</c>: the decision text for any ärende, without a
/// remiss file, for the registry office; composed by Core (<see cref="DecisionWording.Compose"/>), printed here. A clause is a registry id (<c>immediate-adjustment</c>), an id
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
            var clauseRegistry = registry.Load(parse, env);
            var meetingFile = parse.GetValue(meeting);
            if (meetingFile is not null && !File.Exists(meetingFile))
            {
                throw new UsageException($"Hittar inte sammanträdesfilen '{meetingFile}'.");
            }

            var result = DecisionWording.Compose(
                parse.GetRequiredValue(path),
                [.. (parse.GetValue(clause) ?? []).Select(c => WrittenClause.Parse(c, clauseRegistry))],
                new WordingFacts(parse.GetValue(title), parse.GetValue(kind), parse.GetValue(number), parse.GetValue(department), parse.GetValue(organisation)),
                parse.GetValue(style),
                clauseRegistry,
                meetingFile is null ? null : new WordingMeeting(meetingFile),
                OptionFor);
            foreach (var diagnostic in result.MeetingDiagnostics)
            {
                env.Error.WriteLine(diagnostic);
            }

            if (result.Problem is { } problem)
            {
                // A request of the wrong shape is bad usage (exit 2); what Core's rules refuse is an error with its code (exit 1).
                var where = problem.Field switch
                {
                    WordingField.Clause => $"--clause '{parse.GetValue(clause)![problem.Index!.Value]}'",
                    WordingField.Meeting => $"sammanträdesfilen '{meetingFile}'",
                    _ => OptionFor(problem.Field),
                };
                if (problem.Code is null)
                {
                    throw new UsageException($"{where}: {problem.Message}");
                }

                env.Error.WriteLine($"remiss: {where}: {problem.Code}: {problem.Message}");
                return ExitCodes.Errors;
            }

            env.Out.WriteLine(result.ToText(Environment.NewLine));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The option that gives what <paramref name="field"/> names.</summary>
    private static string OptionFor(WordingField field) => field switch
    {
        WordingField.Path => "--path",
        WordingField.Clauses or WordingField.Clause => "--clause",
        WordingField.Style => "--style",
        WordingField.Kind => "--kind",
        WordingField.Title => "--title (och --kind, --number)",
        WordingField.Department => "--department",
        WordingField.Organisation => "--organisation",
        _ => "--meeting",
    };
}
