namespace Remiss.Tests.Shared;

/// <summary>The server tests' variations of the example.</summary>
internal static partial class Examples
{
    public const string DeadlineLine = "  deadline: 2025-03-10            # illustrative";

    public static string OrganisationText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml"));

    /// <summary>The example relying on the organisation file: no case.organisation, the path by ids.</summary>
    public static string ByIds => ExampleWith("  organisation: Region Västernorrland\n", string.Empty)
        .Replace("    - Hälso- och sjukvårdsutskottet\n    - Hälso- och sjukvårdsnämnden\n", "    - hsu\n    - hsn\n", StringComparison.Ordinal);

    /// <summary>The example with an impossible deadline: RMS0013 at (11,13).</summary>
    public static string Broken => ExampleWith(DeadlineLine, "  deadline: 2025-02-30");
}
