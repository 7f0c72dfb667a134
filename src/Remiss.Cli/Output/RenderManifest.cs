using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remiss.Cli.Output;

/// <summary>
/// The record <c>render</c> keeps in an output folder (<c>.remiss-render.json</c>) of what it last wrote
/// there: file name → SHA-256 and the source, relative to the folder (so a colleague opening the same
/// shared folder reads the same record). A file whose bytes no longer match was changed by someone
/// (edited in Word) and is not replaced without <c>--force</c>.
/// </summary>
/// <remarks>
/// Read, change and write it only while holding the folder's <see cref="OutputFolderLock"/>: every
/// render then merges into what the others wrote. <see cref="Commit"/> replaces outputs in two steps so
/// that a run killed at any moment leaves a record that describes the disk: the new hashes are recorded
/// as <c>pending</c> before the renames and made final after them; <see cref="Load"/> settles a pending
/// entry by the bytes actually on disk.
/// </remarks>
internal sealed class RenderManifest
{
    /// <summary>The manifest's file name inside the output folder.</summary>
    public const string FileName = ".remiss-render.json";

    /// <summary>The record's format: 2 has relative sources and <c>pending</c>; 1 (absolute sources) is still read.</summary>
    public const int CurrentVersion = 2;

    // Source-generated (CliJsonContext), so the native tool needs no reflection; "pending" only when set.
    private static readonly CliJsonContext Json = CliJsonContext.With(options =>
    {
        options.WriteIndented = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    });

    private readonly string _directory;
    private readonly SortedDictionary<string, RenderRecordEntry> _files;

    private RenderManifest(string directory, SortedDictionary<string, RenderRecordEntry> files)
    {
        _directory = directory;
        _files = files;
    }

    /// <summary>The output folder.</summary>
    public string Directory => _directory;

    /// <summary>The entries by file name, ordinal order.</summary>
    public IReadOnlyDictionary<string, RenderRecordEntry> Files => _files;

    /// <summary>True when the record in memory differs from the file (written, or settled on loading).</summary>
    public bool IsChanged { get; private set; }

    /// <summary>
    /// Reads the record of a folder; an absent one is empty, an unreadable one is reported through
    /// <paramref name="problem"/> and treated as empty. Entries left pending by a killed run are settled
    /// by the bytes on disk, and sources of version 1 (absolute paths) are made relative.
    /// </summary>
    public static RenderManifest Load(string directory, out string? problem)
    {
        problem = null;
        var path = Path.Combine(directory, FileName);
        var files = new SortedDictionary<string, RenderRecordEntry>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            try
            {
                var bytes = Core.RegularFile.Read(path, MaxReadBytes, out var unread)
                    ?? throw new JsonException(unread!.Message);
                var data = JsonSerializer.Deserialize(bytes, Json.RenderRecordData);
                foreach (var (name, entry) in data?.Files ?? [])
                {
                    files[name] = entry;
                }
            }
            catch (JsonException e)
            {
                // Treated as empty: every existing output then counts as not written by us, so nothing is lost.
                problem = $"{path} kunde inte läsas ({e.Message}); befintliga filer skyddas som om de vore redigerade.";
            }
        }

