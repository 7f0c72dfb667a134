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
/// <remarks>
/// The index only says which names to offer: every read of a file (<see cref="Load"/>) is safe by itself
/// (<see cref="RegularFile"/>), so a name replaced by a link, a FIFO or a huge file between two scans is refused at its
/// read. The debounce still has a bound (<see cref="MaxDelay"/>): a folder that never falls quiet is scanned anyway.
/// </remarks>
internal sealed class RemissFolder : IDisposable
{
    /// <summary>A burst of changes is scanned at the latest this many debounce periods after its first event.</summary>
    public const int MaxDelayInDebounces = 8;

    private readonly FolderSettings _settings;
    private readonly ChangeFeed _feed;
    private readonly TimeSpan _debounce;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (byte[] Hash, long Version, FolderRemiss Loaded)> _cache = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _timer;
    private readonly Timer _retry;
    private long _burstStarted = -1;
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
        MaxDelay = _debounce * MaxDelayInDebounces;
        _timer = new Timer(_ => OnQuiet());
        _retry = new Timer(_ => OnRetry());
        Rescan();
        try
        {
            _watcher = new FileSystemWatcher(Root)
            {
                IncludeSubdirectories = true,
                // Attributes: a folder made readable again (chmod) is an event too.
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.Attributes,
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

    /// <summary>The longest a change waits for its scan while other changes keep arriving (8 × the debounce: 1.2 s by default).</summary>
    public TimeSpan MaxDelay { get; }

    /// <summary>The folders the last scan could not read (full paths); while there are any, the folder is scanned again every <see cref="MaxDelay"/>.</summary>
    public IReadOnlyList<string> Unreadable { get; private set; } = [];

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
        // Read by the folder's rule whatever the entry has become since the scan: gone or locked (an editor mid-save), a
        // link out of the folder, a FIFO, a device, over 1 MiB. Each is the entry's error, at the file, never a wait.
        if (_settings.Read(entry.FullPath, out var failure) is not { } bytes)
        {
            var refused = failure! with { FilePath = entry.RelativePath };
            var result = new LoadResult(null, EquatableArray.Create(refused));
            return new FolderRemiss(entry, new LoadedRemiss(entry.FullPath, result, null), _settings.RendererFor(null, Version), [refused]);
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
    /// A change: the scan waits until the folder has been quiet for the debounce, but never longer than <see cref="MaxDelay"/>
    /// after the first change it has not yet scanned (before, each event restarted the wait, so a file appended to every
    /// 50 ms kept every other change from being seen).
    /// </summary>
    private void Touch()
    {
        var now = Environment.TickCount64;
        lock (_gate)
        {
            if (_burstStarted < 0)
            {
                _burstStarted = now;
            }

            var latest = _burstStarted + (long)MaxDelay.TotalMilliseconds;
            var due = Math.Max(0, Math.Min((long)_debounce.TotalMilliseconds, latest - now));
            _timer.Change(TimeSpan.FromMilliseconds(due), Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// A file was saved by this server: the index and open pages are told now, not after the watcher's quiet time,
    /// so the preview follows a save at once (the watcher's own event follows and changes nothing more).
    /// </summary>
    public void Saved() => OnQuiet();

    private void OnQuiet()
    {
        lock (_gate)
        {
            // Changes from here on start the next burst: the scan below may already miss them.
            _burstStarted = -1;
        }

        Rescan();
        _feed.Publish(Interlocked.Increment(ref _version));
    }

    /// <summary>A folder could not be read at the last scan: scan again, and tell the pages only when the list changed.</summary>
    private void OnRetry()
    {
        var before = Entries;
        Rescan();
        if (!before.Select(e => e.RelativePath).SequenceEqual(Entries.Select(e => e.RelativePath), StringComparer.Ordinal))
        {
            _feed.Publish(Interlocked.Increment(ref _version));
        }
    }

    /// <summary>Finds the folder's remiss files again (also called by tests that do not wait for the watcher).</summary>
    public void Rescan()
    {
        // Numbered before the walk: scans may overlap (the timer does not wait for the last one), and a slow one that
        // started earlier must not replace what a later one found.
        var scan = BeginScan();
        var (files, unreadable) = Scan();
        if (Show(scan, files))
        {
            // A folder made unreadable (chmod 000) and readable again sends no event a watcher can rely on, and its files
            // send none until they change: look again until every folder could be read.
            Unreadable = unreadable;
            _retry.Change(unreadable.Count > 0 ? MaxDelay : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
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

    /// <summary>The folder's remiss files, relative to it with '/' separators, and the folders that could not be read.</summary>
    private (List<string> Files, IReadOnlyList<string> Unreadable) Scan()
    {
        try
        {
            var scan = RemissFileSearch.Scan(Root);
            return (scan.Files.Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/')).ToList(), scan.Unreadable);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], [Root]);
        }
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
        _retry.Dispose();
    }
}
