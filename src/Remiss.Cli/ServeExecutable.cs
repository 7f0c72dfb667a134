using System.Diagnostics;
using System.Runtime.InteropServices;
using Remiss.Core;

namespace Remiss.Cli;

/// <summary>
/// The server executable installed beside the native <c>remiss</c> (<c>Remiss.Serve</c>, src/Remiss.Serve): the same
/// <c>serve</c> command compiled with the server, so the tool every other command starts does not carry ASP.NET Core.
/// On Unix <c>remiss serve …</c> becomes that program (execv: same process id, signals, standard streams and exit code,
/// as if the user had started it); elsewhere it is started and waited for, and its exit code passed on.
/// </summary>
internal static partial class ServeExecutable
{
    /// <summary>The executable's file name, without the platform's extension.</summary>
    public const string Name = "Remiss.Serve";

    /// <summary>Runs <paramref name="args"/> (which start with <c>serve</c>) in the server executable in <paramref name="directory"/>.</summary>
    public static int Run(string[] args, CliEnvironment env, string directory)
    {
        var path = Path.Combine(directory, OperatingSystem.IsWindows() ? Name + ".exe" : Name);
        if (!File.Exists(path))
        {
            env.Error.WriteLine(
                $"remiss: {DiagnosticDescriptors.ServeExecutableMissingCode}: 'remiss serve' behöver programmet {Path.GetFileName(path)} bredvid remiss, men det finns inte i {Path.TrimEndingDirectorySeparator(directory)}. " +
                "Installationen är ofullständig: installera om verktyget (dotnet tool update -g Remiss.Cli), eller kör serve med 'dotnet Remiss.Cli.dll serve'.");
            return ExitCodes.Errors;
        }

        env.Out.Flush();
        env.Error.Flush();
        if (OperatingSystem.IsWindows())
        {
            return StartAndWait(path, args);
        }

        // Only returns when the system refused: the process is otherwise the server's from here on.
        string?[] argv = [path, .. args, null];
        Execv(path, argv);
        var errno = Marshal.GetLastPInvokeError();
        env.Error.WriteLine(
            $"remiss: {DiagnosticDescriptors.ServeExecutableFailedCode}: {path} kunde inte startas ({Marshal.GetPInvokeErrorMessage(errno)}). " +
            "Kontrollera att filen är körbar (chmod +x) eller installera om verktyget (dotnet tool update -g Remiss.Cli).");
        return ExitCodes.Errors;
    }

    private static int StartAndWait(string path, string[] args)
    {
        var start = new ProcessStartInfo(path) { UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Ctrl+C reaches every process of the console: the server stops itself; this one only waits for its exit code.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        using var server = Process.Start(start)!;
        server.WaitForExit();
        return server.ExitCode;
    }

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Execv(string path, string?[] argv);
}
