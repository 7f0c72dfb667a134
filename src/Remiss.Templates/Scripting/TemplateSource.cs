using System.Reflection;

namespace Remiss.Templates.Scripting;

/// <summary>
/// Where template text comes from: the user's template directory when one is given (a file missing there falls
/// back to the built-in one), else the templates embedded in this assembly. Names are plain relative paths;
/// anything that could leave the directory is refused.
/// </summary>
internal sealed class TemplateSource
{
    private const string ResourcePrefix = "Remiss.Templates.";

    private TemplateSource(string? directory) => Directory = directory;

    /// <summary>The user's template directory (full path), or null for the built-in templates only.</summary>
    public string? Directory { get; }

    /// <summary>A source over <paramref name="directory"/>, or the built-in templates when null.</summary>
    public static TemplateSource For(string? directory)
    {
        if (directory is null)
        {
            return new TemplateSource(null);
        }

        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
        {
            throw new RenderException($"Mallmappen '{directory}' finns inte. Ange en mapp med yttrande.md.scriban, tjansteutlatande.md.scriban, protokollsutdrag.md.scriban och/eller epost.txt.scriban.");
        }

        return new TemplateSource(full);
    }

    /// <summary>The file name of the e-mail's covering text template, built in or in a user's directory.</summary>
    public const string EmailFileName = "epost.txt.scriban";

    /// <summary>The file name the template of <paramref name="kind"/> has, built in or in a user's directory.</summary>
    public static string FileName(DocumentKind kind) => DocumentKinds.Name(kind) + ".md.scriban";

    /// <summary>
    /// Resolves <paramref name="name"/> to the path reported in messages (the full path for a user's file, the
    /// bare name for a built-in one), or explains why it may not be used.
    /// </summary>
    public bool TryResolve(string name, out string path, out string problem)
    {
        path = string.Empty;
        problem = string.Empty;
        if (string.IsNullOrWhiteSpace(name) || name.IndexOf('\0') >= 0)
        {
            problem = "the template name is empty";
            return false;
        }

        var segments = name.Replace('\\', '/').Split('/');
        if (Path.IsPathRooted(name) || name.Contains(':', StringComparison.Ordinal) || name.StartsWith('/') || name.StartsWith('\\'))
        {
            problem = $"'{name}' is an absolute path; templates may only include files inside the template directory, by relative name";
            return false;
        }

        if (segments.Any(s => s == ".."))
        {
            problem = $"'{name}' leaves the template directory ('..' is not allowed in includes)";
            return false;
        }

        var relative = string.Join('/', segments.Where(s => s.Length > 0 && s != "."));
        if (Directory is not null)
        {
            var candidate = Path.GetFullPath(Path.Combine(Directory, relative));
            var root = Directory.EndsWith(Path.DirectorySeparatorChar) ? Directory : Directory + Path.DirectorySeparatorChar;
            if (!candidate.StartsWith(root, StringComparison.Ordinal))
            {
                problem = $"'{name}' resolves outside the template directory";
                return false;
            }

            if (File.Exists(candidate))
            {
                // A symbolic link could still point outside: resolve it and check again.
                var target = new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate;
                if (!target.StartsWith(root, StringComparison.Ordinal))
                {
                    problem = $"'{name}' is a link to a file outside the template directory";
                    return false;
                }

                path = candidate;
                return true;
            }
        }

        if (!relative.Contains('/') && Assembly.GetExecutingAssembly().GetManifestResourceInfo(ResourcePrefix + relative) is not null)
        {
            path = relative;
            return true;
        }

        problem = Directory is null
            ? $"there is no built-in template '{name}'"
            : $"there is no template '{name}' in {Directory}";
        return false;
    }

    /// <summary>The text of a path returned by <see cref="TryResolve"/>.</summary>
    public string Read(string path)
    {
        if (Path.IsPathRooted(path))
        {
            // Core's one way to read a user's file: a regular file only (a FIFO never makes a render wait), the size taken
            // from the handle, nothing over the cap read.
            var bytes = Core.RegularFile.Read(path, MaxTemplateBytes, out var failure)
                ?? throw new RenderException($"{path}: error: the template cannot be read ({failure!.Code}: {failure.Message}).");
            using var text = new StreamReader(new MemoryStream(bytes));
            return text.ReadToEnd();
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + path)
            ?? throw new InvalidOperationException("missing built-in template " + path);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Real templates are a few kilobytes; a larger file is not a template.</summary>
    public const int MaxTemplateBytes = 1024 * 1024;
}
