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
            if (CalendarDate.TryParseIso(text, out var date))
            {
                return date;
            }

            result.AddError($"{name}: '{text}' är inget datum; skriv åååå-mm-dd, t.ex. {example}.");
            return null;
        },
    };

    /// <summary>Singular or plural Swedish count: <c>1 fil</c>, <c>2 filer</c>.</summary>
    public static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
