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
}
