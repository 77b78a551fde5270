using EnergyFigures.Fuzz;
using EnergyFigures.Tests.Support;
using EnergyFigures.Errors;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// Every input the fuzzer ever kept (tests/fuzz/corpus) and every crash or hang it found (tests/fuzz/findings)
/// runs through the same fuzz target here: each must now end in a result or an EnergyFiguresException.
/// </summary>
public class FuzzRegressionTests
{
    private static string Fuzz => Path.Combine(RepoPaths.Root, "tests", "fuzz");

    public static TheoryData<string> TargetNames() => new(Targets.Names);

    /// <summary>Every crash or hang the fuzzer found, one test case each.</summary>
    public static TheoryData<string, string> Findings()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in Targets.Names)
        {
            var dir = Path.Combine(Fuzz, "findings", target);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                data.Add(target, Path.GetRelativePath(Fuzz, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public async Task Every_finding_now_ends_in_a_result_or_a_documented_error(string target, string file)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Fuzz, file));
        // A hang fails with a TimeoutException; any exception other than EnergyFiguresException escapes the target.
        await Task.Run(() => Targets.Run(target, new MemoryStream(bytes))).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [MemberData(nameof(TargetNames))]
    public async Task The_whole_corpus_of_a_target_ends_in_results_or_documented_errors(string target)
    {
        var files = Directory.EnumerateFiles(Path.Combine(Fuzz, "corpus", target)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        await Task.Run(() =>
        {
            foreach (var file in files)
            {
                try
                {
                    Targets.Run(target, new MemoryStream(File.ReadAllBytes(file)));
                }
                catch (Exception e) when (e is not EnergyFiguresException)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(file)}: {e.GetType().Name}: {e.Message}", e);
                }
            }
        }).WaitAsync(TimeSpan.FromSeconds(120));
    }

    [Fact]
    public void Every_target_has_a_seed_corpus()
    {
        foreach (var target in Targets.Names)
        {
            var dir = Path.Combine(RepoPaths.Root, "tests", "fuzz", "corpus", target);
            Assert.True(Directory.Exists(dir) && Directory.EnumerateFiles(dir).Any(), $"no corpus for {target}");
        }
    }
}
