using Remiss.Cli.Output;
using Remiss.Core;
using Remiss.Templates;
using Spectre.Console;

namespace Remiss.Cli.Commands;

/// <summary>
/// One <c>render</c> invocation: load and render each file, then, holding the output folder's lock,
/// check every target against the folder's record and write all of that file's outputs or none (PDFs included,
/// written by Remiss); with the LibreOffice engine, the PDFs come last, from a single LibreOffice call. The lock
/// is held only to check and write, so parallel renders into one folder take turns for milliseconds and keep
/// each other's entries.
/// </summary>
internal sealed partial class RenderRun(CliEnvironment env, RenderRequest request)
{
    /// <summary>How long a render waits for another one's lock on the same folder before giving up.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    // One renderer per organisation file (its templates and reference .docx), made on first use; "" is none.
    private readonly Dictionary<string, RemissRenderer> _renderers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _warnedFolders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cleanedFolders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _targetsThisRun = new(StringComparer.Ordinal);
    private readonly List<PendingPdf> _pendingPdfs = [];
    private readonly List<(bool IsError, string Line)> _buffer = [];
    private readonly List<(string Source, string Subject)> _subjects = [];
    private bool _buffering;
    private int _failures;

    /// <summary>Renders everything and returns the exit code.</summary>
    public int Execute()
    {
        // A progress bar only where someone watches it: many files, on a terminal.
        if (request.Files.Count > 1 && env.IsTerminal)
        {
            // Lines wait until the bar is gone, so they are not drawn over.
            _buffering = true;
            env.CreateConsole().Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context => RenderAll(context.AddTask("Renderar", maxValue: request.Files.Count + 1)));
            _buffering = false;
            foreach (var (isError, line) in _buffer)
            {
                (isError ? env.Error : env.Out).WriteLine(line);
            }
        }
        else
        {
            RenderAll(progress: null);
        }

        // Last, where the officer looks when attaching the files to the e-mail.
        foreach (var (source, subject) in _subjects)
        {
            env.Out.WriteLine(_subjects.Count == 1
                ? $"Ämnesrad för e-post till departementet: {subject}"
                : $"Ämnesrad för e-post till departementet ({source}): {subject}");
        }

        return _failures > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private void RenderAll(ProgressTask? progress)
    {
        foreach (var file in request.Files)
        {
            progress?.Description = Markup.Escape(Path.GetFileName(file));
            RenderFile(file);
            progress?.Increment(1);
        }

        progress?.Description = "PDF";
        ConvertPdfs();
        progress?.Increment(1);
    }

