using System.CommandLine;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Hosting;
using Remiss.Server.Api;
using Remiss.Server.Hosting;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>remiss serve [FOLDER] [--port N] [--listen ADDRESS] [--api-key KEY | --api-key-file FILE]</c>: the live preview page of a
/// folder and the HTTP API, until Ctrl+C. The one definition of serve: the native tool's server executable
/// (src/Remiss.Serve) runs this same command (<see cref="CliApplication.BuildServe"/>).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var folder = new Argument<string>("FOLDER")
        {
            Description = "Mappen med remissfiler (*.remiss.yaml); sökes igenom rekursivt. Standard: den aktuella mappen.",
            DefaultValueFactory = _ => ".",
        };
        var port = new Option<int>("--port")
        {
            Description = $"Porten (standard {ServerOptions.DefaultPort}; 0 väljer en ledig port).",
            DefaultValueFactory = _ => ServerOptions.DefaultPort,
        };
        var listen = new Option<string>("--listen")
        {
            Description = "IP-adressen att lyssna på. Standard 127.0.0.1 (bara den här datorn); en annan adress kräver --api-key.",
            HelpName = "ADDRESS",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"Kräv 'Authorization: Bearer NYCKEL' i varje anrop (minst {ServerOptions.MinimumApiKeyLength} tecken). Kan också ges i miljövariabeln {ServerOptions.ApiKeyVariable}.",
            HelpName = "KEY",
        };

        var apiKeyFile = new Option<string?>("--api-key-file")
        {
            Description = "Läs API-nyckeln från första raden i filen (för en tjänst: filen kan vara läsbar bara för tjänstens användare). I stället för --api-key.",
            HelpName = "FILE",
        };

        var readOnly = new Option<bool>("--read-only")
        {
            Description = "Visa bara: sidan och API:t ändrar inga filer (varje ändring avvisas).",
        };

        var command = new Command("serve", "Visa remisserna i en mapp i webbläsaren (uppdateras när du sparar) och erbjud API:t för andra system.")
        {
            folder, port, listen, apiKey, apiKeyFile, readOnly,
        };
        command.SetAction(parse =>
        {
            if (!ServeInProcess.IsEnabled)
            {
                // The native tool runs serve as the server executable before parsing (CliApplication.Run). The switch
                // is a constant there, so ILC removes the rest of this action and with it every server type.
                throw new UnreachableException("serve runs in the server executable");
            }

            var address = ParseAddress(parse.GetValue(listen)!);
            var options = new ServerOptions
            {
                Folder = parse.GetValue(folder)!,
                Port = parse.GetValue(port),
                Listen = address,
                ApiKey = Key(parse.GetValue(apiKey), parse.GetValue(apiKeyFile), env),
                ReadOnly = parse.GetValue(readOnly),
                Today = env.Today,
                Log = env.Error,
                SaveErrorDetails = e => ErrorLog.Write(env.LogDirectory, e, ["serve", parse.GetValue(folder)!]),
            };
            return Run(options, env);
        });
        return command;
    }

    private static int Run(ServerOptions options, CliEnvironment env)
    {
        if (options.Refusal() is { } refusal)
        {
            throw new UsageException(refusal);
        }

        // What a process killed mid-conversion left in the temporary folder (only our names, only of dead processes).
        Remiss.Templates.TempFolders.RemoveOrphansOnce();
        using var app = RemissServer.Build(options);
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            // Kestrel's "address already in use" and the like: the user's to fix by choosing another port.
            throw new CommandFailedException(
                $"{ServerProblems.CannotListen}: kan inte lyssna på {options.Listen}:{options.Port} ({e.Message}). Välj en annan port med --port, eller avsluta programmet som använder den.");
        }

        var address = RemissServer.Addresses(app).FirstOrDefault() ?? $"http://{options.Listen}:{options.Port}";
        env.Out.WriteLine($"Remiss visar {Path.GetFullPath(options.Folder)} på {address}/");
        if (options.ReadOnly)
        {
            env.Out.WriteLine("Skrivskyddad (--read-only): inga filer ändras härifrån.");
        }

        env.Out.WriteLine(options.ApiKey is null
            ? "Öppna adressen i webbläsaren. API:t finns under /api/v1/ (beskrivning: /openapi/v1.json). Avsluta med Ctrl+C."
            : "Varje anrop måste ha 'Authorization: Bearer NYCKEL'. API:t finns under /api/v1/ (beskrivning: /openapi/v1.json). Avsluta med Ctrl+C.");
        if (RemissServer.WatchProblem(app) is { } problem)
        {
            env.Error.WriteLine($"remiss: varning: ändringar i mappen bevakas inte ({problem}); ladda om sidan för att se dem.");
        }

        env.Out.Flush();
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    private static IPAddress ParseAddress(string text) =>
        ListenAddress.Parse(text) is { Address: { } address } ? address : throw new UsageException(ListenAddress.Parse(text).Problem!);

    /// <summary>The key from <c>--api-key</c>, <c>--api-key-file</c> (not both) or the environment, or null.</summary>
    private static string? Key(string? key, string? file, CliEnvironment env)
    {
        if (file is null)
        {
            return key ?? NonEmpty(Environment.GetEnvironmentVariable(ServerOptions.ApiKeyVariable));
        }

        if (key is not null)
        {
            throw new UsageException($"{Remiss.Core.DiagnosticDescriptors.ApiKeyFileCode}: ange nyckeln med --api-key eller --api-key-file, inte båda.");
        }

        var (read, problem, warning) = ServerOptions.ReadApiKeyFile(file);
        if (warning is not null)
        {
            env.Error.WriteLine($"remiss: varning: {warning}");
        }

        return read ?? throw new UsageException(problem!);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
