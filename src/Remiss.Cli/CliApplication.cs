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

    /// <summary>The subcommands by name, made only when asked for (<see cref="Build"/>).</summary>
    private static readonly (string Name, Func<CliEnvironment, Command> Create)[] Subcommands =
    [
        ("new", env => NewCommand.Create(env)),
        ("init", InitCommand.Create),
        ("check", CheckCommand.Create),
        ("render", RenderCommand.Create),
        ("pull", PullCommand.Create),
        ("deadlines", DeadlinesCommand.Create),
        ("plan", PlanCommand.Create),
        ("wording", WordingCommand.Create),
        ("schema", SchemaCommand.Create),
        ("serve", ServeCommand.Create),
        ("archive", ArchiveCommand.Create),
    ];

    /// <summary>
    /// The root command with the subcommands <paramref name="args"/> can reach: the one its first word names, none for
    /// <c>--version</c> alone, every one otherwise (help lists them, a typo is matched against them). A subcommand's
    /// options touch what it works with (schemas, templates' names, the server's defaults), so <c>remiss --version</c>
    /// and each command start without making the others (docs/performance.md, "Start-up").
    /// </summary>
    public static Command Build(CliEnvironment env, IReadOnlyList<string>? args = null)
    {
        var root = Root();
        if (args is ["--version"])
        {
            return root;
        }

        var first = args is { Count: > 0 } ? args[0] : null;
        var named = Array.FindIndex(Subcommands, s => s.Name == first);
        foreach (var (_, create) in named >= 0 ? Subcommands[named..(named + 1)] : Subcommands)
        {
            root.Subcommands.Add(create(env));
        }

        return root;
    }

    /// <summary>
    /// The command tree of the server executable (src/Remiss.Serve): <c>remiss</c> with <c>serve</c> alone, so that
    /// program carries the server and none of the other commands, and help and errors read as the tool's.
    /// </summary>
    public static Command BuildServe(CliEnvironment env)
    {
        var root = Root();
        root.Subcommands.Add(ServeCommand.Create(env));
        return root;
    }

    private static Command Root() =>
        new("remiss", "remiss – skapa, kontrollera och skriv ut remissvar (yttrande och tjänsteutlåtande) från remissfiler (*.remiss.yaml).")
        {
            new HelpOption(),
            new VersionOption(),
        };

    /// <summary>
    /// Runs the tool: <see cref="Run(string[], CliEnvironment, Func{CliEnvironment, IReadOnlyList{string}, Command})"/>
    /// with every command, except that a native tool built without the server runs <c>serve</c> as the server
    /// executable beside it (<see cref="ServeInProcess"/>).
    /// </summary>
    public static int Run(string[] args, CliEnvironment env)
    {
        if (!ServeInProcess.IsEnabled && args is ["serve", ..])
        {
            return ServeExecutable.Run(args, env, AppContext.BaseDirectory);
        }

        return Run(args, env, Build);
    }

    /// <summary>
    /// Parses and runs. Parse errors exit 2; a command's own result is its exit code; a failure the user
    /// can act on (including a file that cannot be read or written) prints its message and exits 1;
    /// anything unexpected prints one line and the path of a log with the details, never a stack trace,
    /// and exits 1.
    /// </summary>
    public static int Run(string[] args, CliEnvironment env, Func<CliEnvironment, IReadOnlyList<string>, Command> build)
    {
        try
        {
            var parseResult = build(env, args).Parse(args);
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
