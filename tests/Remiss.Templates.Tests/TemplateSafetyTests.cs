using System.Diagnostics;

namespace Remiss.Templates.Tests;

/// <summary>A user's own templates: errors are located, includes stay in the directory, runaway templates stop fast.</summary>
public class TemplateSafetyTests
{
    private const string Name = "yttrande.md.scriban";

    private static RenderException RenderFails(string template, params (string Name, string Text)[] more)
    {
        using var dir = TestFiles.Templates([(Name, template), .. more]);
        var renderer = new RemissRenderer(new RenderOptions { TemplateDirectory = dir.Path });
        var file = TestFiles.LoadExample();
        var clock = Stopwatch.StartNew();

        var ex = Assert.Throws<RenderException>(() => renderer.RenderMarkdown(file, DocumentKind.Yttrande));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        return ex;
    }

    [Fact]
    public void An_endless_loop_stops_with_a_located_error()
    {
        var ex = RenderFails("Början\n{{ while true }}x{{ end }}");

        Assert.Matches(@"yttrande\.md\.scriban\(2,\d+\): error .*loop", ex.Message);
    }

    [Fact]
    public void Ten_megabytes_of_output_is_an_error_not_a_truncated_document()
    {
        var ex = RenderFails("{{ for i in 1..5000 }}{{ '0123456789' | string.pad_right 2000 }}{{ end }}");

        Assert.Matches(@"yttrande\.md\.scriban\(1,\d+\): error .*OutputLimit.*at most 1048576 characters", ex.Message);
    }

    [Fact]
    public void One_huge_string_is_an_error()
    {
        var ex = RenderFails("{{ x = 'a' | string.pad_right 10485760 }}{{ x }}");

        Assert.Matches(@"yttrande\.md\.scriban\(1,\d+\): error ", ex.Message);
    }

    [Fact]
    public void Deep_recursion_stops_with_a_located_error()
    {
        var ex = RenderFails("{{ func f(n)\n  ret f(n + 1)\nend }}{{ f 1 }}");

        Assert.Matches(@"yttrande\.md\.scriban\(\d+,\d+\): error .*(recursi|depth)", ex.Message);
    }

