namespace Remiss.Templates;

/// <summary>Where a rendered .docx came from, as its round-trip part records it (ROUNDTRIP.md §1).</summary>
/// <param name="RemissPath">The remiss file relative to the .docx's folder (<c>/</c> between folders), or null when it was rendered without a <see cref="RenderSource"/>.</param>
/// <param name="Sha256">The SHA-256 of the remiss file's bytes as rendered, lower-case hexadecimal, or null likewise.</param>
/// <param name="Kind">Which document it is.</param>
/// <param name="Meeting">For a protocol extract, the recorded meeting it is of; else null.</param>
public sealed record WordOrigin(string? RemissPath, string? Sha256, DocumentKind Kind, WordMeeting? Meeting);

/// <summary>The recorded meeting a protocol extract is of.</summary>
/// <param name="Index">Its zero-based index in <c>decision.meetings</c> when rendered.</param>
/// <param name="Body">The body, as rendered.</param>
/// <param name="Date">The meeting's date, ISO.</param>
/// <param name="Paragraph">The § number.</param>
public sealed record WordMeeting(int Index, string Body, string Date, int Paragraph);
