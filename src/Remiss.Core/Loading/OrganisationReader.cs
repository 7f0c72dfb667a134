using YamlDotNet.RepresentationModel;

namespace Remiss.Core;

/// <summary>Builds the <see cref="OrganisationFile"/> model from the YAML tree.</summary>
internal sealed class OrganisationReader
{
    private static readonly SchemaNode Root = OrganisationSchema.Root;
    private readonly YamlNodeReader _r;

    public OrganisationReader(YamlNodeReader reader) => _r = reader;

    /// <summary>The model, with empty values where the file had errors; null when the root is not a mapping.</summary>
    public OrganisationFile? Read(YamlNode root)
    {
        var fields = _r.Mapping(root, Root, string.Empty);
        if (fields is null)
        {
            return null;
        }

        var format = _r.Format(fields, OrganisationFile.CurrentFormat);

        var bodySchema = Root.Child("bodies")!.Items!;
        var bodies = new List<OrganisationBody>();
        var items = _r.Sequence(fields, "bodies");
        for (var i = 0; i < items.Count; i++)
        {
            var body = ReadBody(_r.Mapping(items[i], bodySchema, $"bodies[{i}]"), bodySchema);
            if (body is not null)
            {
                bodies.Add(body);
            }
        }

        var minutes = _r.Mapping(fields.Get("minutes"), Root.Child("minutes")!, "minutes");
        return new OrganisationFile(
            format ?? OrganisationFile.CurrentFormat,
            _r.Text(fields, "name", required: true) ?? string.Empty,
            OrganisationSchema.ParseHouseStyle(_r.Choice(fields, "house_style", OrganisationSchema.HouseStyleValues)) ?? HouseStyle.Att,
            _r.Text(fields, "reference_docx"),
            _r.Text(fields, "templates"),
            _r.TextList(fields, "registries"),
            bodies.ToEquatableArray(),
            ReadMinutes(minutes))
        {
            PdfEngine = OrganisationSchema.ParsePdfEngine(_r.Choice(fields, "pdf_engine", OrganisationSchema.PdfEngineValues)),
            PdfProfile = OrganisationSchema.ParsePdfProfile(_r.Choice(fields, "pdf_profile", OrganisationSchema.PdfProfileValues)),
        };
    }

    /// <summary><c>minutes</c>: the decision route's heading (§7), and where the minutes are kept and who certifies the justering notices (§8).</summary>
    private OrganisationMinutes ReadMinutes(YamlNodeReader.Fields? minutes)
    {
        var certifier = _r.Mapping(minutes?.Get("certified_by"), Root.Child("minutes")!.Child("certified_by")!, "minutes.certified_by");
        return new OrganisationMinutes(
            _r.Text(minutes, "decision_heading"),
            _r.Text(minutes, "kept_at"),
            certifier is null ? null : new Signatory(_r.Text(certifier, "name", required: true) ?? string.Empty, _r.Text(certifier, "role")));
    }

    private OrganisationBody? ReadBody(YamlNodeReader.Fields? f, SchemaNode schema)
    {
        if (f is null)
        {
            return null;
        }

        var meetings = new List<CalendarDate>();
        var dates = _r.Sequence(f, "meetings");
        for (var i = 0; i < dates.Count; i++)
        {
            if (_r.Date(dates[i], $"{f.Path}.meetings[{i}]", required: true) is { } date)
            {
                meetings.Add(date);
            }
        }

        var signatories = new List<Signatory>();
        var people = _r.Sequence(f, "signatories");
        for (var i = 0; i < people.Count; i++)
        {
            var person = _r.Mapping(people[i], schema.Child("signatories")!.Items!, $"{f.Path}.signatories[{i}]");
            if (person is not null)
            {
                signatories.Add(new Signatory(_r.Text(person, "name", required: true) ?? string.Empty, _r.Text(person, "role")));
            }
        }

        return new OrganisationBody(
            _r.Text(f, "id", required: true) ?? string.Empty,
            _r.Text(f, "name", required: true) ?? string.Empty,
            _r.Integer(f, "papers_due_days") ?? OrganisationBody.DefaultPapersDueDays,
            _r.Integer(f, "adjustment_days") ?? OrganisationBody.DefaultAdjustmentDays,
            meetings.ToEquatableArray(),
            signatories.ToEquatableArray());
    }
}
