using System.Diagnostics;

namespace Remiss.Tests.Shared;

/// <summary>
/// The checkout the tests run from (the folder with Remiss.sln above the test's binaries), its npm tools in eng/npm,
/// and node running a script with them: for the tests that read the repository or ask an independent reader.
/// </summary>
internal static class Checkout
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The folder of <paramref name="package"/> under eng/npm; fails the test, saying how to install it, when it is missing.</summary>
    public static string NpmPackage(string package)
    {
        var folder = Path.Combine(Root, "eng", "npm", "node_modules", package);
        Assert.True(Directory.Exists(folder), $"{package} is missing: cd eng/npm && npm ci ({folder})");
        return folder;
    }

    /// <summary>What node prints running <paramref name="script"/> with <paramref name="arguments"/>; fails the test on an exit code other than 0.</summary>
    public static string Node(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "node did not finish");
        Assert.True(process.ExitCode == 0, error.Result);
        return output.Result;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Remiss.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Remiss.sln not found above " + AppContext.BaseDirectory);
    }
}
