using System.Text;
using Remiss.Core;

namespace Remiss.Generators;

/// <summary>Writes the <c>Remisser</c> class declaration with <c>All</c>; each file's property is in its own source.</summary>
internal static class ClassEmitter
{
    public static string Remisser(GeneratorOptions options, EquatableArray<NameClaim> winners)
    {
        var files = string.Join(", ", winners.Select(w => CSharp.FileName(w.Path)).OrderBy(f => f, StringComparer.Ordinal));
        var b = new StringBuilder(CSharp.Header("every *.remiss.yaml file of the project"));
        b.Append($"namespace {options.Namespace}\n{{\n");
        b.Append("    /// <summary>The project's remiss files (<c>*.remiss.yaml</c>), compiled at build time: one property per file.</summary>\n");
        b.Append(CSharp.GeneratedCodeAttribute);
        b.Append($"    public static partial class {options.RemisserClass}\n    {{\n");
        b.Append($"        /// <summary>Every remiss of the project, ordered by property name ({CSharp.XmlText(files)}).</summary>\n");
        b.Append($"        public static global::System.Collections.Generic.IReadOnlyList<{CSharp.Core}RemissFile> All => All_Value.Items;\n\n");
        b.Append("        private static class All_Value\n        {\n");
        b.Append($"            internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<{CSharp.Core}RemissFile> Items = new global::System.Collections.ObjectModel.ReadOnlyCollection<{CSharp.Core}RemissFile>(new {CSharp.Core}RemissFile[]\n            {{\n");
        foreach (var winner in winners)
        {
            b.Append($"                {winner.Name},\n");
        }

        b.Append("            });\n        }\n    }\n}\n");
        return b.ToString();
    }
}
