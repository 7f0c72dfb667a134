using Remiss.Core;

namespace Remiss.Templates;

/// <summary>
/// The text of a new remiss file: every key of <see cref="RemissSchema.Root"/> with its Swedish help
/// (<see cref="YamlTemplate"/>), the values <c>remiss new</c> was given filled in.
/// </summary>
internal static class NewFileTemplate
{
    /// <summary>Put before the help of a key that <c>new --from</c> could not fill, so the officer sees what is left.</summary>
    public const string MissingMark = "SAKNAS på remissidan, fyll i: ";

    public static string Render(NewFileValues values, string schemaReference, bool organisationApplies = false)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["remiss.kind"] = values.Kind ?? values.ImpliedKind ?? "other",
        };
        AddQuoted("remiss.number", values.Number);
        AddQuoted("remiss.title", values.Title);
        AddQuoted("remiss.department", values.Department);
        AddQuoted("remiss.department_dnr", values.DepartmentDnr);
        AddAddresses("remiss.reply_to", values.ReplyTo);
        AddAddresses("remiss.reply_cc", values.ReplyCc);
        if (values.Deadline is { } deadline)
        {
            given["remiss.deadline"] = deadline.ToString();
        }

        given["format"] = RemissFile.CurrentFormat;
        given["decision.clauses"] = "[submit-response, immediate-adjustment]";

        // Keys whose value comes from elsewhere stay in the file as help, commented out.
        var commentedOut = new HashSet<string>(StringComparer.Ordinal);
        if (values.NoComment)
        {
            given["response.position"] = RemissSchema.PositionName(Position.NoComment);
            commentedOut.Add("memo");
        }

        if (organisationApplies)
        {
            commentedOut.Add("case.organisation");
        }

        string[] header =
        [
            "yaml-language-server: $schema=" + schemaReference,
            "Remissfil (format remiss/1). Fyll i värdena, kontrollera med 'remiss check' och skriv ut med 'remiss render'.",
            "Rader som börjar med # är kommentarer; ta bort # framför en valfri nyckel för att använda den.",
            .. values.Header,
        ];
        var extras = new YamlTemplateExtras
        {
            Notes = values.Notes,
            Marks = values.Missing.ToDictionary(key => key, _ => MissingMark, StringComparer.Ordinal),
            Lists = values.Lists.ToDictionary(
                p => p.Key,
                p => (IReadOnlyList<(string Value, string? Comment)>)p.Value.Select(item => (YamlTemplate.Quote(item.Value), item.Comment)).ToList(),
                StringComparer.Ordinal),
            Items = values.ExtendedUntil is { } until
                ? new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>
                {
                    // The department extended the remiss period for everyone: one live item, when it was granted left to fill in.
                    ["remiss.extensions"] = [new Dictionary<string, string> { ["until"] = until.ToString() }],
                }
                : new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(),
        };
        return YamlTemplate.Render(RemissSchema.Root, header, given, commentedOut, extras);

        // One address as a value, several as a flow list: the two forms remiss.reply_to and reply_cc take.
        void AddAddresses(string key, IReadOnlyList<string> addresses)
        {
            if (addresses.Count > 0)
            {
                given[key] = addresses.Count == 1 ? YamlTemplate.Quote(addresses[0]) : "[" + string.Join(", ", addresses.Select(YamlTemplate.Quote)) + "]";
            }
        }

        void AddQuoted(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                given[key] = YamlTemplate.Quote(value.Trim());
            }
        }
    }
}
