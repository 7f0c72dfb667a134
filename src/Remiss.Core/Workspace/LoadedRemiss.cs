namespace Remiss.Core;

/// <summary>
/// A remiss file loaded by a <see cref="RemissWorkspace"/>: the loader's result and the organisation file (with its
/// registries) that applied to it.
/// </summary>
/// <param name="Path">The remiss file's path, as its diagnostics name it.</param>
/// <param name="Result">What the loader gave. When the organisation file has errors the remiss file is not read: only RMS0080.</param>
/// <param name="Organisation">The organisation file that applies, or null for none.</param>
public sealed record LoadedRemiss(string Path, LoadResult Result, OrganisationSetup? Organisation)
{
    /// <summary>The model, or null when the file or its organisation file has errors.</summary>
    public RemissFile? File => Result.File;

    /// <summary>The remiss file's own diagnostics (RMS0080 when its organisation file has errors).</summary>
    public EquatableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The organisation file's and its registries' diagnostics, then the remiss file's: what a page or an API answer shows for the file.</summary>
    public IReadOnlyList<Diagnostic> AllDiagnostics => Organisation is { } organisation ? [.. organisation.Diagnostics, .. Result.Diagnostics] : Result.Diagnostics;

    /// <summary>True when the remiss file, its organisation file or a registry has an error.</summary>
    public bool HasErrors => File is null || (Organisation?.HasErrors ?? false);

    /// <summary>The clause registry the file was loaded with: render with it, so every id that checks also renders.</summary>
    public ClauseRegistry Registry { get; init; } = ClauseRegistry.BuiltIn;

    /// <summary>
    /// The SHA-256 of the very bytes that were loaded, lower-case hexadecimal; null when the file was loaded from text
    /// or could not be read. A rendered .docx records it (ROUNDTRIP.md §1): reading the file again to hash it could hash
    /// bytes other than those rendered, and <c>remiss pull</c> would then trust a file that had changed.
    /// </summary>
    public string? Sha256 { get; init; }

    /// <summary>The lower-case hexadecimal SHA-256 of <paramref name="bytes"/>.</summary>
    public static string HashOf(byte[] bytes)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        var hash = sha.ComputeHash(bytes ?? throw new System.ArgumentNullException(nameof(bytes)));
        var text = new System.Text.StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
