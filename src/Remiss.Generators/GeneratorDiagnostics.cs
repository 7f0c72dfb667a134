using Remiss.Core;

namespace Remiss.Generators;

/// <summary>
/// The generator's own diagnostics, for problems only generated C# has (its MSBuild settings, a missing
/// Remiss.Core reference, a clause's method name that is taken). Their codes are defined with every other code in
/// Core (<see cref="DiagnosticDescriptors"/>, RMS0061–RMS0064); everything else about a file is Core's too, so the CLI and the build agree.
/// </summary>
internal static class GeneratorDiagnostics
{
    public static DiagnosticDescriptor InvalidSetting => DiagnosticDescriptors.InvalidGeneratorSetting;

    public static DiagnosticDescriptor CoreNotReferenced => DiagnosticDescriptors.CoreNotReferenced;

    public static DiagnosticDescriptor ClauseMethodClash => DiagnosticDescriptors.ClauseMethodClash;

    public static DiagnosticDescriptor BodyPropertyClash => DiagnosticDescriptors.BodyPropertyClash;

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[] { InvalidSetting, CoreNotReferenced, ClauseMethodClash, BodyPropertyClash };
}
