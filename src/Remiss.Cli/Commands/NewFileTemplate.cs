using Remiss.Cli.Schema;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>
/// The text of a new remiss file: every key of <see cref="RemissSchema.Root"/> with its Swedish help
/// (<see cref="YamlTemplate"/>), the values <c>remiss new</c> was given filled in.
/// </summary>
internal static class NewFileTemplate
{
    public static string Render(NewFileValues values, string schemaReference, bool organisationApplies = false)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["remiss.kind"] = values.ImpliedKind ?? "other",
        };
        AddQuoted("remiss.number", values.Number);
        AddQuoted("remiss.title", values.Title);
        AddQuoted("remiss.department", values.Department);
        AddQuoted("remiss.department_dnr", values.DepartmentDnr);
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
        ];
        return YamlTemplate.Render(RemissSchema.Root, header, given, commentedOut);

        void AddQuoted(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                given[key] = YamlTemplate.Quote(value.Trim());
            }
        }
    }
}
