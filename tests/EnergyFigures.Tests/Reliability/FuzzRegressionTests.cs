using EnergyFigures.Fuzz;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// Every input the fuzzer ever kept (tests/fuzz/corpus) and every crash or hang it found (tests/fuzz/findings)
/// runs through the same fuzz target here: each must now end in a result or an EnergyFiguresException.
/// </summary>
public class FuzzRegressionTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var fuzz = Path.Combine(RepoPaths.Root, "tests", "fuzz");
        foreach (var target in Targets.Names)
        {
            foreach (var folder in new[] { "corpus", "findings" })
            {
                var dir = Path.Combine(fuzz, folder, target);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(fuzz, file).Replace('\\', '/'));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Fuzz_input_ends_in_a_result_or_a_documented_error(string target, string file)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "tests", "fuzz", file));
        // A hang fails with a TimeoutException; any exception other than EnergyFiguresException escapes the target.
        await Task.Run(() => Targets.Run(target, new MemoryStream(bytes))).WaitAsync(TimeSpan.FromSeconds(10));
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
