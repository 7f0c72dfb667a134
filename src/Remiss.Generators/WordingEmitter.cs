using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Remiss.Core;

namespace Remiss.Generators;

/// <summary>Writes a region's clauses as typed methods of the <c>Wording</c> class.</summary>
internal static class WordingEmitter
{
    /// <summary>One registry's clauses: a method and an id constant each.</summary>
    public static string Methods(GeneratorOptions options, string path, EquatableArray<LocatedClause> clauses)
    {
        var fileName = CSharp.FileName(path);
        var b = new StringBuilder(CSharp.Header(fileName));
        b.Append($"namespace {options.Namespace}\n{{\n    partial class {options.WordingClass}\n    {{\n");
        foreach (var clause in clauses)
        {
            Method(b, clause.Definition, fileName);
        }

        b.Append("        partial class Ids\n        {\n");
        foreach (var clause in clauses)
        {
            var d = clause.Definition;
            b.Append($"            /// <summary>The id <c>{CSharp.XmlText(d.Id)}</c> (<c>{CSharp.XmlText(fileName)}</c>).</summary>\n");
            b.Append($"            public const string {d.MethodName} = {CSharp.Literal(d.Id)};\n");
        }

        b.Append("        }\n    }\n}\n");
        return b.ToString();
    }

    /// <summary>The class declaration with every region clause as a definition, and a registry with them added.</summary>
    public static string Class(GeneratorOptions options, EquatableArray<LocatedClause> clauses)
    {
        var b = new StringBuilder(CSharp.Header("every *.wording.yaml file of the project"));
        b.Append($"namespace {options.Namespace}\n{{\n");
        b.Append("    /// <summary>\n");
        b.Append("    /// The region's standard clauses (<c>*.wording.yaml</c>): one method per clause, returning its text without\n");
        b.Append($"    /// <c>att </c> and punctuation (<see cref=\"{CSharp.Core}DecisionClauses.Punctuate\"/> adds them).\n");
        b.Append("    /// </summary>\n");
        b.Append(CSharp.GeneratedCodeAttribute);
        b.Append($"    public static partial class {options.WordingClass}\n    {{\n");
        b.Append("        /// <summary>The region's clause definitions, in file and then written order.</summary>\n");
        b.Append($"        public static global::System.Collections.Generic.IReadOnlyList<{CSharp.Core}ClauseDefinition> Definitions => Registry_Value.Definitions;\n\n");
        b.Append("        /// <summary>The built-in clauses plus the region's: pass it to the loader (<c>LoadOptions.Registry</c>) and the renderer.</summary>\n");
        b.Append($"        public static {CSharp.Core}ClauseRegistry Registry => Registry_Value.Registry;\n\n");
        b.Append("        /// <summary>The ids of the region's clauses, for <see cref=\"global::Remiss.Core.ClauseReference.ForId(string)\"/>.</summary>\n");
        b.Append("        public static partial class Ids\n        {\n        }\n\n");
        b.Append("        private static class Registry_Value\n        {\n");
        b.Append($"            internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<{CSharp.Core}ClauseDefinition> Definitions = new global::System.Collections.ObjectModel.ReadOnlyCollection<{CSharp.Core}ClauseDefinition>(new {CSharp.Core}ClauseDefinition[]\n            {{\n");
        foreach (var clause in clauses)
        {
            var d = clause.Definition;
            var statement = d.Statement is null ? string.Empty : ", " + CSharp.Literal(d.Statement);
            b.Append($"                new {CSharp.Core}ClauseDefinition({CSharp.Literal(d.Id)}, {CSharp.Literal(d.Text)}, {CSharp.Literal(d.Description)}{statement}),\n");
        }

        b.Append("            });\n\n");
        b.Append($"            internal static readonly {CSharp.Core}ClauseRegistry Registry = {CSharp.Core}ClauseRegistry.BuiltIn.With(Definitions);\n");
        b.Append("        }\n    }\n}\n");
        return b.ToString();
    }

    private static void Method(StringBuilder b, ClauseDefinition d, string fileName)
    {
        var parameters = new List<(string Placeholder, string Name)>();
        foreach (var placeholder in d.Placeholders)
        {
            // {a_b} and {a__b} are both aB in C#: the later one gets a number rather than a duplicate parameter.
            var name = ParameterName(placeholder);
            var unique = name;
            for (var i = 2; parameters.Any(p => p.Name == unique); i++)
            {
                unique = name + i;
            }

            parameters.Add((placeholder, unique));
        }

        b.Append("        /// <summary>\n");
        if (d.Description is { Length: > 0 } description)
        {
            b.Append($"        /// {CSharp.XmlText(description)}\n");
        }

        b.Append($"        /// Clause <c>{CSharp.XmlText(d.Id)}</c> from <c>{CSharp.XmlText(fileName)}</c>: ”{CSharp.XmlText(d.Text)}”.\n");
        b.Append("        /// </summary>\n");
        foreach (var (placeholder, name) in parameters)
        {
            var context = ClauseDefinition.ContextPlaceholders.Contains(placeholder) ? " (taken from the remiss when the clause is used by id)" : string.Empty;
            b.Append($"        /// <param name=\"{name.TrimStart('@')}\">The value of <c>{{{CSharp.XmlText(placeholder)}}}</c>{context}.</param>\n");
        }

        b.Append("        /// <returns>The clause text without <c>att </c> and punctuation.</returns>\n");
        b.Append($"        public static string {d.MethodName}({string.Join(", ", parameters.Select(p => "string " + p.Name))})\n        {{\n");
        foreach (var (_, name) in parameters)
        {
            b.Append($"            if ({name} is null) throw new global::System.ArgumentNullException(nameof({name}));\n");
        }

        b.Append($"            return {Body(d, parameters.ToDictionary(p => p.Placeholder, p => p.Name))};\n        }}\n\n");
    }

    /// <summary>
    /// The text as a concatenation of literals and parameters. Core's <see cref="ClauseDefinition.Render"/>
    /// fills each placeholder with its parameter name between markers, so the split follows Core's own
    /// placeholder rules.
    /// </summary>
    private static string Body(ClauseDefinition d, Dictionary<string, string> names)
    {
        var marker = '\uE000'; // a private-use character the text does not contain
        while (d.Text.IndexOf(marker) >= 0)
        {
            marker++;
        }

        var parts = d.Render(names.ToDictionary(n => n.Key, n => $"{marker}{n.Value}{marker}"))
            .Split(marker)
            .Select((part, i) => i % 2 == 1 ? part : part.Length == 0 ? null : CSharp.Literal(part))
            .OfType<string>()
            .ToList();
        return parts.Count switch
        {
            0 => CSharp.Literal(string.Empty),
            1 => parts[0],
            _ => "string.Concat(" + string.Join(", ", parts) + ")",
        };
    }

    private static string ParameterName(string placeholder)
    {
        var name = ClauseDefinition.ParameterName(placeholder);
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
