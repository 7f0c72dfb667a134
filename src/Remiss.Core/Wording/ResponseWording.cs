namespace Remiss.Core;

/// <summary>The wording of the yttrande (FORMAT.md §5) that the tjänsteutlåtande does not share.</summary>
public static class ResponseWording
{
    /// <summary>A comment's heading: <c>{section} {heading}</c> when a section is given (<c>6 Medicinsk bedömning dygnet runt</c>), else the heading.</summary>
    public static string CommentHeading(ResponseComment comment) =>
        string.IsNullOrWhiteSpace(comment.Section) ? comment.Heading : comment.Section!.Trim() + " " + comment.Heading;
}
