namespace Remiss.Core;

/// <summary>
/// The longest list of each kind the toolkit reads (RMS0171), in files and in the API's bodies alike. Each is chosen
/// from what a real region needs, with a wide margin, so that no file or request can make a check, a plan or a
/// wording do unbounded work: the checks that compare lists with lists (the recorded meetings against the path and
/// the organisation's bodies) stay small whatever the input. docs/hardening.md gives the reasons.
/// </summary>
public static class ListLimits
{
    /// <summary><c>decision.path</c> and the API's <c>path</c>: a real path has two to five bodies.</summary>
    public const int PathBodies = 12;

    /// <summary><c>decision.clauses</c> and the API's <c>clauses</c>: a real decision has one to ten att-clauses.</summary>
    public const int Clauses = 50;

    /// <summary>A clause's named arguments.</summary>
    public const int ClauseArguments = 10;

    /// <summary><c>decision.meetings</c>: one record per body of the path.</summary>
    public const int RecordedMeetings = PathBodies;

    /// <summary>An organisation file's <c>bodies</c>: a region has some 30–80 nämnder, utskott and beredningar.</summary>
    public const int Bodies = 300;

    /// <summary>A body's <c>meetings</c>: a weekly calendar for five years is 260.</summary>
    public const int CalendarMeetings = 500;

    /// <summary>Signatories and extensions: a handful each.</summary>
    public const int Few = 20;

    /// <summary>Any other list (comments, consulted bodies, officers, a registry's clauses).</summary>
    public const int Default = 1000;

    /// <summary>The limit of the list at <paramref name="path"/> (<c>bodies[3].meetings</c>: indices do not matter) and why, in Swedish.</summary>
    public static (int Max, string Why) For(string path) => Shape(path) switch
    {
        "decision.path" => (PathBodies, "en beslutsväg har sällan fler än fem organ"),
        "decision.clauses" => (Clauses, "ett beslut har sällan fler än tio att-satser"),
        "decision.meetings" => (RecordedMeetings, "ett beslut per organ i beslutsvägen"),
        "bodies" => (Bodies, "en region har några tiotal organ"),
        "bodies.meetings" => (CalendarMeetings, "ett sammanträde i veckan i fem år är 260"),
        "bodies.signatories" or "response.signatories" or "remiss.extensions" => (Few, "några stycken brukar det vara"),
        _ => (Default, "en verklig lista är mycket kortare"),
    };

    private static string Shape(string path)
    {
        var builder = new System.Text.StringBuilder(path.Length);
        var inIndex = false;
        foreach (var c in path)
        {
            if (c == '[')
            {
                inIndex = true;
            }
            else if (c == ']')
            {
                inIndex = false;
            }
            else if (!inIndex)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
