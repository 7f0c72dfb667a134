namespace Remiss.Cli.Output;

/// <summary>Turns the paths a user typed (files or folders) into remiss files.</summary>
internal static class RemissFiles
{
    /// <summary>The file name ending of a remiss file (Core's <see cref="Core.RemissFile.FileExtension"/>).</summary>
    public const string Extension = Core.RemissFile.FileExtension;

    /// <summary>The folders among the paths a user typed: their files are read by the folder's link rule (Core's <see cref="Core.RegularFile"/>).</summary>
    public static IReadOnlyList<string> Folders(IEnumerable<string> paths) => paths.Where(p => !File.Exists(p) && Directory.Exists(p)).ToList();

    /// <summary>
    /// Files as given (whatever their name: the user chose them) and every <c>*.remiss.yaml</c> under the
    /// given folders (<see cref="Core.RemissFileSearch"/>: recursively, in a stable order, without build output
    /// and hidden folders). A path that does not exist is bad usage.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Core.RemissFileSearch.Find(path).Select(f => Path.Join(path, Path.GetRelativePath(path, f))).ToList();
                if (found.Count == 0)
                {
                    throw new UsageException($"Mappen '{path}' innehåller inga remissfiler (*{Extension}).");
                }

                found.ForEach(Add);
            }
            else if (path.StartsWith('-'))
            {
                throw new UsageException($"Okänd flagga '{path}'. Skriv 'remiss --help' för att se flaggorna.");
            }
            else
            {
                throw new UsageException($"Hittar inte '{path}'. Ange en remissfil (*{Extension}) eller en mapp med sådana.");
            }
        }

        return files;

        void Add(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                files.Add(file);
            }
        }
    }
}
