using System.Security.Cryptography;
using System.Text;
using Remiss.Core;
using Remiss.Server.Hosting;
using Remiss.Templates;

namespace Remiss.Server.Folder;

/// <summary>A remiss file of the folder, addressed by the server's own id (never by a path a request gives).</summary>
/// <param name="Id">URL-safe id from the file's path in the folder, e.g. <c>sou-2024-72</c>.</param>
/// <param name="RelativePath">The path inside the folder, with '/' separators, as the page shows it.</param>
/// <param name="FullPath">Where the file is.</param>
internal sealed record FolderEntry(string Id, string RelativePath, string FullPath);

/// <summary>
/// A file of the folder as it is now: Core's load (through the folder's workspace) with the paths of its diagnostics as
/// the page shows them (relative to the folder), and the renderer of its organisation.
/// </summary>
internal sealed record FolderRemiss(FolderEntry Entry, LoadedRemiss Loaded, RemissRenderer Renderer, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The model, or null when the file or its organisation file or registries have errors.</summary>
    public RemissFile? File => Loaded.HasErrors ? null : Loaded.File;

    /// <summary>The organisation file it was loaded with, or null.</summary>
    public OrganisationFile? Organisation => Loaded.Result.Organisation;

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>
/// The server's index of the folder's <c>*.remiss.yaml</c> files, kept current by a file-system watcher.
/// Every change (debounced, since editors save in several steps) bumps <see cref="Version"/> and is
/// published to open pages.
/// </summary>
internal sealed class RemissFolder : IDisposable
{
    private readonly FolderSettings _settings;
    private readonly ChangeFeed _feed;
    private readonly TimeSpan _debounce;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (byte[] Hash, long Version, FolderRemiss Loaded)> _cache = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _timer;
    private Dictionary<string, FolderEntry> _byId = new(StringComparer.Ordinal);
    private IReadOnlyList<FolderEntry> _entries = [];
    private long _version;
    private long _scansStarted;
    private long _scanShown;

    public RemissFolder(ServerOptions options, FolderSettings settings, ChangeFeed feed)
    {
        Root = Path.GetFullPath(options.Folder);
        _settings = settings;
        _feed = feed;
        _debounce = options.ChangeDebounce;
        _timer = new Timer(_ => OnQuiet());
        Rescan();
        try
        {
            _watcher = new FileSystemWatcher(Root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += (_, _) => Touch();
            _watcher.Created += (_, _) => Touch();
            _watcher.Deleted += (_, _) => Touch();
            _watcher.Renamed += (_, _) => Touch();
            // Too many changes at once (the watcher's buffer overflowed): the rescan finds them all.
            _watcher.Error += (_, _) => Touch();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // Without a watcher the page still works; it updates on reload.
            WatchProblem = e.Message;
        }
    }

    /// <summary>The folder, as a full path.</summary>
    public string Root { get; }

    /// <summary>Why changes are not watched (e.g. the system's inotify limit), or null.</summary>
    public string? WatchProblem { get; }

    /// <summary>Grows by one with every change seen in the folder.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The remiss files, ordered by path.</summary>
    public IReadOnlyList<FolderEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return _entries;
            }
        }
    }

    /// <summary>The entry with this id, or null: the id is only ever looked up, never used as a path.</summary>
    public FolderEntry? Find(string id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>The file as it is on disk now (cached while its bytes and its organisation are unchanged).</summary>
    public FolderRemiss Load(FolderEntry entry)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(entry.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or locked since the last scan (an editor mid-save): the loader's own code, at the file.
            var unreadable = DiagnosticDescriptors.FileUnreadable.Create(entry.RelativePath, SourceSpan.Start, e.Message);
            var result = new LoadResult(null, EquatableArray.Create(unreadable));
            return new FolderRemiss(entry, new LoadedRemiss(entry.FullPath, result, null), _settings.RendererFor(null, Version), [unreadable]);
        }

        var hash = SHA256.HashData(bytes);
        var organisation = _settings.OrganisationFor(entry.FullPath);
        lock (_gate)
        {
            if (_cache.TryGetValue(entry.Id, out var cached) && cached.Hash.AsSpan().SequenceEqual(hash) && cached.Loaded.Entry == entry
                && ReferenceEquals(cached.Loaded.Loaded.Organisation, organisation) && cached.Version == Version)
            {
                return cached.Loaded;
            }
        }

        var loaded = _settings.Load(entry.FullPath, bytes);
        var shown = loaded.AllDiagnostics.Select(d => d with { FilePath = Shown(d.FilePath) }).ToList();
        var remiss = new FolderRemiss(entry, loaded, _settings.RendererFor(loaded.Organisation, Version), shown);
        lock (_gate)
        {
            _cache[entry.Id] = (hash, Version, remiss);
        }

        return remiss;
    }

    /// <summary>A path as the page shows it: relative to the served folder when inside it, else as it is.</summary>
    private string Shown(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// A file was saved by this server: the index and open pages are told now, not after the watcher's quiet time,
    /// so the preview follows a save at once (the watcher's own event follows and changes nothing more).
    /// </summary>
    public void Saved() => OnQuiet();

    private void Touch() => _timer.Change(_debounce, Timeout.InfiniteTimeSpan);

    private void OnQuiet()
    {
        Rescan();
        _feed.Publish(Interlocked.Increment(ref _version));
    }

    /// <summary>Finds the folder's remiss files again (also called by tests that do not wait for the watcher).</summary>
    public void Rescan()
    {
        // Numbered before the walk: scans may overlap (the timer does not wait for the last one), and a slow one that
        // started earlier must not replace what a later one found.
        var scan = BeginScan();
        Show(scan, Scan());
    }

    /// <summary>The number the next scan will have; tests use it to finish scans out of order.</summary>
    internal long BeginScan() => Interlocked.Increment(ref _scansStarted);

    /// <summary>
    /// Makes what scan number <paramref name="scan"/> found the index, unless a later scan's index is already shown;
    /// true when it was shown.
    /// </summary>
    internal bool Show(long scan, IReadOnlyList<string> files)
    {
        var byId = new Dictionary<string, FolderEntry>(StringComparer.Ordinal);
        var entries = new List<FolderEntry>(files.Count);
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            var id = IdFor(relative);
            if (byId.ContainsKey(id))
            {
                // The next free number after the last one this id was given, so many files with one id stay linear.
                var baseId = id;
                var n = taken.GetValueOrDefault(baseId, 1);
                do
                {
                    n++;
                    id = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                while (byId.ContainsKey(id));
                taken[baseId] = n;
            }

            var entry = new FolderEntry(id, relative, Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar)));
            byId[id] = entry;
            entries.Add(entry);
        }

        lock (_gate)
        {
            if (scan <= _scanShown)
            {
                return false;
            }

            _scanShown = scan;
            _byId = byId;
            _entries = entries;
            foreach (var stale in _cache.Keys.Where(k => !byId.ContainsKey(k)).ToList())
            {
                _cache.Remove(stale);
            }
        }

        return true;
    }

    /// <summary>The folder's remiss files, relative to it with '/' separators.</summary>
    private List<string> Scan()
    {
        List<string> files;
        try
        {
            files = RemissFileSearch.Find(Root)
                .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = [];
        }

        return files;
    }

    /// <summary><c>remisser/SOU 2024-72.remiss.yaml</c> → <c>remisser-sou-2024-72</c>: readable in a URL, and only [a-z0-9-].</summary>
    internal static string IdFor(string relativePath)
    {
        var name = relativePath.EndsWith(RemissFile.FileExtension, StringComparison.OrdinalIgnoreCase) ? relativePath[..^RemissFile.FileExtension.Length] : relativePath;
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var id = builder.ToString().Trim('-');
        return id.Length == 0 ? "remiss" : id;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _timer.Dispose();
    }
}
