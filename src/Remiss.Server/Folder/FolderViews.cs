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
    /// <summary>The overview, sorted and summed up as <c>remiss deadlines</c> does (files with errors last, by path).</summary>
    public static FolderListing Listing(RemissFolder folder, CalendarDate today)
    {
        var rows = OverviewRow.Sort(folder.Entries.Select(entry => Row(entry, folder.Load(entry), today)));
        return new FolderListing(Path.GetFileName(folder.Root.TrimEnd(Path.DirectorySeparatorChar)), today.ToDateOnly(), folder.Version, rows, OverviewRow.Summary(rows, today));
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

        var outlook = loaded.File is { } valid ? RemissOutlook.For(valid, loaded.Organisation, today) : null;
        var plan = outlook is null ? null : PlanRow.From(entry.RelativePath, loaded.File!, outlook);
        var status = outlook?.Status;
        return new RemissView(entry.Id, entry.RelativePath, loaded.Loaded.Result.File?.Remiss.Title, loaded.File is not null, loaded.Errors, loaded.Warnings,
            loaded.Diagnostics.Select(DiagnosticJson.From).ToList(), documents, version, plan,
            status is null ? null : StatusJson.Name(status.State), status?.Text, status?.Sent?.ToDateOnly());
    }

    /// <summary>A row of the overview; the deadline fields are null for a file with errors.</summary>
    private static OverviewRow Row(FolderEntry entry, FolderRemiss loaded, CalendarDate today) =>
        (loaded.File is { } file ? OverviewRow.From(entry.RelativePath, file, RemissOutlook.For(file, loaded.Organisation, today)) : OverviewRow.Broken(entry.RelativePath))
            with { Id = entry.Id, Errors = loaded.Errors, Warnings = loaded.Warnings };
}
