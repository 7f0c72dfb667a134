namespace Remiss.Core;

/// <summary>
/// Files a host holds in memory as a <see cref="IRemissSource"/>, by path: a compiler's additional files, or the texts
/// of an HTTP request. Reads nothing from disk; the organisation file of a remiss file is the nearest known
/// <c>organisation.yaml</c> above it (<see cref="OrganisationLocator.FindAmong"/>), the same rule as on disk.
/// </summary>
public sealed class KnownFilesSource : IRemissSource
{
    private readonly Dictionary<string, string> _texts;

    /// <param name="texts">The files' texts by path.</param>
    /// <param name="pathExists">Whether a path an organisation file names exists; null to leave such paths unchecked.</param>
    public KnownFilesSource(IEnumerable<KeyValuePair<string, string>> texts, Func<string, ReferencedPathKind, bool>? pathExists = null)
    {
        _texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in texts)
        {
            _texts[pair.Key] = pair.Value;
        }

        PathExists = pathExists;
    }

    /// <inheritdoc />
    public Func<string, ReferencedPathKind, bool>? PathExists { get; }

    /// <inheritdoc />
    public string? FindOrganisation(string remissPath) => OrganisationLocator.FindAmong(remissPath, _texts.Keys);

    /// <inheritdoc />
    public byte[]? Read(string path, out Diagnostic? failure)
    {
        failure = null;
        if (_texts.TryGetValue(path, out var text))
        {
            return System.Text.Encoding.UTF8.GetBytes(text);
        }

        failure = DiagnosticDescriptors.FileUnreadable.Create(path, SourceSpan.Start, "filen finns inte bland de filer som lämnades in");
        return null;
    }

    /// <summary>The text of a known file, or null.</summary>
    public string? Text(string path) => _texts.TryGetValue(path, out var text) ? text : null;

    /// <inheritdoc />
    public string? Stamp(string path) => null;

    /// <inheritdoc />
    public string Canonical(string path) => path;
}
