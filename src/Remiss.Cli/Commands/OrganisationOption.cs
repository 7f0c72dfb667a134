using System.CommandLine;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>--organisation FILE</c> and the nearest-<c>organisation.yaml</c> rule (ORGANISATION.md §1): the load options
/// for each remiss file, with the organisation file that applies to it, each organisation file loaded once.
/// </summary>
internal sealed class OrganisationOption : Option<string?>
{
    public OrganisationOption()
        : base("--organisation")
    {
        Description = "Organisationsfilen (organisation.yaml) som gäller; utan flaggan används den närmaste i remissfilens mapp eller en mapp ovanför.";
        HelpName = "FILE";
    }

    /// <summary>
    /// A function from a remiss file to its load options: <paramref name="baseOptions"/> with the organisation file given
    /// on the command line, else the nearest one. An organisation file with errors prints them and fails the command.
    /// </summary>
    public Func<string, LoadOptions> OptionsFor(ParseResult parse, LoadOptions baseOptions, CliEnvironment env)
    {
        var given = parse.GetValue(this);
        if (given is not null && !File.Exists(given))
        {
            throw new UsageException($"--organisation: hittar inte filen '{given}'.");
        }

        var loaded = new Dictionary<string, OrganisationFile>(StringComparer.Ordinal);
        return remissPath =>
        {
            var path = given ?? OrganisationLocator.Find(remissPath);
            if (path is null)
            {
                return baseOptions;
            }

            var full = Path.GetFullPath(path);
            if (!loaded.TryGetValue(full, out var organisation))
            {
                var result = OrganisationLoader.LoadFile(path);
                foreach (var diagnostic in result.Diagnostics)
                {
                    env.Out.WriteLine(diagnostic);
                }

                organisation = result.File ?? throw new CommandFailedException($"organisationsfilen '{path}' har fel; rätta dem och försök igen.");
                loaded[full] = organisation;
            }

            return baseOptions with { Organisation = organisation, OrganisationPath = path };
        };
    }
}
