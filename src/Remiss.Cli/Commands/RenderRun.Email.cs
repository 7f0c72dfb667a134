using Remiss.Cli.Output;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Cli.Commands;

/// <summary>
/// The e-mail drafts of a <c>render</c> run (<c>--format eml</c>): the renderer writes each with the yttrande's .docx and
/// .pdf attached (<see cref="RemissRenderer.Render(RemissFile, RemissDocument, OutputFormat, RenderSource?)"/>), and it is
/// written with the run's other outputs, under the same folder lock and edit protection.
/// </summary>
internal sealed partial class RenderRun
{
    /// <summary>
    /// Whether <paramref name="format"/> is made for <paramref name="document"/>: the e-mail only for the yttrande, and
    /// with <c>--format all</c> only once the deciding meeting is recorded (before that there is no answer to send).
    /// </summary>
    private bool WantsFormat(RemissFile remiss, RemissDocument document, OutputFormat format) =>
        format != OutputFormat.Eml
        || (OutputFormats.AppliesTo(format, document.Kind) && (!request.AllFormats || ResponseWording.DecidingMeeting(remiss) is not null));
}
