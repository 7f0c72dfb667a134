namespace Remiss.Core;

/// <summary>What loading an organisation file gave: the model (null when there are errors) and every diagnostic.</summary>
public sealed record OrganisationLoadResult(OrganisationFile? File, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Where each value stands in the file (<c>name</c>, <c>bodies[1].id</c>, …); null when the file could not be parsed.</summary>
    public SourceMap? Sources { get; init; }
}

/// <summary>What a referenced path of an organisation file must be.</summary>
public enum ReferencedPathKind
{
    /// <summary>A file (<c>reference_docx</c>, <c>registries</c>).</summary>
    File,

    /// <summary>A folder (<c>templates</c>).</summary>
    Directory,
}

/// <summary>Settings for <see cref="OrganisationLoader"/>.</summary>
public sealed record OrganisationLoadOptions
{
    /// <summary>The default settings: referenced paths are checked on disk.</summary>
    public static OrganisationLoadOptions Default { get; } = new();

    /// <summary>Larger files are refused before parsing.</summary>
    public int MaxFileBytes { get; init; } = LoadOptions.Default.MaxFileBytes;

    /// <summary>
    /// Whether a referenced path (resolved against the organisation file's folder) exists. The default asks
    /// the file system; a host without one (the source generator) passes its own answer, or null to skip the check.
    /// </summary>
    public Func<string, ReferencedPathKind, bool>? PathExists { get; init; } = OnDisk;

    private static bool OnDisk(string path, ReferencedPathKind kind)
    {
        try
        {
            return kind == ReferencedPathKind.Directory ? Directory.Exists(path) : File.Exists(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}

/// <summary>
/// Reads an organisation file (<c>organisation.yaml</c>, format <c>organisation/1</c>) with the same rules as
/// remiss files: UTF-8, one YAML document, size and alias caps, unknown keys with a "Menade du" hint, every
/// problem a located Swedish diagnostic. Never throws.
/// </summary>
public static class OrganisationLoader
{
    /// <summary>Reads and loads a file from disk.</summary>
    public static OrganisationLoadResult LoadFile(string path, OrganisationLoadOptions? options = null)
    {
        var bytes = RegularFile.Read(path, (options ?? OrganisationLoadOptions.Default).MaxFileBytes, out var failure);
        return bytes is null ? Fail(failure!) : Load(bytes, path, options);
    }

    /// <summary>Loads file bytes, which must be UTF-8 (a BOM is allowed).</summary>
    public static OrganisationLoadResult Load(byte[] bytes, string filePath, OrganisationLoadOptions? options = null)
    {
        options ??= OrganisationLoadOptions.Default;
        var text = SourceText.Read(bytes, filePath, options.MaxFileBytes, out var failure);
        return text is null ? Fail(failure!) : Load(text, filePath, options);
    }

    /// <summary>Loads text already decoded; <paramref name="filePath"/> names it in diagnostics and anchors its relative paths.</summary>
    public static OrganisationLoadResult Load(string text, string filePath, OrganisationLoadOptions? options = null)
    {
        options ??= OrganisationLoadOptions.Default;
        try
        {
            if (text.Length > options.MaxFileBytes)
            {
                return Fail(DiagnosticDescriptors.FileTooLarge.Create(filePath, SourceSpan.Start, text.Length, options.MaxFileBytes));
            }

            var diagnostics = new List<Diagnostic>();
            var root = YamlDocumentParser.Parse(text, filePath, diagnostics);
            if (root is null)
            {
                return new OrganisationLoadResult(null, YamlDocumentParser.InsideText(diagnostics, text, filePath).ToEquatableArray());
            }

            var map = new SourceMap(filePath);
            var file = new OrganisationReader(new YamlNodeReader(filePath, diagnostics, map)).Read(root);
            if (file is not null)
            {
                diagnostics.AddRange(OrganisationValidator.Validate(file, map, options.PathExists));
            }

            var ordered = YamlDocumentParser.InFileOrder(diagnostics, text, filePath);
            return new OrganisationLoadResult(ordered.Any(d => d.IsError) ? null : file, ordered) { Sources = map };
        }
        catch (Exception ex)
        {
            // "Never throws": a bug of ours still reaches the user as a located diagnostic.
            return Fail(DiagnosticDescriptors.InternalError.Create(filePath, SourceSpan.Start, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static OrganisationLoadResult Fail(Diagnostic diagnostic) => new(null, EquatableArray.Create(diagnostic));
}
