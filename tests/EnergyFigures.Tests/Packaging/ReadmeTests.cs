using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Packaging;

/// <summary>The README shows what a new user runs, unchanged.</summary>
public class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_csharp_example_is_the_consumer_program_the_package_tests_compile_and_run()
    {
        var program = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "consumer", "Program.cs")).ReplaceLineEndings("\n");
        var body = string.Join("\n", program.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal))).Trim();
        Assert.Contains("```csharp\n" + body + "\n```", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_commands_are_the_ci_test_command_and_the_report()
    {
        Assert.Contains("dotnet run --project src/EnergyFigures.Cli -c Release -- report -o out", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test EnergyFigures.sln -c Release", Readme, StringComparison.Ordinal);
        var ci = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run"));
        Assert.Contains("\ndotnet test EnergyFigures.sln -c Release ", ci, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_image_and_local_link_in_the_readme_exists()
    {
        var links = System.Text.RegularExpressions.Regex.Matches(Readme, @"\]\(([^)#]+)\)").Select(m => m.Groups[1].Value)
            .Where(l => !l.StartsWith("http", StringComparison.Ordinal)).Distinct().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, link)) || Directory.Exists(Path.Combine(RepoPaths.Root, link)), $"README links to a missing file: {link}");
        }
    }
}
