using Remiss.Templates.Marks;
using Scriban;
using Scriban.Parsing;

namespace Remiss.Templates.Scripting;

/// <summary>
/// A template context that prints a registered value (<see cref="MarkRegistry"/>) between its markers, so the marks
/// come from the template's own <c>{{ response.summary }}</c>: a region's templates get them without a change.
/// </summary>
internal sealed class MarkingTemplateContext(MarkRegistry marks) : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is string value && marks.TryTakeForPrint(value, out var id))
        {
            return base.Write(span, MarkedText.Start(id) + value + MarkedText.End(id));
        }

        return base.Write(span, textAsObject);
    }
}