    [Fact]
    public void Recursive_include_stops_with_an_error()
    {
        var ex = RenderFails("{{ include 'self.scriban' }}", ("self.scriban", "a{{ include 'self.scriban' }}"));

        Assert.Matches(@"self\.scriban\(1,\d+\): error .*recursive depth limit .*nest at most 32 deep", ex.Message);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../secret.txt")]
    public void Includes_outside_the_template_directory_are_refused(string target)
    {
        var ex = RenderFails($"{{{{ include '{target}' }}}}");

        Assert.Matches(@"yttrande\.md\.scriban\(1,\d+\): error .*include refused", ex.Message);
        Assert.DoesNotContain("root:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Includes_inside_the_template_directory_work()
    {
        using var dir = TestFiles.Templates((Name, "{{ include 'parts/rubrik.scriban' }}"), ("parts/rubrik.scriban", "# {{ response.title }}"));
        var renderer = new RemissRenderer(new RenderOptions { TemplateDirectory = dir.Path });

        var markdown = renderer.RenderMarkdown(TestFiles.LoadExample(), DocumentKind.Yttrande);

        Assert.Equal("# Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)\n", markdown);
    }

    [Fact]
    public void A_batch_reads_each_include_once_and_renders_it_the_same_in_parallel()
    {
        using var dir = TestFiles.Templates((Name, "{{ include 'parts/rubrik.scriban' }}"), ("parts/rubrik.scriban", "# {{ response.title }}"));
        var renderer = new RemissRenderer(new RenderOptions { TemplateDirectory = dir.Path });
        var file = TestFiles.LoadExample();
        var first = renderer.RenderMarkdown(file, DocumentKind.Yttrande);

        // An edit during a batch does not give the batch's documents two different versions of the include.
        File.WriteAllText(Path.Combine(dir.Path, "parts", "rubrik.scriban"), "Ändrad");
        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => renderer.RenderMarkdown(file, DocumentKind.Yttrande)).ToList();

        Assert.All(results, r => Assert.Equal(first, r));
        Assert.StartsWith("Ändrad", new RemissRenderer(new RenderOptions { TemplateDirectory = dir.Path }).RenderMarkdown(file, DocumentKind.Yttrande), StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_in_an_included_template_names_that_file()
    {
        var ex = RenderFails("ok\n{{ include 'trasig.scriban' }}", ("trasig.scriban", "rad ett\n{{ for }}"));

        Assert.Matches(@"trasig\.scriban\(2,\d+\): error ", ex.Message);
    }

    [Fact]
    public void A_misspelt_variable_is_an_error_not_an_empty_string()
    {
        var ex = RenderFails("Rad ett\n\nHej {{ respons.title }}");

        Assert.Matches(@"yttrande\.md\.scriban\(3,\d+\): error .*respons", ex.Message);
    }

    [Fact]
    public void A_misspelt_member_is_an_error_not_an_empty_string()
    {
        var ex = RenderFails("{{ response.titel }}");

        Assert.Matches(@"yttrande\.md\.scriban\(1,\d+\): error .*titel", ex.Message);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_line_and_column()
    {
        using var dir = TestFiles.Templates((Name, "ok\n{{ if }}"));
        var renderer = new RemissRenderer(new RenderOptions { TemplateDirectory = dir.Path });

        var ex = Assert.Throws<RenderException>(() => renderer.RenderMarkdown(TestFiles.LoadExample(), DocumentKind.Yttrande));

        Assert.Matches(@"^.*yttrande\.md\.scriban\(2,\d+\): error ", ex.Message);
    }

    [Fact]
    public void The_model_is_data_not_dotnet_objects()
    {
        var ex = RenderFails("{{ response.comments[0].GetType }}");

        Assert.Matches(@"yttrande\.md\.scriban\(1,\d+\): error Cannot get member with name GetType", ex.Message);
    }

    [Fact]
    public void A_template_missing_from_the_directory_falls_back_to_the_built_in_one()
    {
        using var dir = TestFiles.Templates((Name, "Eget: {{ response.title }}"));
        var renderer = new RemissRenderer(new RenderOptions { TemplateDirectory = dir.Path });
        var file = TestFiles.LoadExample();

        Assert.StartsWith("Eget: Yttrande över remiss;", renderer.RenderMarkdown(file, DocumentKind.Yttrande), StringComparison.Ordinal);
        Assert.Equal(new RemissRenderer().RenderMarkdown(file, DocumentKind.Tjansteutlatande), renderer.RenderMarkdown(file, DocumentKind.Tjansteutlatande));
    }

    [Fact]
    public void A_missing_template_directory_is_a_clear_error()
    {
        var ex = Assert.Throws<RenderException>(() => new RemissRenderer(new RenderOptions { TemplateDirectory = "/finns/inte" }));

        Assert.Contains("/finns/inte", ex.Message, StringComparison.Ordinal);
    }
}

public class TemplateTimeTests
{
    [Fact]
    public void Many_separate_loops_that_run_too_long_are_stopped()
    {
        // Each loop stays under the loop limit; only the time budget sees the whole.
        var loops = string.Concat(Enumerable.Repeat("{{ for i in 1..9999 }}{{ x = i * 2 }}{{ end }}", 3000));
        using var dir = TestFiles.Templates(("yttrande.md.scriban", loops));
        var renderer = new RemissRenderer(new RenderOptions { TemplateDirectory = dir.Path });
        var file = TestFiles.LoadExample();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var ex = Assert.Throws<RenderException>(() => renderer.RenderMarkdown(file, DocumentKind.Yttrande));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Matches(@"yttrande\.md\.scriban\(1,\d+\): error the template ran longer than 1\.5 s and was stopped", ex.Message);
    }
}
