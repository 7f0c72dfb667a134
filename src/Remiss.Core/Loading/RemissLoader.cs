namespace Remiss.Core;

/// <summary>
/// Reads a remiss file: bytes or text → <see cref="RemissFile"/> + located diagnostics. Never throws:
/// anything unexpected becomes an <c>RMS0005</c> diagnostic.
/// </summary>
public static class RemissLoader
{
    /// <summary>Reads and loads a file from disk.</summary>
    public static LoadResult LoadFile(string path, LoadOptions? options = null)
    {
        var bytes = RegularFile.Read(path, (options ?? LoadOptions.Default).MaxFileBytes, out var failure);
        return bytes is null ? Fail(failure!) : Load(bytes, path, options);
    }

    /// <summary>Loads file bytes, which must be UTF-8 (a BOM is allowed).</summary>
    public static LoadResult Load(byte[] bytes, string filePath, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        var text = SourceText.Read(bytes, filePath, options.MaxFileBytes, out var failure);
        return text is null ? Fail(failure!) : Load(text, filePath, options);
    }

    /// <summary>Loads text already decoded.</summary>
    public static LoadResult Load(string text, string filePath, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
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
                return new LoadResult(null, YamlDocumentParser.InsideText(diagnostics, text, filePath).ToEquatableArray());
            }

            var map = new SourceMap(filePath);
            var reader = new YamlNodeReader(filePath, diagnostics, map) { Source = text };
            if (options.Organisation is not null)
            {
                reader.Supplied.Add("case.organisation");
            }

            var file = new RemissReader(reader).Read(root);
            if (file is not null)
            {
                if (options.Organisation is { } organisation)
                {
                    file = RemissOrganisation.Apply(file, map, organisation, options.OrganisationPath, diagnostics);
                }

                diagnostics.AddRange(RemissValidator.Validate(file, map, options.Registry));
                file = MeetingValidator.Apply(file, map, options, diagnostics);
                DeliveryValidator.Check(file, map, diagnostics);
            }

            var ordered = YamlDocumentParser.InFileOrder(diagnostics, text, filePath);
            return new LoadResult(ordered.Any(d => d.IsError) ? null : file, ordered) { Sources = map, Organisation = options.Organisation };
        }
        catch (Exception ex)
        {
            // The loader's promise is "never throws": a bug of ours must still reach the user as a diagnostic.
            return Fail(DiagnosticDescriptors.InternalError.Create(filePath, SourceSpan.Start, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static LoadResult Fail(Diagnostic diagnostic) => new(null, EquatableArray.Create(diagnostic));
}
