namespace Remiss.Core;

/// <summary>
/// The definition of format <c>organisation/1</c> (ORGANISATION.md §1). The loader checks keys and types
/// against it; the CLI's <c>init</c> and <c>schema --organisation</c> write the same definitions out, so
/// the commented file, the editor's help and <c>remiss check</c> cannot disagree.
/// </summary>
public static class OrganisationSchema
{
    private static readonly string[] HouseStyleNames = { "att", "numbered" };

    /// <summary>The allowed values of <c>house_style</c>.</summary>
    public static IReadOnlyList<string> HouseStyleValues { get; } = HouseStyleNames;

    /// <summary>The file's spelling of a house style: <c>att</c>, <c>numbered</c>.</summary>
    public static string HouseStyleName(HouseStyle style) => HouseStyleNames[(int)style];

    /// <summary>The house style a value names, or null when it names none.</summary>
    public static HouseStyle? ParseHouseStyle(string? value) =>
        Array.IndexOf(HouseStyleNames, value?.Trim()) is var i and >= 0 ? (HouseStyle)i : null;

    private static readonly string[] PdfEngineNames = { "native", "libreoffice" };

    /// <summary>The allowed values of <c>pdf_engine</c>.</summary>
    public static IReadOnlyList<string> PdfEngineValues { get; } = PdfEngineNames;

    /// <summary>The file's (and the command line's) spelling of a PDF engine: <c>native</c>, <c>libreoffice</c>.</summary>
    public static string PdfEngineName(PdfEngine engine) => PdfEngineNames[(int)engine];

    /// <summary>The PDF engine a value names, or null when it names none.</summary>
    public static PdfEngine? ParsePdfEngine(string? value) =>
        Array.IndexOf(PdfEngineNames, value?.Trim()) is var i and >= 0 ? (PdfEngine)i : null;

    private static readonly string[] PdfProfileNames = { "pdf-ua", "pdfa-2a" };

    /// <summary>The allowed values of <c>pdf_profile</c>.</summary>
    public static IReadOnlyList<string> PdfProfileValues { get; } = PdfProfileNames;

    /// <summary>The file's (and the command line's) spelling of a PDF profile: <c>pdf-ua</c>, <c>pdfa-2a</c>.</summary>
    public static string PdfProfileName(PdfProfile profile) => PdfProfileNames[(int)profile];

    /// <summary>The PDF profile a value names, or null when it names none.</summary>
    public static PdfProfile? ParsePdfProfile(string? value) =>
        Array.IndexOf(PdfProfileNames, value?.Trim()) is var i and >= 0 ? (PdfProfile)i : null;

    /// <summary>The root of the format.</summary>
    public static SchemaNode Root { get; } = Build();

