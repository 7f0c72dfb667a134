namespace Remiss.Templates.Scripting;

/// <summary>
/// The limits a template runs under. A real document is a few kilobytes written by a few loops over tens of
/// comments; the limits leave two orders of magnitude of room and stop a runaway template in milliseconds.
/// </summary>
internal static class TemplateLimits
{
    /// <summary>Iterations per loop tree (Scriban 7 counts nested loops together): 200 comments × 50 lines fit.</summary>
    public const int LoopLimit = 10_000;

    /// <summary>Nested function calls and includes.</summary>
    public const int RecursiveLimit = 32;

    /// <summary>Output and any single string, in UTF-16 characters (1 MiB, a hundred times a real document).</summary>
    public const int OutputCharacters = 1024 * 1024;

    /// <summary>Nesting of statements the parser accepts.</summary>
    public const int ExpressionDepth = 100;

    /// <summary>A last resort for anything the counters above do not see; a real render takes milliseconds.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);
}
