namespace Remiss.Core;

/// <summary>
/// Reads one recorded meeting written on its own — the keys of a <c>decision.meetings</c> item, with <c>body</c>,
/// <c>date</c> and <c>paragraph</c> optional — for the secretary who wants a §'s decision route without a remiss file
/// (<c>remiss wording --meeting</c>, <c>/api/v1/wording</c>). JSON is YAML too, so the API passes its object's text.
/// The same reader and rules as in a remiss file; never throws.
/// </summary>
public static class MeetingRecordLoader
{
    /// <summary>The keys of a record on its own: a <c>decision.meetings</c> item, nothing required.</summary>
    internal static SchemaNode Schema { get; } = Build();

    /// <summary>Reads the record from disk (a regular file of at most 1 MiB, UTF-8) and loads it as <see cref="Load"/> does.</summary>
    public static MeetingRecordResult LoadFile(string filePath, IReadOnlyList<string> path, ClauseRegistry? registry = null, HouseStyle style = HouseStyle.Att)
    {
        var bytes = RegularFile.Read(filePath, LoadOptions.Default.MaxFileBytes, out var failure);
        var text = bytes is null ? null : SourceText.Read(bytes, filePath, LoadOptions.Default.MaxFileBytes, out failure);
        return text is null ? Fail(failure!) : Load(text, filePath, path, registry, style);
    }

    /// <summary>
    /// Loads the record for a body of <paramref name="path"/> (its <c>body</c> key, by name; default the last body).
    /// Own clauses of an <c>add</c> or <c>amend</c> are checked against <paramref name="registry"/> in <paramref name="style"/>.
    /// </summary>
    public static MeetingRecordResult Load(string text, string filePath, IReadOnlyList<string> path, ClauseRegistry? registry = null, HouseStyle style = HouseStyle.Att)
    {
        if (path.Count == 0)
        {
            throw new ArgumentException("A decision path needs at least one body.", nameof(path));
        }

        try
        {
            var diagnostics = new List<Diagnostic>();
            if (text.Length > LoadOptions.Default.MaxFileBytes)
            {
                return Fail(DiagnosticDescriptors.FileTooLarge.Create(filePath, SourceSpan.Start, text.Length, LoadOptions.Default.MaxFileBytes));
            }

            var root = YamlDocumentParser.Parse(text, filePath, diagnostics);
            RecordedMeeting? meeting = null;
            var map = new SourceMap(filePath);
            if (root is not null)
            {
                var reader = new YamlNodeReader(filePath, diagnostics, map) { Source = text };
                var fields = reader.Mapping(root, Schema, string.Empty);
                if (fields is not null)
                {
                    var body = reader.Text(fields, "body") ?? path[path.Count - 1];
                    var date = reader.Date(fields, "date") ?? default;
                    var paragraph = reader.PositiveInteger(fields, "paragraph") ?? 1;
                    var note = reader.Markdown(fields, "note");
                    var proceedings = new MeetingRecordReader(reader).Read(fields, Schema);
                    var record = new RecordedMeeting(body, date, paragraph, note.Trim().Length == 0 ? null : note, proceedings);
                    var report = map.ReportInto(diagnostics);
                    var index = DecisionRoute.PathIndex(path, record);
                    if (index < 0)
                    {
                        var suggestion = Suggestions.Closest(body, path);
                        report(DiagnosticDescriptors.MeetingBodyNotInPath, "body", body, SwedishText.JoinList(path), suggestion is null ? string.Empty : $"Menade du '{suggestion}'? ");
                    }
                    else
                    {
                        meeting = record with { Body = path[index] };
                        MeetingRecordValidator.Check(meeting, string.Empty, null, registry ?? ClauseRegistry.BuiltIn, style, report);
                    }
                }
            }

            var ordered = YamlDocumentParser.InFileOrder(diagnostics, text, filePath);
            return new MeetingRecordResult(ordered.Any(d => d.IsError) ? null : meeting, ordered);
        }
        catch (Exception ex)
        {
            // Like the remiss loader: a bug of ours reaches the user as a diagnostic, never as a stack trace.
            return Fail(DiagnosticDescriptors.InternalError.Create(filePath, SourceSpan.Start, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static MeetingRecordResult Fail(Diagnostic diagnostic) => new(null, EquatableArray.Create(diagnostic));

    private static SchemaNode Build()
    {
        var item = RemissSchema.Root.Child("decision")!.Child("meetings")!.Items!;
        var children = item.Children.Select(c => c.Name is "body" or "date" or "paragraph"
            ? new SchemaNode(c.Name, c.Kind, false, c.Description)
            : c).ToArray();
        return new SchemaNode(string.Empty, SchemaValueKind.Mapping, true, "Ett sammanträdes behandling av ett ärende (ORGANISATION.md §7).") { Children = children };
    }
}

/// <summary>What loading a record on its own gave: the record (null when there are errors) and every diagnostic.</summary>
public sealed record MeetingRecordResult(RecordedMeeting? Meeting, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
