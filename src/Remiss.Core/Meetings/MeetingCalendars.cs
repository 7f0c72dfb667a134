namespace Remiss.Core;

/// <summary>The searches both plans make in the bodies' calendars, and which bodies a remiss's path has.</summary>
public static class MeetingCalendars
{
    /// <summary>
    /// The path's bodies as the organisation file has them (the path holds their printed names after loading), or
    /// null when planning does not apply: a body is not in the organisation file or lists no meetings.
    /// </summary>
    public static IReadOnlyList<OrganisationBody>? PathBodies(RemissFile file, OrganisationFile organisation)
    {
        var path = file.Decision.Path;
        if (path.IsEmpty)
        {
            return null;
        }

        var bodies = new List<OrganisationBody>(path.Count);
        foreach (var name in path)
        {
            if ((organisation.FindByName(name) ?? organisation.FindById(name)) is not { Meetings.IsEmpty: false } body)
            {
                return null;
            }

            bodies.Add(body);
        }

        return bodies;
    }

    /// <summary>The earliest meeting listed in the organisation file, any body: the calendars are complete from here. Null when none lists a meeting.</summary>
    public static CalendarDate? Start(OrganisationFile organisation) =>
        organisation.Bodies.Where(b => !b.Meetings.IsEmpty).Select(b => (CalendarDate?)b.Meetings[0]).Min();

    internal static CalendarDate Start(IReadOnlyList<OrganisationBody> path, CalendarDate? given)
    {
        if (path.Count == 0)
        {
            throw new ArgumentException("A decision path needs at least one body.", nameof(path));
        }

        if (path.FirstOrDefault(b => b.Meetings.IsEmpty) is { } empty)
        {
            throw new ArgumentException($"The body '{empty.Id}' lists no meetings; plans apply only when every body of the path has a calendar.", nameof(path));
        }

        var earliest = path.Min(b => b.Meetings.Min());
        return given is { } start && start < earliest ? start : earliest;
    }

    /// <summary>The last date in <paramref name="meetings"/> on or before <paramref name="bound"/>, or null.</summary>
    public static CalendarDate? LastOnOrBefore(IReadOnlyList<CalendarDate> meetings, CalendarDate bound)
    {
        CalendarDate? found = null;
        foreach (var date in meetings)
        {
            // Not assuming order: an unsorted calendar is reported by the organisation loader, but must still plan correctly.
            if (date <= bound && (found is null || date > found.Value))
            {
                found = date;
            }
        }

        return found;
    }

    /// <summary>The first date in <paramref name="meetings"/> on or after <paramref name="bound"/>, or null.</summary>
    public static CalendarDate? FirstOnOrAfter(IReadOnlyList<CalendarDate> meetings, CalendarDate bound)
    {
        CalendarDate? found = null;
        foreach (var date in meetings)
        {
            if (date >= bound && (found is null || date < found.Value))
            {
                found = date;
            }
        }

        return found;
    }
}
