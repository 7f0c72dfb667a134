using System.Diagnostics;
using Remiss.Fuzz;
using SharpFuzz;

// Remiss.Fuzz TARGET                  under afl-fuzz (eng/fuzz.sh): SharpFuzz's fork server, one input per run
// Remiss.Fuzz TARGET --check PATH…    replays files or folders and prints one line per finding (eng/fuzz.sh triage)
// Remiss.Fuzz --list                  the targets and their file extensions, one per line
// Remiss.Fuzz --write-seeds DIR       (re)writes the pull targets' seeds under DIR (tests/Remiss.Fuzz/Seeds)
if (args is ["--write-seeds", var seedFolder])
{
    PullSeeds.Write(seedFolder);
    return 0;
}

if (args is ["--list"])
{
    foreach (var t in FuzzTargets.All)
    {
        Console.WriteLine($"{t.Name}\t{t.Extension}");
    }

    return 0;
}

if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: Remiss.Fuzz {string.Join('|', FuzzTargets.All.Select(t => t.Name))} [--check PATH…]");
    return 2;
}

if (args.Length == 1)
{
    // Out of process: afl-fuzz's time-out (a hang) or a crash ends only the child SharpFuzz runs the
    // inputs in, which it restarts; in process either would end the campaign.
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target.Run(buffer.ToArray());
    });
    return 0;
}

if (args[1] != "--check")
{
    Console.Error.WriteLine($"unknown option {args[1]}");
    return 2;
}

// Folders are afl-fuzz's (queue, crashes, hangs): every file but its README.
var files = args.Skip(2).SelectMany<string, string>(p => Directory.Exists(p)
    ? Directory.EnumerateFiles(p).Where(f => Path.GetFileName(f) != "README.txt").Order(StringComparer.Ordinal)
    : [p]);
var findings = 0;
var checkedCount = 0;
(TimeSpan Time, string File) slowest = (TimeSpan.Zero, string.Empty);
foreach (var file in files)
{
    var input = File.ReadAllBytes(file);
    checkedCount++;
    var (kind, message, time) = Replay.Check(target, input);
    if (kind is not null)
    {
        findings++;
        Console.WriteLine($"{kind}\t{file}\t{message.ReplaceLineEndings(" ")}");
    }

    slowest = time > slowest.Time ? (time, file) : slowest;
}

Console.Error.WriteLine($"{target.Name}: {checkedCount} inputs, {findings} findings, slowest {slowest.Time.TotalMilliseconds:F0} ms{(slowest.File.Length > 0 ? $" ({Path.GetFileName(slowest.File)})" : string.Empty)}");
return findings == 0 ? 0 : 1;

/// <summary>Runs one input outside AFL and names what it broke.</summary>
internal static class Replay
{
    /// <summary>
    /// Longer than this is a hang, as afl-fuzz -t 1000 judges: the fastest of three runs after a warm-up
    /// run, so neither JIT time nor a moment of load on a shared machine counts.
    /// </summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(1);

    /// <summary>What the input broke, if anything, and the fastest warm run's time.</summary>
    public static (string? Kind, string Message, TimeSpan Time) Check(FuzzTarget target, byte[] input)
    {
        var first = Run(target, input);
        if (first.Kind is not null)
        {
            return (first.Kind, first.Message, TimeSpan.Zero);
        }

        var fastest = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            var again = Run(target, input);
            if (again.Kind is not null)
            {
                return (again.Kind, again.Message, clock.Elapsed);
            }

            fastest = clock.Elapsed < fastest ? clock.Elapsed : fastest;
            if (fastest <= HangLimit)
            {
                break;
            }
        }

        return fastest > HangLimit ? ("Hang", $"{fastest.TotalMilliseconds:F0} ms", fastest) : (null, string.Empty, fastest);
    }

    private static (string? Kind, string Message) Run(FuzzTarget target, byte[] input)
    {
        try
        {
            target.Run(input);
            return (null, string.Empty);
        }
        catch (FuzzFinding finding)
        {
            return (finding.Kind.ToString(), finding.Message);
        }
        catch (Exception e)
        {
            return (nameof(FindingKind.Exception), $"{e.GetType().FullName}: {e.Message}");
        }
    }
}
