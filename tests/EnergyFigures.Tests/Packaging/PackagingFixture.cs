using System.Text.RegularExpressions;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Packaging;

/// <summary>
/// Packs EnergyFigures and EnergyFigures.Cli once per test run, with a unique pre-release version (so the
/// global NuGet cache can never serve a stale package), into a temporary folder, building under a separate
/// artifacts path (so the repository's bin/obj are not touched). Dispose removes the folder and the test
/// version from the global package cache.
/// </summary>
public sealed partial class PackagingFixture : IDisposable
{
    public PackagingFixture()
    {
        Version = "0.1.0-test." + Guid.NewGuid().ToString("N")[..12];
        Root = Path.Combine(Path.GetTempPath(), "ef-pack-" + Guid.NewGuid().ToString("N")[..10]);
        PackageDir = Path.Combine(Root, "packages");
        Directory.CreateDirectory(PackageDir);
        // The library family in one command, as the README's install section does (EnergyFigures.Packages.slnf).
        LibraryPack = Pack("EnergyFigures.Packages.slnf");
        ToolPack = Pack("src/EnergyFigures.Cli/EnergyFigures.Cli.csproj");
    }

    public string Version { get; }

    public string Root { get; }

    public string PackageDir { get; }

    public ProcessRunner.Result LibraryPack { get; }

    public ProcessRunner.Result ToolPack { get; }

    public string LibraryPackage => Path.Combine(PackageDir, $"EnergyFigures.{Version}.nupkg");

    public string LibrarySymbols => Path.Combine(PackageDir, $"EnergyFigures.{Version}.snupkg");

    /// <summary>A package of the family by id (EnergyFigures.Charts, EnergyFigures.Interchange, EnergyFigures.All).</summary>
    public string Package(string id) => Path.Combine(PackageDir, $"{id}.{Version}.nupkg");

    public string ToolPackage => Path.Combine(PackageDir, $"EnergyFigures.Cli.{Version}.nupkg");

    /// <summary>The warnings in a build's output (MSBuild format: <c>file(1,2): warning CODE: …</c>).</summary>
    public static IReadOnlyList<string> Warnings(ProcessRunner.Result r) =>
        r.All.Split('\n').Where(l => WarningPattern().IsMatch(l)).Distinct().ToList();

    /// <summary>Copies tests/consumer to a fresh folder and points its local package source at the packed folder.</summary>
    public string CopyConsumer(string name)
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "consumer");
        var target = Path.Combine(Root, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        // The consumer's nuget.config names ./packages beside it: link it to the packed folder by copying the packages.
        var packages = Path.Combine(target, "packages");
        Directory.CreateDirectory(packages);
        foreach (var p in Directory.GetFiles(PackageDir, "*.nupkg"))
        {
            File.Copy(p, Path.Combine(packages, Path.GetFileName(p)));
        }

        return target;
    }

    /// <summary>The global NuGet packages folder (where the solution's restore put EnergyFigures' dependencies).</summary>
    public static string GlobalPackages => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } c
        ? c
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>
    /// Restores, builds and runs a consumer copy against the packed version. Tests use no network: the restore
    /// names its sources explicitly, the packed folder and the global packages folder (which holds the
    /// dependencies the solution's own restore brought), instead of the consumer's nuget.config defaults.
    /// </summary>
    public ProcessRunner.Result RunConsumer(string dir)
    {
        var restore = ProcessRunner.Run(
            ProcessRunner.Dotnet,
            ["restore", dir, $"-p:EnergyFiguresVersion={Version}", "--source", Path.Combine(dir, "packages"), "--source", GlobalPackages],
            dir);
        if (restore.ExitCode != 0)
        {
            return restore;
        }

        return ProcessRunner.Run(ProcessRunner.Dotnet, ["run", "--project", dir, "--no-restore", "-c", "Release", $"-p:EnergyFiguresVersion={Version}"], dir);
    }

    /// <summary>A nuget.config that names no source at all (tool installs add the packed folder with --add-source).</summary>
    public string EmptyNugetConfig()
    {
        var path = Path.Combine(Root, "nuget.empty.config");
        File.WriteAllText(path, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");
        return path;
    }

    public void Dispose()
    {
        TryDelete(Root);
        var cache = GlobalPackages;
        TryDelete(Path.Combine(cache, "energyfigures", Version));
        TryDelete(Path.Combine(cache, "energyfigures.cli", Version));
    }

    private ProcessRunner.Result Pack(string project) => ProcessRunner.Run(
        ProcessRunner.Dotnet,
        ["pack", Path.Combine(RepoPaths.Root, project), "-c", "Release", "-o", PackageDir, $"-p:Version={Version}", "--artifacts-path", Path.Combine(Root, "artifacts")],
        RepoPaths.Root);

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@":\s+warning\s+[A-Z]+[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex WarningPattern();
}

/// <summary>Packaging tests share one pack and run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingCollection : ICollectionFixture<PackagingFixture>
{
    public const string Name = "Packaging";
}
