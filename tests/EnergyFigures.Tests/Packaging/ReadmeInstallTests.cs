using System.Text.RegularExpressions;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Packaging;

/// <summary>
/// The README's install section works as printed: its two commands (pack to a local folder, add that folder as a
/// package source) are run in a shell, word for word, with a throw-away home folder (so the NuGet configuration
/// they write is not the machine's) and the build output steered to a temporary folder; the package must land in
/// the folder and the folder must be a source in that home's NuGet configuration. No network: the pack restores
/// from the machine's package cache like every other build of the tests.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class ReadmeInstallTests
{
    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");

    /// <summary>The commands of the first sh block of the README's Install section.</summary>
    internal static IReadOnlyList<string> InstallCommands()
    {
        var install = Readme[Readme.IndexOf("\n## Install\n", StringComparison.Ordinal)..];
        var block = Regex.Match(install, "```sh\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        return block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith('#')).ToList();
    }

    [Fact]
    public void The_install_section_says_the_package_is_not_on_a_public_feed_and_has_two_commands()
    {
        var commands = InstallCommands();
        Assert.Equal(2, commands.Count);
        Assert.StartsWith("dotnet pack EnergyFigures.Packages.slnf ", commands[0], StringComparison.Ordinal);
        Assert.StartsWith("dotnet nuget add source ", commands[1], StringComparison.Ordinal);
        Assert.Contains("not on a public NuGet feed yet", Readme, StringComparison.Ordinal);
        Assert.DoesNotContain("```sh\ndotnet add package EnergyFigures\n```", Readme, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_two_install_commands_work_as_printed()
    {
        var root = Path.Combine(Path.GetTempPath(), "ef-install-" + Guid.NewGuid().ToString("N")[..10]);
        var home = Path.Combine(root, "home");
        Directory.CreateDirectory(home);
        try
        {
            var env = new Dictionary<string, string?>
            {
                ["HOME"] = home,
                ["NUGET_PACKAGES"] = PackagingFixture.GlobalPackages,
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",

                // Keep the build output out of the clone's bin/obj (the tests run from there).
                ["UseArtifactsOutput"] = "true",
                ["ArtifactsPath"] = Path.Combine(root, "artifacts"),
            };
            foreach (var command in InstallCommands())
            {
                var r = ProcessRunner.Run("bash", ["-c", command], RepoPaths.Root, env, timeoutSeconds: 600);
                Assert.True(r.ExitCode == 0, $"`{command}` failed ({r.ExitCode}):\n{r.All}");
            }

            var folder = Path.Combine(home, "energyfigures-packages");
            foreach (var id in new[] { "EnergyFigures", "EnergyFigures.Charts", "EnergyFigures.Interchange", "EnergyFigures.All" })
            {
                Assert.True(File.Exists(Path.Combine(folder, id + ".0.1.0.nupkg")), $"the package {id} is not in the folder the README names");
            }

            var config = File.ReadAllText(Path.Combine(home, ".nuget", "NuGet", "NuGet.Config"));
            Assert.Contains("energyfigures-local", config, StringComparison.Ordinal);
            Assert.Contains(folder, config, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
