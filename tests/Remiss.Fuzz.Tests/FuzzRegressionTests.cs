using Remiss.Fuzz;

namespace Remiss.Fuzz.Tests;

/// <summary>
/// Every input the fuzzer ever broke something with (tests/Remiss.Fuzz.Tests/FuzzRegressions/TARGET,
/// written by eng/fuzz.sh) runs through its target again: no exception, no RMS0005, every diagnostic
/// located, and a file that loads renders to md, html and a valid .docx.
/// </summary>
public sealed class FuzzRegressionTests
{
    // Not a speed check: an input that hung the fuzzer must end at all. The limit is generous for a loaded CI machine.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Every_fuzz_finding_now_keeps_the_promises(string target, string name)
    {
        var input = File.ReadAllBytes(Corpus.RegressionPath(target, name));
        var run = Task.Run(() => FuzzTargets.Find(target)!.Run(input));
        var finished = await Task.WhenAny(run, Task.Delay(HangGuard));
        Assert.True(finished == run, $"{target}/{name} still runs after {HangGuard.TotalSeconds} s");
        await run; // a broken promise surfaces here as the target's FuzzFinding or the escaped exception
    }

    public static IEnumerable<object[]> Inputs() => Corpus.Regressions();
}
