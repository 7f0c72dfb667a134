using System.CommandLine;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>Arguments and options several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>One or more remiss files or folders.</summary>
    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Remissfiler (*.remiss.yaml) eller mappar; mappar genomsöks rekursivt.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>An optional date (<c>yyyy-mm-dd</c>), parsed while parsing the command line so a bad date is bad usage.</summary>
    public static Option<CalendarDate?> Date(string name, string description, string example) => new(name)
    {
        Description = description,
        HelpName = "yyyy-mm-dd",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateRange.Parse(text, out var outOfRange) is { } date)
            {
                return date;
            }

            if (outOfRange)
            {
                // The one range rule (RMS0170): a plan from 9999-12-31 would run off the end of the calendar.
                result.AddError($"{DiagnosticDescriptors.DateOutOfRange.Code}: {DateRange.Message(name, text)}");
                return null;
            }

            result.AddError($"{name}: '{text}' är inget datum; skriv åååå-mm-dd, t.ex. {example}.");
            return null;
        },
    };

    /// <summary><c>--ics FILE</c>: where to write the iCalendar file of the plans.</summary>
    public static Option<string?> IcsFile() => new("--ics")
    {
        Description = "Skriv också en kalenderfil (iCalendar, .ics) med handlingsdag, sammanträden och svarstid för varje remiss; importeras den igen uppdateras händelserna.",
        HelpName = "FILE",
    };

    /// <summary>
    /// A file the command will write, checked before anything is done, so a path that cannot be written fails at
    /// once with nothing written: not a folder, in a folder that exists (or can be made) and is not a file.
    /// </summary>
    public static string? WritablePath(string? path, string option)
    {
        if (path is null)
        {
            return null;
        }

        if (path.Length == 0 || Directory.Exists(path) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar))
        {
            throw new UsageException($"{option}: '{path}' är en mapp; ange en fil, t.ex. {option} remisser.ics.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        for (var dir = folder; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
            {
                throw new UsageException($"{option}: '{path}' kan inte skrivas: '{dir}' är en fil, inte en mapp.");
            }

            if (Directory.Exists(dir))
            {
                break;
            }
        }

        return path;
    }

    /// <summary>Singular or plural Swedish count: <c>1 fil</c>, <c>2 filer</c>.</summary>
    public static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
