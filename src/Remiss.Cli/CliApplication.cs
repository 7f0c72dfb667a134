using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Remiss.Cli.Commands;

namespace Remiss.Cli;

/// <summary>The <c>remiss</c> command tree and the one place every failure ends up.</summary>
internal static class CliApplication
{
    // Not RootCommand: it is named after the running assembly, so help would say "Remiss.Cli check" to
    // someone who typed "remiss check". Help and version are what RootCommand would add.

    /// <summary>The root command with every subcommand.</summary>
    public static Command Build(CliEnvironment env) =>
        new("remiss", "remiss – skapa, kontrollera och skriv ut remissvar (yttrande och tjänsteutlåtande) från remissfiler (*.remiss.yaml).")
        {
            new HelpOption(),
            new VersionOption(),
            NewCommand.Create(env),
            InitCommand.Create(env),
            CheckCommand.Create(env),
            RenderCommand.Create(env),
            PullCommand.Create(env),
            DeadlinesCommand.Create(env),
            PlanCommand.Create(env),
            WordingCommand.Create(env),
            SchemaCommand.Create(env),
            ServeCommand.Create(env),
            ArchiveCommand.Create(env),
        };

    /// <summary>
    /// Parses and runs. Parse errors exit 2; a command's own result is its exit code; a failure the user
    /// can act on (including a file that cannot be read or written) prints its message and exits 1;
    /// anything unexpected prints one line and the path of a log with the details, never a stack trace,
    /// and exits 1.
    /// </summary>
    public static int Run(string[] args, CliEnvironment env)
    {
        try
        {
            var parseResult = Build(env).Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                foreach (var error in parseResult.Errors)
                {
                    env.Error.WriteLine($"remiss: {error.Message}");
                }

                env.Error.WriteLine("Skriv 'remiss --help' för att se kommandon och flaggor.");
                return ExitCodes.Usage;
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            env.Error.WriteLine($"remiss: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (CommandFailedException e)
        {
            env.Error.WriteLine($"remiss: {e.Message}");
            return ExitCodes.Errors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A path the user chose that cannot be written (a file where a folder should be, no permission):
            // theirs to fix, not a bug, so no log. The message names the path.
            TryWriteLine(env.Error, $"remiss: en fil kunde inte läsas eller skrivas: {FirstLine(e.Message)} Kontrollera sökvägen och att du får skriva där.");
            return ExitCodes.Errors;
        }
        catch (Exception e)
        {
            var log = ErrorLog.Write(env.LogDirectory, e, args);
            var where = log is null ? "Loggfilen kunde inte skrivas." : $"Detaljer: {log}";
            TryWriteLine(env.Error, $"remiss: ett oväntat fel inträffade ({e.GetType().Name}: {FirstLine(e.Message)}). {where}");
            return ExitCodes.Errors;
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static void TryWriteLine(TextWriter writer, string line)
    {
        try
        {
            writer.WriteLine(line);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Nowhere left to say it; the exit code still tells.
        }
    }
}

/// <summary>Bad usage found after parsing (a path that does not exist, a malformed value); exits 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>A failure the user can act on, found while a command runs (a registry with errors); prints its message and exits 1.</summary>
internal sealed class CommandFailedException(string message) : Exception(message);