        var manifest = new RenderManifest(directory, files);
        manifest.Settle();
        return manifest;
    }

    /// <summary>The largest output (or record) read back to compare: far above any document render writes.</summary>
    private const int MaxReadBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The hash of an output as it is on disk, read through Core's one reader (a FIFO or a device put in its place is not
    /// read, and counts as changed: protected), or null when it cannot be read.
    /// </summary>
    private static string? HashOnDisk(string path) => Core.RegularFile.Read(path, MaxReadBytes, out _) is { } bytes ? Hash(bytes) : null;

    /// <summary>
    /// Why <paramref name="fileName"/> must not be replaced, or null when it may: it does not exist, or it
    /// is byte for byte what render last wrote.
    /// </summary>
    public string? WhyProtected(string fileName)
    {
        var path = Path.Combine(_directory, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        if (!_files.TryGetValue(fileName, out var entry) || entry.Sha256 is null)
        {
            return $"{path} finns redan men skrevs inte av 'remiss render'. Flytta eller byt namn på filen, eller kör med --force för att ersätta den.";
        }

        if (!string.Equals(entry.Sha256, HashOnDisk(path), StringComparison.OrdinalIgnoreCase))
        {
            return $"{path} har ändrats sedan 'remiss render' skrev den (redigerad, t.ex. i Word). Spara dina ändringar under ett annat namn, eller kör med --force för att ersätta filen.";
        }

        return null;
    }

    /// <summary>
    /// Records a document whose text <c>remiss pull</c> has taken into its remiss file as render's own, byte for byte as it
    /// is now, and saves the record: the next render replaces it without <c>--force</c>, and an edit after the pull
    /// protects it again. <paramref name="pulled"/> is the base of the document's next pull.
    /// </summary>
    public void Adopt(string fileName, byte[] bytes, string source, Remiss.Templates.PullBaseline? pulled)
    {
        var hash = Hash(bytes);
        _files[fileName] = _files.TryGetValue(fileName, out var old)
            ? old with { Sha256 = hash, Pending = null, Pulled = pulled }
            : new RenderRecordEntry(hash, RelativeSource(source), DateTimeOffset.UtcNow) { Pulled = pulled };
        Save();
    }

    /// <summary>Writes one output atomically and records it (see <see cref="Commit"/>).</summary>
    public void Write(string fileName, byte[] bytes, string source) => Commit([new RenderOutput(fileName, bytes, source)]);

    /// <summary>
    /// Replaces <paramref name="outputs"/> and records them, saving the record: every output is written to
    /// a temporary file first, then the record names the new hashes as pending, then the temporary files
    /// are renamed over the targets, then the record makes the hashes final. Killed anywhere, the folder
    /// holds for each output either its previous or its new bytes, and the record names both.
    /// </summary>
    public void Commit(IReadOnlyList<RenderOutput> outputs)
    {
        var temps = new List<(string Temp, RenderOutput Output)>();
        try
        {
            foreach (var output in outputs)
            {
                temps.Add((AtomicFile.WriteTemp(_directory, stream => stream.Write(output.Bytes)), output));
            }

            var now = DateTimeOffset.UtcNow;
            foreach (var output in outputs)
            {
                var source = RelativeSource(output.Source);
                _files[output.FileName] = _files.TryGetValue(output.FileName, out var old)
                    ? old with { Pending = Hash(output.Bytes), Source = source, Written = now, Pulled = null }
                    : new RenderRecordEntry(null, source, now) { Pending = Hash(output.Bytes) };
            }

            Save();
            while (temps.Count > 0)
            {
                AtomicFile.Replace(temps[0].Temp, Path.Combine(_directory, temps[0].Output.FileName));
                temps.RemoveAt(0);
            }

            foreach (var output in outputs)
            {
                var entry = _files[output.FileName];
                _files[output.FileName] = entry with { Sha256 = entry.Pending, Pending = null };
            }

            Save();
        }
        catch
        {
            temps.ForEach(t => AtomicFile.TryDelete(t.Temp));
            Settle(); // the record in memory describes the disk again, for the next output of this run
            throw;
        }
    }

    /// <summary>Saves the record atomically.</summary>
    public void Save()
    {
        var data = new RenderRecordData(CurrentVersion, _files);
        AtomicFile.WriteAllBytes(Path.Combine(_directory, FileName), JsonSerializer.SerializeToUtf8Bytes(data, Json.RenderRecordData));
        IsChanged = false;
    }

    /// <summary>The SHA-256 of some bytes, lower-case hex.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The source as stored: relative to the output folder, with '/' so Windows and Unix read it alike.</summary>
    public string RelativeSource(string source) =>
        Path.GetRelativePath(Path.GetFullPath(_directory), Path.GetFullPath(source)).Replace('\\', '/');

    // A pending hash becomes final if the file holds those bytes, and is dropped otherwise (the rename
    // never happened); an entry that was only pending and whose file is absent goes.
    private void Settle()
    {
        foreach (var (name, entry) in _files.ToList())
        {
            var settled = entry;
            if (entry.Pending is not null)
            {
                var path = Path.Combine(_directory, name);
                var onDisk = File.Exists(path) ? HashOnDisk(path) : null;
                settled = onDisk == entry.Pending ? entry with { Sha256 = entry.Pending, Pending = null } : entry with { Pending = null };
            }

            if (Path.IsPathFullyQualified(settled.Source))
            {
                settled = settled with { Source = RelativeSource(settled.Source) };
            }

            if (settled.Sha256 is null)
            {
                _files.Remove(name);
                IsChanged = true;
            }
            else if (settled != entry)
            {
                _files[name] = settled;
                IsChanged = true;
            }
        }
    }
}

/// <summary>One output to replace: its file name in the folder, its bytes and the remiss file it came from.</summary>
internal sealed record RenderOutput(string FileName, byte[] Bytes, string Source);
