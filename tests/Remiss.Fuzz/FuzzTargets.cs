using System.Text;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Fuzz;

/// <summary>
/// Every fuzz target. The loaders get the raw bytes (so encoding errors are fuzzed too); the Markdown
/// target puts the text into every Markdown field of the shared example and renders it through the
/// public <see cref="RemissRenderer"/>, the way a loaded file reaches the Word writer.
/// </summary>
public static class FuzzTargets
{
    // Lazy: under afl-fuzz no instrumented code (Core, Templates, YamlDotNet, Markdig) may run before
    // Fuzzer.Run has mapped the coverage memory, and the targets are looked up before that.
    internal static readonly Lazy<RemissRenderer> Renderer = new(() => new RemissRenderer());

    private static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml");

    private static readonly Lazy<RemissFile> Example = new(() =>
        RemissLoader.LoadFile(ExamplePath).File ?? throw new InvalidOperationException("The shared example does not load."));

    /// <summary>The targets by name.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("remiss", ".remiss.yaml", Remiss),
        new("wording", ".wording.yaml", Wording),
        new("organisation", "organisation.yaml", Organisation),
        new("markdown", ".md", Markdown),
        new("page", ".txt", ReaderTargets.PageText),
        new("page-html", ".html", ReaderTargets.PageHtml),
        new("plan", ".plan", ReaderTargets.Plan),
        new("api", ".api.json", ReaderTargets.ApiBody),
        new("pull", ".docx", PullTargets.Docx),
        new("pull-parts", ".parts", PullTargets.Parts),
        new("folder", ".folder", FolderTarget.Run),
        new("framing", ".http", FramingTarget.Run),
    ];

    /// <summary>The target called <paramref name="name"/>, or null.</summary>
    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The remiss loader never throws, never answers RMS0005, locates every diagnostic; a file it accepts renders.</summary>
    public static void Remiss(byte[] input)
    {
        const string path = "fuzz.remiss.yaml";
        var result = RemissLoader.Load(input, path);
        FuzzTarget.CheckDiagnostics(result.Diagnostics, path, FuzzTarget.LineCount(input));
        if (result.File is { } file)
        {
            RenderEverything(file);
        }
    }

    /// <summary>The wording-registry loader: the same promises; its clauses are usable in a registry.</summary>
    public static void Wording(byte[] input)
    {
        const string path = "fuzz.wording.yaml";
        var result = WordingLoader.Load(input, path);
        FuzzTarget.CheckDiagnostics(result.Diagnostics, path, FuzzTarget.LineCount(input));
        if (!result.HasErrors)
        {
            _ = ClauseRegistry.BuiltIn.With(result.Definitions);
        }
    }

    /// <summary>
    /// The organisation loader: the same promises; an organisation it accepts loads the shared example with
    /// it (the organisation's names, bodies and signatories merged in), which keeps them too and renders.
    /// Referenced paths are not looked up on disk, so a run does not depend on the folder it runs in.
    /// </summary>
    public static void Organisation(byte[] input)
    {
        const string path = "fuzz/organisation.yaml";
        var result = OrganisationLoader.Load(input, path, new OrganisationLoadOptions { PathExists = null });
        FuzzTarget.CheckDiagnostics(result.Diagnostics, path, FuzzTarget.LineCount(input));
        if (result.File is { } organisation)
        {
            var example = File.ReadAllBytes(ExamplePath);
            var remiss = RemissLoader.Load(example, "fuzz/sou-2024-72.remiss.yaml", new LoadOptions { Organisation = organisation, OrganisationPath = path });
            foreach (var d in remiss.Diagnostics)
            {
                // Diagnostics that point into the organisation file are located there.
                FuzzTarget.CheckDiagnostics([d], d.FilePath == path ? path : "fuzz/sou-2024-72.remiss.yaml", d.FilePath == path ? FuzzTarget.LineCount(input) : FuzzTarget.LineCount(example));
            }

            if (remiss.File is { } file)
            {
                RenderEverything(file);
            }
        }
    }

    /// <summary>Markdown the loader accepts, in the example's Markdown fields, renders to md, html and a valid .docx.</summary>
    public static void Markdown(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        if (RefusedCharacters.Find(text) is not null)
        {
            return; // the loader refuses it (RMS0241), so no field holds it
        }

        var example = Example.Value;
        var comments = example.Response.Comments.Select(c => c with { Text = text }).ToEquatableArray();
        RenderEverything(example with
        {
            Memo = new Memo(text, text),
            Response = example.Response with { Summary = text, Comments = comments },
        });
    }

    /// <summary>
    /// Both documents, and the protocol extract of each recorded meeting, in md, html and docx; the .docx
    /// must pass OpenXmlValidator.
    /// </summary>
    public static void RenderEverything(RemissFile file)
    {
        foreach (var document in new[] { DocumentKind.Yttrande, DocumentKind.Tjansteutlatande })
        {
            Check(document.ToString(), format => Renderer.Value.Render(file, document, format));
        }

        foreach (var meeting in file.Decision.Meetings)
        {
            Check($"{DocumentKind.Protokollsutdrag} {meeting.Body} {meeting.Date}", format => Renderer.Value.Render(file, meeting, format));
        }
    }

    private static void Check(string what, Func<OutputFormat, byte[]> render)
    {
        _ = render(OutputFormat.Markdown);
        _ = render(OutputFormat.Html);
        var problems = DocxValidity.Problems(render(OutputFormat.Docx));
        if (problems.Count > 0)
        {
            throw new FuzzFinding(FindingKind.InvalidDocx, $"{what}: {string.Join("; ", problems.Take(3))}");
        }
    }
}
