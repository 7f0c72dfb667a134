using System.Text;
using Remiss.Core;

namespace Remiss.Templates;

/// <summary>
/// The names the department asks for: the yttrande is filed under the department's dnr without slashes
/// and our organisation (<c>S2024-02145 Region Västernorrland.docx</c>), and e-mailed with the subject
/// <c>S2024/02145 Region Västernorrland</c>. The CLI's files and the server's downloads use these names.
/// </summary>
public static class OutputNames
{
    private const int MaxTitleLength = 60;

    /// <summary>
    /// The yttrande's file name without extension: <c>{dnr with / → -} {organisation}</c>; without a
    /// department dnr <c>Yttrande {number with : → -} {organisation}</c>, else <c>Yttrande {title, shortened} {organisation}</c>.
    /// </summary>
    public static string Yttrande(RemissFile file)
    {
        var organisation = file.Case.Organisation;
        var name = file.Remiss switch
        {
            { DepartmentDnr: { } dnr } => $"{dnr.ToFileNamePart()} {organisation}",
            { Number: { } number } => $"Yttrande {number.Text.Replace(':', '-')} {organisation}",
            _ => $"Yttrande {Shorten(file.Remiss.Title, MaxTitleLength)} {organisation}",
        };
        return SafeFileName(name);
    }

    /// <summary>The tjänsteutlåtande's file name without extension: <c>Tjänsteutlåtande {case dnr}</c>.</summary>
    public static string Tjansteutlatande(RemissFile file) => SafeFileName($"Tjänsteutlåtande {file.Case.Dnr}");

    /// <summary>The file name without extension of the yttrande or the tjänsteutlåtande (an extract's names its meeting: <see cref="Protokollsutdrag"/>).</summary>
    public static string BaseName(RemissFile file, DocumentKind document) => document switch
    {
        DocumentKind.Yttrande => Yttrande(file),
        DocumentKind.Tjansteutlatande => Tjansteutlatande(file),
        _ => throw new ArgumentOutOfRangeException(nameof(document), document, null),
    };

    /// <summary>The file name of <paramref name="document"/> in <paramref name="format"/>: <c>S2024-02145 Region Västernorrland.docx</c>.</summary>
    public static string FileName(RemissFile file, DocumentKind document, OutputFormat format) => BaseName(file, document) + Extension(format);

    /// <summary>A protocol extract's file name without extension: <c>Protokollsutdrag {body name} {yyyy-mm-dd} § {paragraph}</c> (ORGANISATION.md §4).</summary>
    public static string Protokollsutdrag(RemissFile file, RecordedMeeting meeting) => SafeFileName(ProtocolExtract.FileNameOf(meeting));

    /// <summary>A protocol extract's file name in <paramref name="format"/>.</summary>
    public static string FileName(RemissFile file, RecordedMeeting meeting, OutputFormat format) => Protokollsutdrag(file, meeting) + Extension(format);

    /// <summary>A justering notice's file name without extension: <c>Anslag {body name} {yyyy-mm-dd} § {paragraph}</c> (ORGANISATION.md §8).</summary>
    public static string Anslag(RecordedMeeting meeting) => SafeFileName(JusteringNotice.FileNameOf(meeting));

    /// <summary>The file name of one document of the file (<see cref="RemissDocument.Of"/>) in <paramref name="format"/>.</summary>
    public static string FileName(RemissFile file, RemissDocument document, OutputFormat format) => document switch
    {
        { Kind: DocumentKind.Anslag, Meeting: { } meeting } => Anslag(meeting) + Extension(format),
        { Meeting: { } meeting } => FileName(file, meeting, format),
        _ => FileName(file, document.Kind, format),
    };

    /// <summary>The e-mail subject: <c>{department dnr} {organisation}</c>, falling back to the number or the title (Core's <see cref="DeliveryWording.Subject"/>).</summary>
    public static string EmailSubject(RemissFile file) => DeliveryWording.Subject(file);

    /// <summary>The extension of an output format (<see cref="OutputFormats.Extension"/>).</summary>
    public static string Extension(OutputFormat format) => OutputFormats.Extension(format);

    /// <summary>Text cut at a word boundary with an ellipsis when longer than <paramref name="max"/>.</summary>
    public static string Shorten(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(' ', ',', ';', ':') + "…";
    }

    /// <summary>
    /// A name valid on Windows, macOS and Linux alike (files travel between them by e-mail and shares):
    /// reserved characters become '-', white space is collapsed, no trailing dot or space.
    /// </summary>
    public static string SafeFileName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (char.IsControl(c) || c is '<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*')
            {
                builder.Append('-');
            }
            else
            {
                builder.Append(c);
            }
        }

        var result = builder.ToString().Trim().TrimEnd('.', ' ');
        return result.Length == 0 ? "remiss" : result;
    }
}