    private void RenderFile(string source)
    {
        var loaded = request.Organisations.Load(source, d => Out(d.ToString()));
        var result = loaded.Result;
        foreach (var diagnostic in result.Diagnostics)
        {
            Out(diagnostic.ToString());
        }

        if (result.File is not { } remiss)
        {
            Fail($"remiss: {source} har fel och renderades inte. Rätta felen ovan (kör 'remiss check {source}') och försök igen.");
            return;
        }

        if (request.OnlyExtracts && remiss.Decision.Meetings.IsEmpty)
        {
            Fail($"remiss: {source} har inga protokollsutdrag att skriva: skriv in organens beslut under 'decision.meetings' (organ, datum och paragraf) först.");
            return;
        }

        if (request.OnlyNotices && JusteringNotice.AllOf(remiss).Count == 0)
        {
            Fail($"remiss: {source} har inga anslag att skriva: skriv under 'adjusted' i posten i 'decision.meetings' dagen då protokollet justerades (åååå-mm-dd) först.");
            return;
        }

        RemissRenderer renderer;
        try
        {
            renderer = RendererFor(loaded);
        }
        catch (RenderException e)
        {
            Fail($"remiss: {source} renderades inte: {e.Message}");
            return;
        }

        var directory = request.OutputDirectory ?? (Path.GetDirectoryName(source) is { Length: > 0 } folder ? folder : ".");
        var targets = Targets(remiss);

        // A seal or PDF/A that LibreOffice would not make is refused before anything of the file is written.
        if (targets.Where(t => t.Format == OutputFormat.Pdf).Select(t => renderer.LibreOfficeRefusal(t.Document.Kind)).OfType<string>().FirstOrDefault() is { } refusal)
        {
            Fail($"remiss: {source} renderades inte: error {refusal}");
            return;
        }

        // Two remiss files of this run bound for one name are refused before anything is rendered.
        var clashes = targets.Select(t => Clash(directory, t.FileName, source)).OfType<string>().ToList();
        if (clashes.Count > 0)
        {
            clashes.ForEach(Fail);
            Fail($"remiss: inget skrevs för {source}.");
            return;
        }

        // The .docx records its remiss file and the hash of the bytes loaded, for 'remiss pull' (ROUNDTRIP.md §1).
        var origin = RenderSource.For(directory, loaded);

        // Render everything first, so a template error leaves no half-written set behind. LibreOffice's PDFs wait
        // for the end of the run, where they are made in one LibreOffice call; the native engine's are made here, and
        // an e-mail draft attaches the .docx and .pdf made of its document here (or makes them).
        var deferPdf = renderer.Options.PdfEngine == PdfEngine.LibreOffice;
        var rendered = new List<(Target Target, byte[] Bytes)>();
        try
        {
            // Each document's template runs once, however many formats are asked of it.
            foreach (var document in targets.Where(t => !(deferPdf && t.Format == OutputFormat.Pdf)).GroupBy(t => t.Document))
            {
                rendered.AddRange(document.Zip(renderer.Render(remiss, document.Key, document.Select(t => t.Format).ToList(), origin)));
            }
        }
        catch (RenderException e)
        {
            // The message is the user's to act on (a template error is already file(line,col): …).
            Fail($"remiss: {source} renderades inte:");
            Error(e.Message);
            return;
        }

        // A draft without a recipient is written, and said before it.
        if (remiss.Remiss.ReplyTo.IsEmpty && targets.FirstOrDefault(t => t.Format == OutputFormat.Eml) is { } draft)
        {
            Out(DiagnosticDescriptors.NoReplyAddress.Create(source, result.Sources?["remiss"] ?? SourceSpan.Start, draft.FileName).ToString());
        }

        // Every target (deferred PDFs too) is checked before anything is written, so a refusal never leaves half a set.
        var outputs = rendered.Select(r => new RenderOutput(r.Target.FileName, r.Bytes, source)).ToList();
        if (!WriteInFolder(directory, targets.Select(t => t.FileName).ToList(), outputs, $"remiss: inget skrevs för {source}."))
        {
            return;
        }

        if (deferPdf)
        {
            _pendingPdfs.AddRange(targets.Where(t => t.Format == OutputFormat.Pdf).Select(t => new PendingPdf(renderer, remiss, t.Document, directory, t.FileName, source)));
        }

        if (request.Documents.Contains(DocumentKind.Yttrande))
        {
            _subjects.Add((source, OutputNames.EmailSubject(remiss)));
        }
    }

    /// <summary>
    /// The renderer for a file's organisation: the command line's templates and reference .docx, else the
    /// organisation file's; the clause registry the file was loaded with, so every id that checks also renders.
    /// </summary>
    private RemissRenderer RendererFor(LoadedRemiss loaded)
    {
        var key = loaded.Organisation?.Path ?? string.Empty;
        var paths = loaded.Organisation?.Paths;
        if (!_renderers.TryGetValue(key, out var renderer))
        {
            // The command line's choices over the organisation file's.
            var organisation = RenderOptions.For(paths, loaded.Registry);
            renderer = new RemissRenderer(organisation with
            {
                TemplateDirectory = request.RenderOptions.TemplateDirectory ?? organisation.TemplateDirectory,
                ReferenceDocx = request.RenderOptions.ReferenceDocx ?? organisation.ReferenceDocx,
                PdfEngine = request.PdfEngine ?? organisation.PdfEngine,
                PdfProfile = request.PdfProfile ?? organisation.PdfProfile,
                Seal = request.RenderOptions.Seal,
            });
            _renderers[key] = renderer;
        }

        return renderer;
    }

    private List<Target> Targets(RemissFile remiss) =>
        RemissDocument.Of(remiss, request.Documents)
            .SelectMany(document => request.Formats.Where(format => WantsFormat(remiss, document, format))
                .Select(format => new Target(document, format, OutputNames.FileName(remiss, document, format))))
            .ToList();

