using System.Diagnostics.CodeAnalysis;

namespace Remiss.Cli;

/// <summary>
/// Whether <c>remiss serve</c> runs the server in this process. True everywhere but the native linux-x64 tool, whose
/// project sets the switch to false at publish (Remiss.Cli.csproj): ILC then removes the in-process branch and with it
/// Remiss.Server and ASP.NET Core, a third of the executable, which every start of every command would otherwise expand
/// before <c>Main</c> (docs/performance.md, "Start-up"). That tool runs <c>serve</c> as <see cref="ServeExecutable"/>.
/// </summary>
internal static class ServeInProcess
{
    /// <summary>The switch's name, in Remiss.Cli.csproj's <c>RuntimeHostConfigurationOption</c>.</summary>
    public const string SwitchName = "Remiss.Cli.ServeInProcess";

    [FeatureSwitchDefinition(SwitchName)]
    public static bool IsEnabled { get; } = !AppContext.TryGetSwitch(SwitchName, out var enabled) || enabled;
}
