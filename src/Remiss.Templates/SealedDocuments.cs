namespace Remiss.Templates;

/// <summary>
/// The documents a seal signs (<see cref="RenderOptions.Seal"/>), in one place: the protocol extracts and the
/// justering notices (<c>anslag</c>), which the registry office certifies.
/// </summary>
public static class SealedDocuments
{
    /// <summary>The kinds that are sealed when a seal is given; every other document is rendered as without one.</summary>
    public static IReadOnlySet<DocumentKind> Kinds { get; } = new HashSet<DocumentKind> { DocumentKind.Protokollsutdrag, DocumentKind.Anslag };

    /// <summary>True when a seal signs <paramref name="kind"/>.</summary>
    public static bool IsSealed(DocumentKind kind) => Kinds.Contains(kind);
}
