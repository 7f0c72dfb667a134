namespace Remiss.Templates;

/// <summary>The documents made from a remiss file.</summary>
public enum DocumentKind
{
    /// <summary>The yttrande: the answer the department receives.</summary>
    Yttrande,

    /// <summary>The tjänsteutlåtande: the memo to the political committee.</summary>
    Tjansteutlatande,

    /// <summary>
    /// A protokollsutdrag: one body's § on the ärende, one per recorded meeting (<c>decision.meetings</c>); rendered
    /// with the meeting (<see cref="RemissRenderer.Render(Remiss.Core.RemissFile, Remiss.Core.RecordedMeeting, OutputFormat)"/>).
    /// </summary>
    Protokollsutdrag,

    /// <summary>
    /// An anslag/bevis: the notice that a body's minutes are justerade (ORGANISATION.md §8), one per recorded meeting with a
    /// justering date; rendered with the meeting, like an extract.
    /// </summary>
    Anslag,
}
