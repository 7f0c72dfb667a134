namespace Remiss.Core;

// The native tool's server executable (RMS0325–RMS0329): the native `remiss` does not carry the server and runs
// `remiss serve` as the executable installed beside it (docs/delivery.md, "The server beside the tool"). Codes only:
// a refusal of the tool's installation, printed by the CLI.
public static partial class DiagnosticDescriptors
{
    /// <summary>The server executable is not beside the native <c>remiss</c> (a broken or partial installation).</summary>
    public const string ServeExecutableMissingCode = "RMS0325";

    /// <summary>The server executable is there but the system refused to start it (permissions, a damaged file).</summary>
    public const string ServeExecutableFailedCode = "RMS0326";
}
