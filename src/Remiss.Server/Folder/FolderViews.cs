using Remiss.Core;
using Remiss.Core.Json;
using Remiss.Server.Api;
using Remiss.Server.Rendering;
using Remiss.Templates;

namespace Remiss.Server.Folder;

/// <summary>
/// What the page shows of the folder (like <c>remiss deadlines</c>) and of one remiss (its diagnostics, documents
/// and plan), made from the index's load results with Core's deadlines and plans.
/// </summary>
internal static class FolderViews
{
    /// <summary>The overview: soonest first, files with errors (no deadline to sort by) last, by path, as <c>remiss deadlines</c> sorts.</summary>
    public static FolderListing Listing(RemissFolder folder, CalendarDate today)
    {
        var rows = folder.Entries
            .Select(entry => Row(entry, folder.Load(entry), today))
            .OrderBy(r => r.EffectiveDeadline is null)
            .ThenBy(r => r.EffectiveDeadline)
            .ThenBy(r => r.Number ?? r.Title ?? r.File, StringComparer.Ordinal)
            .ToList();
        // As remiss deadlines counts: late remisser, and open ones due within 14 days.
        var late = StatusJson.Name(RemissState.Late);
        var open = new[] { StatusJson.Name(RemissState.Draft), StatusJson.Name(RemissState.Planned) };
        var summary = DeadlineStatus.Summary(rows.Count, rows.Count(r => r.RemissStatus == late),
            rows.Count(r => r.RemissStatus is { } s && open.Contains(s) && r.State == StateName(DeadlineState.DueSoon)), today);
        return new FolderListing(Path.GetFileName(folder.Root.TrimEnd(Path.DirectorySeparatorChar)), today.ToDateOnly(), folder.Version, rows, summary);
    }

    /// <summary>One remiss: its diagnostics, its documents with their preview and downloads, and its plan when its organisation has calendars.</summary>
    public static RemissView View(FolderEntry entry, FolderRemiss loaded, CalendarDate today, long version)
    {
        var documents = new List<DocumentView>();
        if (loaded.File is { } file)
        {
            foreach (var (name, label, document) in DocumentNames.Of(file))
            {
                var downloads = DocumentNames.Downloads
                    .Select(format => new DownloadLink(OutputFormats.Name(format), OutputFormats.Extension(format), OutputNames.FileName(file, document, format),
                        $"/ui/remisser/{entry.Id}/download/{name}/{OutputFormats.Name(format)}"))
                    .ToList();
                // The yttrande's e-mail to the department: the draft with its .docx and .pdf attached, beside the downloads.
                var email = OutputFormats.AppliesTo(OutputFormat.Eml, document.Kind)
                    ? new DownloadLink(OutputFormats.Name(OutputFormat.Eml), "E-post till departementet (.eml)", OutputNames.FileName(file, document, OutputFormat.Eml),
                        $"/ui/remisser/{entry.Id}/download/{name}/{OutputFormats.Name(OutputFormat.Eml)}")
                    : null;
                documents.Add(new DocumentView(name, label, $"/ui/remisser/{entry.Id}/preview/{name}", downloads, email));
            }
        }

        PlanRow? plan = null;
        RemissStatus? status = null;
        if (loaded.File is { } valid)
        {
            var backward = loaded.Organisation is { } organisation ? MeetingPlan.For(valid, organisation) : null;
            status = RemissStatus.Of(valid, backward, today);
            if (backward is not null)
            {
                // A decided or sent remiss needs no plan from today, as in remiss plan.
                var forward = status.IsOpen ? ForwardPlan.IfNeeded(backward, valid, loaded.Organisation!, today) : null;
                plan = PlanRow.From(entry.RelativePath, valid, backward, forward, status, ResumedPlan.For(valid, loaded.Organisation!));
            }
        }

        return new RemissView(entry.Id, entry.RelativePath, loaded.Loaded.Result.File?.Remiss.Title, loaded.File is not null, loaded.Errors, loaded.Warnings,
            loaded.Diagnostics.Select(DiagnosticJson.From).ToList(), documents, version, plan,
            status is null ? null : StatusJson.Name(status.State), status?.Text, status?.Sent?.ToDateOnly());
    }

    /// <summary>A row of the overview; the deadline fields are null for a file with errors.</summary>
    private static RemissRow Row(FolderEntry entry, FolderRemiss loaded, CalendarDate today)
    {
        if (loaded.File is not { } file)
        {
            return new RemissRow(entry.Id, entry.RelativePath, null, null, null, null, null, false, null, null, null, loaded.Errors, loaded.Warnings);
        }

        var remissStatus = RemissStatus.For(file, loaded.Organisation, today);
        var status = remissStatus.Deadline;
        var chain = loaded.Organisation is { } organisation ? PlanChain.For(file, organisation, today) : null;
        return new RemissRow(entry.Id, entry.RelativePath, file.Remiss.Number?.Text, file.Remiss.Title, file.Remiss.Department,
            status.EffectiveDeadline.ToDateOnly(), status.DaysLeft, status.IsExtended, StateName(status.State),
            DeadlineStatus.Describe(status.State), status.NonWorkingReason, loaded.Errors, loaded.Warnings,
            chain?.PapersDue.ToDateOnly(), chain?.DecidingMeeting.Date.ToDateOnly(),
            StatusJson.Name(remissStatus.State), remissStatus.Text);
    }

    /// <summary>The state as the page's script and styles name it (camelCase, as <c>deadlines --json</c> writes it).</summary>
    private static string StateName(DeadlineState state) => state switch
    {
        DeadlineState.Overdue => "overdue",
        DeadlineState.DueSoon => "dueSoon",
        _ => "later",
    };
}