    private string? Clash(string directory, string fileName, string source)
    {
        var path = Path.GetFullPath(Path.Combine(directory, fileName));
        if (_targetsThisRun.TryGetValue(path, out var other) && other != source)
        {
            return $"remiss: {Path.Combine(directory, fileName)} skrivs redan från {other} i den här körningen. Ge remisserna olika department_dnr eller number, eller rendera dem till olika mappar.";
        }

        _targetsThisRun[path] = source;
        return null;
    }

    /// <summary>
    /// Holding the folder's lock: removes what killed runs left (the first time), reads the record as it is now, checks
    /// <paramref name="checkedNames"/> against it and, when none is refused, writes <paramref name="outputs"/>.
    /// False (after saying why) when something was refused or could not be written.
    /// </summary>
    private bool WriteInFolder(string directory, IReadOnlyList<string> checkedNames, IReadOnlyList<RenderOutput> outputs, string refusedSummary)
    {
        try
        {
            using var folderLock = OutputFolderLock.Acquire(directory, LockTimeout,
                () => Out($"Väntar på att en annan 'remiss render' i {directory} blir klar …"));
            // What killed runs left is removed once per folder: under the lock no live render has temporary files there.
            if (_cleanedFolders.Add(Path.GetFullPath(directory)))
            {
                AtomicFile.RemoveStale(directory);
            }

            var manifest = RenderManifest.Load(directory, out var problem);
            if (problem is not null && _warnedFolders.Add(Path.GetFullPath(directory)))
            {
                Error("remiss: varning: " + problem);
            }

            var refusals = request.Force ? [] : checkedNames.Select(name => manifest.WhyProtected(name) ?? ReviewComments.WhyProtected(Path.Combine(directory, name))).OfType<string>().ToList();
            if (refusals.Count > 0)
            {
                refusals.ForEach(r => Fail("remiss: " + r));
                Fail(refusedSummary);
                if (manifest.IsChanged)
                {
                    manifest.Save(); // what loading settled
                }

                return false;
            }

            if (outputs.Count > 0)
            {
                manifest.Commit(outputs);
            }
            else if (manifest.IsChanged)
            {
                manifest.Save();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail($"remiss: kunde inte skriva i {directory}: {e.Message}");
            return false;
        }

        foreach (var output in outputs)
        {
            Out($"Skrev {Path.Combine(directory, output.FileName)}");
        }

        return true;
    }

    private void ConvertPdfs()
    {
        // One LibreOffice call per renderer (normally one for the whole run), since starting LibreOffice dominates.
        foreach (var batch in _pendingPdfs.GroupBy(p => p.Renderer))
        {
            IReadOnlyList<byte[]> pdfs;
            try
            {
                pdfs = batch.Key.RenderPdfs(batch.Select(p => (p.File, p.Document)));
            }
            catch (RenderException e)
            {
                Fail($"remiss: PDF kunde inte skapas: {e.Message}");
                continue;
            }

            // Checked again under the lock: another run may have written the PDF since the first check.
            var made = batch.Zip(pdfs).ToList();
            foreach (var folder in made.GroupBy(m => m.First.Directory))
            {
                var outputs = folder.Select(m => new RenderOutput(m.First.FileName, m.Second, m.First.Source)).ToList();
                WriteInFolder(folder.Key, outputs.Select(o => o.FileName).ToList(), outputs, "remiss: PDF:erna ovan skrevs inte.");
            }
        }
    }

    private void Out(string line) => Emit(false, line);

    private void Error(string line) => Emit(true, line);

    private void Fail(string line)
    {
        _failures++;
        Error(line);
    }

    private void Emit(bool isError, string line)
    {
        if (_buffering)
        {
            _buffer.Add((isError, line));
        }
        else
        {
            (isError ? env.Error : env.Out).WriteLine(line);
        }
    }

    private sealed record Target(RemissDocument Document, OutputFormat Format, string FileName);

    private sealed record PendingPdf(RemissRenderer Renderer, RemissFile File, RemissDocument Document, string Directory, string FileName, string Source);
}
