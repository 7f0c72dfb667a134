using System.Text;
using Remiss.Core;

namespace Remiss.Generators;

/// <summary>
/// Writes an organisation file as a typed class nested in <c>Organisations</c>: its name, the whole
/// <see cref="OrganisationFile"/>, and one <see cref="OrganisationBody"/> property per body, named from its id.
/// </summary>
internal sealed class OrganisationEmitter : ValueEmitter
{
    /// <summary>The class all organisation classes are nested in.</summary>
    public const string ContainerClass = "Organisations";

    /// <summary>Member names of an organisation class that a body's property cannot take.</summary>
    public static IReadOnlyList<string> Members { get; } = new[] { "Name", "Organisation", "Bodies", "Organisation_Value" };

    /// <summary>One organisation file's class; <paramref name="bodyNames"/> holds each body's property name (null: it has none, RMS0064).</summary>
    public static string ClassSource(GeneratorOptions options, string className, string path, OrganisationFile file, IReadOnlyList<string?> bodyNames)
    {
        var e = new OrganisationEmitter();
        var fileName = CSharp.FileName(path);
        e.Line(CSharp.Header(fileName).TrimEnd('\n'));
        e.Line(string.Empty);
        e.Line($"namespace {options.Namespace}");
        e.Open();
        e.Line($"partial class {ContainerClass}");
        e.Open();
        e.Line($"/// <summary>{CSharp.XmlText(file.Name)}: the organisation file <c>{CSharp.XmlText(fileName)}</c>, compiled at build time.</summary>");
        e.Line(CSharp.GeneratedCodeAttribute.Trim());
        e.Line($"public static class {className}");
        e.Open();
        e.Line("/// <summary>The organisation's name, as the documents print it.</summary>");
        e.Line($"public const string Name = {CSharp.Literal(file.Name)};");
        e.Line(string.Empty);
        e.Line($"/// <summary>The whole organisation file (for <c>LoadOptions.Organisation</c> when loading remiss files at run time).</summary>");
        e.Line($"public static {CSharp.Core}OrganisationFile Organisation => Organisation_Value.Value;");
        e.Line(string.Empty);
        e.Line("/// <summary>Every body, in the order the file lists them.</summary>");
        e.Line($"public static global::System.Collections.Generic.IReadOnlyList<{CSharp.Core}OrganisationBody> Bodies => Organisation_Value.Value.Bodies;");
        for (var i = 0; i < file.Bodies.Count; i++)
        {
            if (bodyNames[i] is not { } property)
            {
                continue;
            }

            var body = file.Bodies[i];
            var meetings = body.Meetings.IsEmpty ? "no meetings listed" : $"{body.Meetings.Count} meetings, {body.Meetings[0]} to {body.Meetings[body.Meetings.Count - 1]}";
            e.Line(string.Empty);
            e.Line($"/// <summary>{CSharp.XmlText(body.Name)} (id <c>{CSharp.XmlText(body.Id)}</c>; {meetings}).</summary>");
            e.Line($"public static {CSharp.Core}OrganisationBody {property} => Organisation_Value.Value.Bodies[{i}];");
        }

        e.Line(string.Empty);
        e.Line("// Built on first use, thread-safely.");
        e.Line("private static class Organisation_Value");
        e.Open();
        e.Write($"internal static readonly {CSharp.Core}OrganisationFile Value = ");
        e.File(file);
        e.Append(";\n");
        e.Close();
        e.Close();
        e.Close();
        e.Close();
        return e.Text;
    }

    /// <summary>The <c>Organisations</c> class declaration, with its documentation.</summary>
    public static string Container(GeneratorOptions options, EquatableArray<NameClaim> classes)
    {
        var files = string.Join(", ", classes.Select(c => CSharp.FileName(c.Path)).Distinct().OrderBy(f => f, StringComparer.Ordinal));
        var b = new StringBuilder(CSharp.Header("every organisation.yaml file of the project"));
        b.Append($"namespace {options.Namespace}\n{{\n");
        b.Append($"    /// <summary>The project's organisation files ({CSharp.XmlText(files)}): one class each, with its bodies as properties.</summary>\n");
        b.Append(CSharp.GeneratedCodeAttribute);
        b.Append($"    public static partial class {ContainerClass}\n    {{\n    }}\n}}\n");
        return b.ToString();
    }

    private void File(OrganisationFile file) => New("OrganisationFile", new Action[]
        {
            () => Named("Format", Str(file.Format)),
            () => Named("Name", Str(file.Name)),
            () => Named("HouseStyle", $"{CSharp.Core}HouseStyle.{file.HouseStyle}"),
            () => Named("ReferenceDocx", Str(file.ReferenceDocx)),
            () => Named("Templates", Str(file.Templates)),
            () => { Named("Registries", null); Strings(file.Registries); },
            () => { Named("Bodies", null); Array("OrganisationBody", file.Bodies, Body); },
        }.Concat(file.Minutes.Equals(OrganisationMinutes.Default)
            ? System.Array.Empty<Action>()
            : new Action[] { () => Named("Minutes", $"new {CSharp.Core}OrganisationMinutes(DecisionHeading: {Str(file.Minutes.DecisionHeading)}, KeptAt: {Str(file.Minutes.KeptAt)}, CertifiedBy: {Signatory(file.Minutes.CertifiedBy)})") }).ToArray());

    private static string Body(OrganisationBody body)
    {
        var meetings = body.Meetings.IsEmpty
            ? $"{CSharp.Core}EquatableArray<{CSharp.Core}CalendarDate>.Empty"
            : $"{CSharp.Core}EquatableArray.Create<{CSharp.Core}CalendarDate>({string.Join(", ", body.Meetings.Select(m => Date(m)))})";
        var signatories = body.Signatories.IsEmpty
            ? $"{CSharp.Core}EquatableArray<{CSharp.Core}Signatory>.Empty"
            : $"{CSharp.Core}EquatableArray.Create<{CSharp.Core}Signatory>({string.Join(", ", body.Signatories.Select(s => $"new {CSharp.Core}Signatory(Name: {Str(s.Name)}, Role: {Str(s.Role)})"))})";
        return $"new {CSharp.Core}OrganisationBody(Id: {Str(body.Id)}, Name: {Str(body.Name)}, PapersDueDays: {body.PapersDueDays}, AdjustmentDays: {body.AdjustmentDays}, Meetings: {meetings}, Signatories: {signatories})";
    }
}
