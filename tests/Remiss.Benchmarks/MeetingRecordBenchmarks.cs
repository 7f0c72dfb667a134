using BenchmarkDotNet.Attributes;
using Remiss.Core;
using Remiss.Templates;
using Remiss.Tests.Shared;

namespace Remiss.Benchmarks;

/// <summary>
/// What recording the meeting (ORGANISATION.md §7) costs: the example decided at both bodies with only the decision
/// recorded (§4, the baseline) against the same with the seed's proposal and the Västerbotten-shaped § 41 (a vote, a
/// reservation, an entry, jäv), loaded and validated; the nämnd's extract rendered to Markdown both ways; and the
/// §'s sentences alone.
/// </summary>
[MemoryDiagnoser]
public class MeetingRecordBenchmarks
{
    private const string Plain = "    - body: hsu\n      date: 2025-03-13\n      paragraph: 25\n    - body: hsn\n      date: 2025-03-19\n      paragraph: 41\n";
    private readonly RemissRenderer _renderer = new();
    private string _plain = string.Empty;
    private string _recorded = string.Empty;
    private LoadOptions _options = LoadOptions.Default;
    private RemissFile _plainFile = null!;
    private RemissFile _recordedFile = null!;
    private MeetingRecordWording _wording = null!;

    [GlobalSetup]
    public void Setup()
    {
        var example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));
        var organisation = OrganisationLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml")), "organisation.yaml", new OrganisationLoadOptions { PathExists = null }).File
            ?? throw new InvalidOperationException("the example organisation file does not load");
        _options = new LoadOptions { Organisation = organisation, OrganisationPath = "organisation.yaml" };
        _plain = MeetingRecords.Example(example, Plain);
        _recorded = MeetingRecords.Example(example, MeetingRecords.UtskottSeed, MeetingRecords.NamndVasterbotten);
        _plainFile = RemissLoader.Load(_plain, "bench.remiss.yaml", _options).File ?? throw new InvalidOperationException("the plain record does not load");
        _recordedFile = RemissLoader.Load(_recorded, "bench.remiss.yaml", _options).File ?? throw new InvalidOperationException("the §7 record does not load");
        _wording = MeetingRecordWording.For(_recordedFile);
    }

    [Benchmark(Baseline = true, Description = "load + validate, decisions only (§4)")]
    public RemissFile? LoadPlain() => RemissLoader.Load(_plain, "bench.remiss.yaml", _options).File;

    [Benchmark(Description = "load + validate with the §7 records")]
    public RemissFile? LoadRecorded() => RemissLoader.Load(_recorded, "bench.remiss.yaml", _options).File;

    [Benchmark(Description = "nämnd's extract .md, decision only")]
    public string ExtractPlain() => _renderer.RenderMarkdown(_plainFile, _plainFile.Decision.Meetings[1]);

    [Benchmark(Description = "nämnd's extract .md with § 41's record")]
    public string ExtractRecorded() => _renderer.RenderMarkdown(_recordedFile, _recordedFile.Decision.Meetings[1]);

    [Benchmark(Description = "§ 41's sentences and Beslut: alone")]
    public int Sentences() => _wording.Sections(_recordedFile, _recordedFile.Decision.Meetings[1]).Count + _wording.Decision(_recordedFile, _recordedFile.Decision.Meetings[1]).Clauses.Count;
}
