using Remiss.Core;

namespace Remiss.Fuzz;

/// <summary>
/// One thing the fuzzer feeds bytes to. <see cref="Run"/> returns normally when every property holds and
/// throws otherwise: a <see cref="FuzzFinding"/> for a broken property, or the exception that escaped.
/// </summary>
/// <param name="Name">The name on the command line, the seed folder and the regression folder.</param>
/// <param name="Extension">The file extension of its inputs (the loaders read the path's name only for diagnostics).</param>
/// <param name="Run">Feeds one input.</param>
public sealed record FuzzTarget(string Name, string Extension, Action<byte[]> Run)
{
    /// <summary>
    /// The properties every loader promises: no <c>RMS0005</c>, and every diagnostic has a code, the file,
    /// a line and column inside the file (1-based) and a message.
    /// </summary>
    public static void CheckDiagnostics(IEnumerable<Diagnostic> diagnostics, string path, int lineCount)
    {
        foreach (var d in diagnostics)
        {
            if (d.Code == DiagnosticDescriptors.InternalError.Code)
            {
                throw new FuzzFinding(FindingKind.InternalError, d.ToString());
            }

            if (d.FilePath != path || d.Span.Line < 1 || d.Span.Column < 1 || d.Span.Line > lineCount
                || string.IsNullOrWhiteSpace(d.Message) || !d.Code.StartsWith("RMS", StringComparison.Ordinal))
            {
                throw new FuzzFinding(FindingKind.Unlocated, d.ToString());
            }
        }
    }

    /// <summary>
    /// An upper bound on the lines in the input however a reader counts them: LF, CR and the breaks YAML 1.1
    /// also knows (NEL, LS, PS) each start one.
    /// </summary>
    public static int LineCount(byte[] input)
    {
        var lines = 1;
        for (var i = 0; i < input.Length; i++)
        {
            var b = input[i];
            if (b is (byte)'\n' or (byte)'\r'
                || (b == 0xC2 && i + 1 < input.Length && input[i + 1] == 0x85)
                || (b == 0xE2 && i + 2 < input.Length && input[i + 1] == 0x80 && input[i + 2] is 0xA8 or 0xA9))
            {
                lines++;
            }
        }

        return lines;
    }
}
