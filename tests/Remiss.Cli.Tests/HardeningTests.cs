namespace Remiss.Cli.Tests;

/// <summary>Issue 21 in the CLI: dates range-checked at the edge, a bounded crash log.</summary>
public sealed class HardeningTests
{
    [Theory]
    [InlineData("plan", "9999-12-31")]
    [InlineData("deadlines", "2200-01-01")]
    public void A_today_outside_the_supported_range_is_bad_usage_with_its_code(string command, string today)
    {
        var result = Cli.Run(command, Examples.ExamplePath, "--today", today);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"RMS0170: --today: {today} är utanför de datum Remiss hanterar (1900-01-01–2199-12-31); skriv t.ex. 2025-03-01.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_failures_of_one_process_share_one_log_file_of_bounded_size()
    {
        var logs = Path.Combine(Path.GetTempPath(), "remiss-cli-tests-logs", Guid.NewGuid().ToString("N"));
        var big = new InvalidOperationException(new string('x', 100_000));
        try
        {
            var paths = Enumerable.Range(0, 50).Select(_ => ErrorLog.Write(logs, big, ["serve", "."])).ToList();

            var file = Assert.Single(Directory.GetFiles(logs));
            Assert.All(paths, p => Assert.Equal(file, p));
            Assert.Matches(@"remiss-\d{8}-\d{6}-" + Environment.ProcessId + @"\.log$", file);
            Assert.InRange(new FileInfo(file).Length, 500_000, ErrorLog.MaxFileBytes + 200);
            Assert.EndsWith("later failures of this process are not written)\n", File.ReadAllText(file), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(logs, recursive: true);
        }
    }

    [Fact]
    public void The_log_folder_keeps_only_the_newest_logs()
    {
        var logs = Path.Combine(Path.GetTempPath(), "remiss-cli-tests-logs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(logs);
        try
        {
            for (var i = 0; i < ErrorLog.MaxFiles + 5; i++)
            {
                var old = Path.Combine(logs, $"remiss-20250101-0000{i:00}-{i + 1}.log");
                File.WriteAllText(old, "gammal");
                File.SetLastWriteTimeUtc(old, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i));
            }

            ErrorLog.Write(logs, new InvalidOperationException("nu"), ["check"]);

            Assert.Equal(ErrorLog.MaxFiles, Directory.GetFiles(logs, "remiss-*.log").Length);
            Assert.False(File.Exists(Path.Combine(logs, "remiss-20250101-000000-1.log")));
        }
        finally
        {
            Directory.Delete(logs, recursive: true);
        }
    }
}
