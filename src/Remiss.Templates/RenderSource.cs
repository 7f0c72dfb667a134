using System.Security.Cryptography;
using Remiss.Core;

namespace Remiss.Templates;

/// <summary>
/// The remiss file a document is rendered from, as the Word output records it for <c>remiss pull</c> (ROUNDTRIP.md §1):
/// its path relative to the folder the .docx is written to, and the SHA-256 of the file's bytes as they were loaded.
/// </summary>
/// <param name="RemissPath">The remiss file relative to the .docx's folder, with <c>/</c> between folders (<c>sou-2024-72.remiss.yaml</c>, <c>../remisser/a.remiss.yaml</c>).</param>
/// <param name="Sha256">The SHA-256 of the remiss file's bytes (32 bytes).</param>
public sealed record RenderSource(string RemissPath, byte[] Sha256)
{
    /// <summary>The source for <paramref name="remissBytes"/> loaded from <paramref name="remissFile"/>, for a .docx written into <paramref name="outputFolder"/>.</summary>
    public static RenderSource For(string outputFolder, string remissFile, byte[] remissBytes)
    {
        ArgumentNullException.ThrowIfNull(remissBytes);
        var relative = Path.GetRelativePath(Path.GetFullPath(outputFolder), Path.GetFullPath(remissFile));
        return new RenderSource(relative.Replace('\\', '/'), SHA256.HashData(remissBytes));
    }

    /// <summary>
    /// The source for <paramref name="remiss"/> as the workspace loaded it (the hash of the bytes it loaded), for a .docx
    /// written into <paramref name="outputFolder"/>; null when it was not loaded from bytes.
    /// </summary>
    public static RenderSource? For(string outputFolder, LoadedRemiss remiss)
    {
        ArgumentNullException.ThrowIfNull(remiss);
        if (remiss.Sha256 is not { } hash)
        {
            return null;
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(outputFolder), Path.GetFullPath(remiss.Path));
        return new RenderSource(relative.Replace('\\', '/'), Convert.FromHexString(hash));
    }

    /// <summary>The hash as lower-case hexadecimal, as the .docx carries it.</summary>
    public string Sha256Hex => Convert.ToHexStringLower(Sha256);
}
