namespace Remiss.Fuzz;

/// <summary>What a fuzz input broke; the kinds eng/fuzz.sh and docs/fuzzing.md count.</summary>
public enum FindingKind
{
    /// <summary>An exception escaped a loader or the renderer (a crash).</summary>
    Exception,

    /// <summary>A loader answered <c>RMS0005</c> ("Internt fel … Rapportera felet").</summary>
    InternalError,

    /// <summary>A diagnostic without a file, line or column, or without a message.</summary>
    Unlocated,

    /// <summary>A .docx that OpenXmlValidator rejects or that cannot be opened.</summary>
    InvalidDocx,

    /// <summary>An input that took more memory than its bound (the pull targets: <see cref="PullTargets.MaxAllocatedBytes"/>).</summary>
    Unbounded,

    /// <summary>A pull that would lose or alter what was written: a text to write despite errors, or a pulled file that does not load or does not pull back unchanged.</summary>
    Lost,

    /// <summary>A read of the served folder that did not end (a FIFO opened for reading waits for a writer).</summary>
    Hang,

    /// <summary>A file outside the served folder was listed or read (through a link).</summary>
    OutsideRead,

    /// <summary>Bytes back from the server that are not whole HTTP/1.1 answers, or a server that no longer answers (the framing target).</summary>
    BrokenAnswer,
}

/// <summary>
/// Thrown by a target when a property fails, so AFL++ records the input as a crash; the replay
/// (<c>--check</c>) and the regression tests read <see cref="Kind"/>.
/// </summary>
public sealed class FuzzFinding(FindingKind kind, string message) : Exception(message)
{
    /// <summary>Which property failed.</summary>
    public FindingKind Kind { get; } = kind;
}
