namespace Remiss.Core;

/// <summary>
/// Whether a case may be archived: decided (the deciding body's meeting is recorded, as <see cref="RemissStatus"/>
/// reads it) and sent (<c>response.sent</c>). An archive package is the case closed; one made earlier would be missing
/// the decision or the date the answer went out, and the archive would keep it as final.
/// </summary>
public static class ArchiveReadiness
{
    /// <summary>
    /// The reasons <paramref name="file"/> cannot be archived yet, each located at the key to fill in
    /// (<c>decision.meetings</c>, <c>response.sent</c>; the nearest enclosing key when it is absent); empty when it can.
    /// </summary>
    /// <param name="file">The loaded remiss file.</param>
    /// <param name="filePath">The path the diagnostics name.</param>
    /// <param name="sources">Where each key's value is in the file, from the loader; null points at the file's start.</param>
    public static IReadOnlyList<Diagnostic> Check(RemissFile file, string filePath, SourceMap? sources)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        var problems = new List<Diagnostic>();
        if (ResponseWording.DecidingMeeting(file) is null)
        {
            var path = file.Decision.Path;
            var deciding = path.IsEmpty ? file.Case.Organisation : path[path.Count - 1];
            problems.Add(DiagnosticDescriptors.ArchiveNotDecided.Create(filePath, At(sources, "decision.meetings"), deciding));
        }

        if (file.Response.Sent is null)
        {
            problems.Add(DiagnosticDescriptors.ArchiveNotSent.Create(filePath, At(sources, "response.sent")));
        }

        return problems;
    }

    private static SourceSpan At(SourceMap? sources, string path) => sources?[path] ?? SourceSpan.Start;
}