    private static SchemaNode Build()
    {
        const bool req = true;
        const bool opt = false;
        var signatory = new SchemaNode(string.Empty, SchemaValueKind.Mapping, req, "En undertecknare.")
        {
            Children = new[]
            {
                new SchemaNode("name", SchemaValueKind.Text, req, "Namn."),
                new SchemaNode("role", SchemaValueKind.Text, opt, "Roll, t.ex. Ordförande, hälso- och sjukvårdsnämnden."),
            },
        };
        var body = new SchemaNode(string.Empty, SchemaValueKind.Mapping, req, "Ett organ (nämnd, utskott, styrelse).")
        {
            Children = new[]
            {
                new SchemaNode("id", SchemaValueKind.Text, req, "Kort id med små bokstäver och bindestreck, t.ex. hsn; kan skrivas i decision.path i stället för namnet."),
                new SchemaNode("name", SchemaValueKind.Text, req, "Organets namn som det skrivs i protokollen, t.ex. Hälso- och sjukvårdsnämnden."),
                new SchemaNode("papers_due_days", SchemaValueKind.Integer, opt, $"Antal kalenderdagar före ett sammanträde som handlingarna ska vara klara (standard {OrganisationBody.DefaultPapersDueDays}).")
                {
                    Default = OrganisationBody.DefaultPapersDueDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
                new SchemaNode("adjustment_days", SchemaValueKind.Integer, opt, $"Antal kalenderdagar efter ett sammanträde som protokollet justeras (standard {OrganisationBody.DefaultAdjustmentDays}).")
                {
                    Default = OrganisationBody.DefaultAdjustmentDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
                new SchemaNode("meetings", SchemaValueKind.Sequence, opt, "Organets sammanträdesdagar i datumordning (åååå-mm-dd).")
                {
                    Items = new SchemaNode(string.Empty, SchemaValueKind.Date, req, "Ett sammanträde (åååå-mm-dd)."),
                },
                new SchemaNode("signatories", SchemaValueKind.Sequence, opt, "De som undertecknar ett yttrande som organet beslutar.") { Items = signatory },
            },
        };
        return new SchemaNode(string.Empty, SchemaValueKind.Mapping, req, "Organisationens namn, organ, stil och mallar (format organisation/1).")
        {
            Children = new[]
            {
                new SchemaNode("format", SchemaValueKind.Text, req, "Filformatets version. Skriv 'organisation/1'."),
                new SchemaNode("name", SchemaValueKind.Text, req, "Organisationens namn, t.ex. Region Västernorrland; ersätter case.organisation i remissfilerna."),
                new SchemaNode("house_style", SchemaValueKind.Choice, opt, "Hur besluten skrivs: att (att-satser, standard) eller numbered (numrerade meningar).") { Choices = HouseStyleValues, Default = HouseStyleName(HouseStyle.Att) },
                new SchemaNode("reference_docx", SchemaValueKind.Text, opt, "En .docx med formatmallar och brevhuvud, relativt den här filen."),
                new SchemaNode("pdf_engine", SchemaValueKind.Choice, opt, "Vem som skriver PDF:en: native (Remiss själv, standard) eller libreoffice (LibreOffice skriver ut .docx-filen; kräver LibreOffice).") { Choices = PdfEngineValues, Default = PdfEngineName(PdfEngine.Native) },
                new SchemaNode("pdf_profile", SchemaValueKind.Choice, opt, "Vilka standarder Remiss PDF:er följer: pdf-ua (tillgänglig PDF, standard) eller pdfa-2a (även PDF/A-2a för arkivering). Gäller pdf_engine: native.") { Choices = PdfProfileValues, Default = PdfProfileName(PdfProfile.PdfUA) },
                new SchemaNode("templates", SchemaValueKind.Text, opt, "En mapp med egna mallar, relativt den här filen."),
                new SchemaNode("registries", SchemaValueKind.Sequence, opt, "Egna att-satser (*.wording.yaml), relativt den här filen.")
                {
                    Items = new SchemaNode(string.Empty, SchemaValueKind.Text, req, "Ett register (*.wording.yaml)."),
                },
                new SchemaNode("bodies", SchemaValueKind.Sequence, opt, "Organen som förekommer i beslutsvägarna.") { Items = body },
                new SchemaNode("minutes", SchemaValueKind.Mapping, opt, "Hur organisationens protokoll skrivs.")
                {
                    Children = new[]
                    {
                        new SchemaNode("decision_heading", SchemaValueKind.Text, opt, $"Rubriken över beslutsgången i protokollsutdragen, t.ex. Propositionsordning (standard {MeetingProceedings.DefaultRouteHeading}).")
                        {
                            Default = MeetingProceedings.DefaultRouteHeading,
                        },
                        new SchemaNode("kept_at", SchemaValueKind.Text, opt, "Förvaringsplats för protokollen, som den skrivs på anslaget om justering, t.ex. Regionkansliet, Härnösand."),
                        new SchemaNode("certified_by", SchemaValueKind.Mapping, opt, "Vem som skriver under anslagen om justering, t.ex. nämndsekreteraren.")
                        {
                            Children = signatory.Children,
                        },
                    },
                },
            },
        };
    }
}
