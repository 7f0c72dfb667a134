namespace Remiss.Cli.Tests;

public sealed class FailureTests
{
    /// <summary>A console that breaks, standing in for any failure we did not foresee.</summary>
    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("konsolen är trasig");

        public override void Write(string? value) => throw new InvalidOperationException("konsolen är trasig");

        public override void WriteLine(string? value) => throw new InvalidOperationException("konsolen är trasig");
    }

    [Fact]
    public void An_unexpected_failure_prints_one_line_and_the_log_path_never_a_stack_trace()
    {
        var error = new StringWriter();
        var logs = Path.Combine(Path.GetTempPath(), "remiss-cli-tests-logs", Guid.NewGuid().ToString("N"));
        var env = new CliEnvironment { Out = new BrokenWriter(), Error = error, LogDirectory = logs };

        var exit = CliApplication.Run(["check", Examples.ExamplePath], env);

        Assert.Equal(1, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("remiss: ett oväntat fel inträffade (InvalidOperationException: konsolen är trasig). Detaljer: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line);
        var log = line[(line.IndexOf("Detaljer: ", StringComparison.Ordinal) + "Detaljer: ".Length)..].Trim();
        Assert.StartsWith(logs, log, StringComparison.Ordinal);
        var details = File.ReadAllText(log);
        Assert.Contains("arguments: check ", details);
        Assert.Contains("at Remiss.Cli.", details); // the stack trace is in the log, for whoever fixes it
        Directory.Delete(logs, recursive: true);
    }

    [Theory]
    [InlineData("new", "-o", "{0}/x.remiss.yaml")]
    [InlineData("schema", "-o", "{0}/remiss.schema.json")]
    public void A_path_that_cannot_be_written_is_named_as_the_users_to_fix_not_an_unexpected_failure(params string[] args)
    {
        using var folder = new TempFolder();
        var notAFolder = folder.Write("en-fil", "x");

        var result = Cli.Run(args.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, notAFolder)).ToArray());

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("remiss: en fil kunde inte läsas eller skrivas: ", line, StringComparison.Ordinal);
        Assert.Contains(notAFolder, line);
        Assert.DoesNotContain("oväntat", line);
    }
}
