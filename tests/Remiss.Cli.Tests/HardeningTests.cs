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
        Assert.Contains($"RMS0170: '--today' är {today}, utanför de datum Remiss hanterar (1900-01-01–2199-12-31). Kontrollera årtalet.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_failures_of_one_process_share_one_log_file_of_bounded_size()
    {
        var logs = Path.Combine(Path.GetTempPath(), "remiss-cli-tests-logs", Guid.NewGuid().ToString("N"));
        var kinds = new Func<string, Exception>[]
        {
            m => new InvalidOperationException(m), m => new ArgumentException(m), m => new FormatException(m), m => new NotSupportedException(m),
            m => new KeyNotFoundException(m), m => new TimeoutException(m), m => new IndexOutOfRangeException(m), m => new ArithmeticException(m),
        };
        try
        {
            // Fifty failures of eight kinds, each far over the bound of an entry.
            var paths = Enumerable.Range(0, 50).Select(i => ErrorLog.Write(logs, kinds[i % kinds.Length](new string('x', 100_000) + i), ["serve", "."])).ToList();

            var file = Assert.Single(Directory.GetFiles(logs));
            Assert.All(paths, p => Assert.Equal(file, p));
            Assert.Matches(@"remiss-\d{8}-\d{6}-" + Environment.ProcessId + @"\.log$", file);
            Assert.Equal(kinds.Length, Entries(file).Length); // each kind once: the rest are repeats within the minute
            Assert.InRange(new FileInfo(file).Length, 1, kinds.Length * ErrorLog.MaxEntryBytes); // each entry cut to its bound
            Assert.Contains("(cut: the details are longer)", File.ReadAllText(file), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(logs, recursive: true);
        }
    }

    [Fact]
    public void A_repeated_failure_is_written_once_a_minute_with_its_count_and_a_new_one_is_written_after_a_flood()
    {
        var logs = Path.Combine(Path.GetTempPath(), "remiss-cli-tests-logs", Guid.NewGuid().ToString("N"));
        var now = new DateTime(2026, 12, 7, 20, 0, 0, DateTimeKind.Utc);
        var clock = ErrorLog.Now;
        ErrorLog.Now = () => now;
        try
        {
            // The same failure (type and place) 500 times in a minute: one entry.
            for (var i = 0; i < 500; i++)
            {
                ErrorLog.Write(logs, Thrown(() => new IOException("Bad chunk size data")), ["serve", "."]);
            }

            var file = Assert.Single(Directory.GetFiles(logs));
            Assert.Single(Entries(file));

            // A minute later it is written again, saying how many were left out.
            now += ErrorLog.RepeatInterval;
            ErrorLog.Write(logs, Thrown(() => new IOException("Bad chunk size data")), ["serve", "."]);
            Assert.Equal(2, Entries(file).Length);
            Assert.Contains("(the same failure 499 more times since 2026-12-07T20:00:00.0000000Z, not written)", File.ReadAllText(file), StringComparison.Ordinal);

            // A flood of it over hours stops short of the reserve; a real crash after it is still written.
            for (var i = 0; i < 2_000; i++)
            {
                now += ErrorLog.RepeatInterval;
                ErrorLog.Write(logs, Thrown(() => new IOException("Bad chunk size data " + new string('x', 20_000))), ["serve", "."]);
            }

            var flooded = new FileInfo(file).Length;
            ErrorLog.Write(logs, Thrown(() => new NullReferenceException("the real crash")), ["serve", "."]);
            var text = File.ReadAllText(file);

            Assert.InRange(flooded, ErrorLog.MaxFileBytes - ErrorLog.ReserveBytes - ErrorLog.MaxEntryBytes, ErrorLog.MaxFileBytes - ErrorLog.ReserveBytes + ErrorLog.MaxEntryBytes);
            Assert.Contains("System.NullReferenceException: the real crash", text, StringComparison.Ordinal);
            Assert.DoesNotContain("log full", text, StringComparison.Ordinal);
        }
        finally
        {
            ErrorLog.Now = clock;
            Directory.Delete(logs, recursive: true);
        }
    }

    /// <summary>An exception with a stack trace, thrown from one place like a server's repeated failure.</summary>
    private static Exception Thrown(Func<Exception> make)
    {
        try
        {
            throw make();
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static string[] Entries(string file) =>
        File.ReadAllLines(file).Where(l => l.StartsWith("remiss ", StringComparison.Ordinal) && l.Contains(" at 20", StringComparison.Ordinal)).ToArray();

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
