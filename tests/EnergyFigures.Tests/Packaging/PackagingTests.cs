using System.IO.Compression;
using System.Xml.Linq;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Packaging;

[Trait("Category", "Slow")] // starts processes or packs: outside the inner loop (docs/architecture.md)
[Collection(PackagingCollection.Name)]
public sealed class PackagingTests(PackagingFixture fx)
{
    [Fact]
    public void Pack_gives_nupkg_and_snupkg_with_zero_warnings()
    {
        Assert.True(fx.LibraryPack.ExitCode == 0, fx.LibraryPack.All);
        Assert.True(fx.ToolPack.ExitCode == 0, fx.ToolPack.All);
        Assert.Empty(PackagingFixture.Warnings(fx.LibraryPack));
        Assert.Empty(PackagingFixture.Warnings(fx.ToolPack));
        Assert.True(File.Exists(fx.LibraryPackage));
        Assert.True(File.Exists(fx.LibrarySymbols));
        Assert.True(File.Exists(fx.ToolPackage));
    }

    [Fact]
    public void Library_package_has_metadata_readme_notices_docs_and_embedded_data()
    {
        using var zip = ZipFile.OpenRead(fx.LibraryPackage);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("README.md", names);
        Assert.Contains("THIRD-PARTY-NOTICES.md", names);
        Assert.Contains("lib/net10.0/EnergyFigures.dll", names);
        Assert.Contains("lib/net10.0/EnergyFigures.xml", names);
        Assert.Contains(names, n => n.StartsWith("interactive-extensions/dotnet/", StringComparison.Ordinal) && n.EndsWith(".dll", StringComparison.Ordinal));

        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var ns = nuspec.Root!.Name.Namespace;
        var meta = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal(fx.Version, meta.Element(ns + "version")!.Value);
        var license = meta.Element(ns + "license")!;
        Assert.Equal("expression", license.Attribute("type")!.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", meta.Element(ns + "readme")!.Value);
        Assert.Contains("energy", meta.Element(ns + "tags")!.Value.Split(' '));
        Assert.False(string.IsNullOrWhiteSpace(meta.Element(ns + "description")!.Value));
        Assert.NotNull(meta.Element(ns + "repository")?.Attribute("commit"));

        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), readme.ReadToEnd());
        using var notices = new StreamReader(zip.GetEntry("THIRD-PARTY-NOTICES.md")!.Open());
        var text = notices.ReadToEnd();
        Assert.Contains("CC BY 4.0", text);
        Assert.Contains("European Central Bank", text);
        Assert.Contains("FRED", text);
        Assert.Contains("BP Statistical Review", text);
        Assert.Contains("DejaVu", text);
        Assert.Contains("data/SOURCES.md", names);
        Assert.Contains("https://tass.com/world/1201769", text);

        // The shipped claims are embedded in the assembly (not content files).
        using var dll = new MemoryStream();
        zip.GetEntry("lib/net10.0/EnergyFigures.dll")!.Open().CopyTo(dll);
        var bytes = dll.ToArray();
        Assert.True(IndexOf(bytes, "EnergyFigures.Data.claims.csv"u8.ToArray()) >= 0);
    }

    /// <summary>The dependencies a package declares, from its nuspec.</summary>
    private static string[] Dependencies(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var ns = nuspec.Root!.Name.Namespace;
        return [.. nuspec.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).Distinct().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void The_core_package_depends_on_CsvHelper_only()
    {
        Assert.Equal(["CsvHelper"], Dependencies(fx.LibraryPackage));
        using var zip = ZipFile.OpenRead(fx.LibraryPackage);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("runtimes/", StringComparison.Ordinal)); // no native assets
        Assert.Contains("interactive-extensions/dotnet/EnergyFigures.Interactive.dll", zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Charts_tables_and_all_packages_carry_what_their_names_say()
    {
        Assert.Equal(["EnergyFigures", "ScottPlot"], Dependencies(fx.Package("EnergyFigures.Charts")));
        Assert.Equal(["Apache.Arrow", "EnergyFigures", "Microsoft.Data.Analysis", "Parquet.Net"], Dependencies(fx.Package("EnergyFigures.Interchange")));
        Assert.Equal(["EnergyFigures", "EnergyFigures.Charts", "EnergyFigures.Interchange"], Dependencies(fx.Package("EnergyFigures.All")));

        using var charts = ZipFile.OpenRead(fx.Package("EnergyFigures.Charts"));
        var names = charts.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net10.0/EnergyFigures.Charts.dll", names);
        Assert.Contains("interactive-extensions/dotnet/EnergyFigures.Charts.Interactive.dll", names);
        Assert.Contains("licenses/LICENSE-DejaVu.txt", names);
        using var tables = ZipFile.OpenRead(fx.Package("EnergyFigures.Interchange"));
        Assert.Contains("lib/net10.0/EnergyFigures.Interchange.dll", tables.Entries.Select(e => e.FullName));
        using var all = ZipFile.OpenRead(fx.Package("EnergyFigures.All"));
        Assert.DoesNotContain(all.Entries, e => e.FullName.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void Symbol_package_has_the_portable_pdb()
    {
        using var zip = ZipFile.OpenRead(fx.LibrarySymbols);
        Assert.Contains("lib/net10.0/EnergyFigures.pdb", zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Tool_package_is_a_dotnet_tool_named_energy_figures()
    {
        using var zip = ZipFile.OpenRead(fx.ToolPackage);
        var settings = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        var xml = XDocument.Load(settings.Open());
        Assert.Equal("energy-figures", xml.Descendants("Command").Single().Attribute("Name")!.Value);
        Assert.Contains("THIRD-PARTY-NOTICES.md", zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Consumer_project_restores_the_package_and_compares_two_shipped_claims()
    {
        var dir = fx.CopyConsumer("consumer");
        var r = fx.RunConsumer(dir);
        Assert.True(r.ExitCode == 0, r.All);
        Assert.Contains("claims: 18", r.Out);
        Assert.Contains("difference: ($27, +∞) per 1,000 m³", r.Out);
        Assert.Contains("explained: $127 per 1,000 m³ (Alexander Lukashenko", r.Out);
        Assert.Contains("source: Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06", r.Out);
        Assert.Contains("check: Consistent", r.Out);
        Assert.Contains("reference: ≈ $99.22 per 1,000 m³", r.Out);

        // It used the core package alone, not a project: the assets file names the packed version, and
        // neither the charts nor the tables package (nor their graphics and table libraries) came with it.
        var assets = File.ReadAllText(Path.Combine(dir, "obj", "project.assets.json"));
        Assert.Contains($"\"EnergyFigures/{fx.Version}\"", assets);
        Assert.DoesNotContain("\"type\": \"project\"", assets);
        foreach (var absent in new[] { "EnergyFigures.Charts/", "EnergyFigures.Interchange/", "ScottPlot/", "SkiaSharp", "Microsoft.Data.Analysis/", "Apache.Arrow/", "Parquet.Net/" })
        {
            Assert.DoesNotContain("\"" + absent, assets, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_csharp_example_compiles_and_runs_unchanged_against_the_package()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("```csharp", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no ```csharp example.");
        start = readme.IndexOf('\n', start) + 1;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        var example = readme[start..end];

        var dir = fx.CopyConsumer("readme-example");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), example);
        var r = fx.RunConsumer(dir);
        Assert.True(r.ExitCode == 0, r.All);
        Assert.False(string.IsNullOrWhiteSpace(r.Out));
    }

    [Fact]
    public void Tool_installs_from_the_local_folder_and_runs()
    {
        var toolPath = Path.Combine(fx.Root, "tools");
        var install = ProcessRunner.Run(
            ProcessRunner.Dotnet,
            ["tool", "install", "--tool-path", toolPath, "--configfile", fx.EmptyNugetConfig(), "--add-source", fx.PackageDir, "EnergyFigures.Cli", "--version", fx.Version],
            fx.Root);
        Assert.True(install.ExitCode == 0, install.All);
        var exe = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "energy-figures.exe" : "energy-figures");
        Assert.True(File.Exists(exe), install.All);

        var check = ProcessRunner.Run(exe, ["check", "gas-price-offered-2020"], fx.Root, timeoutSeconds: 120);
        Assert.True(check.ExitCode == 0, check.All);
        Assert.StartsWith("gas-price-offered-2020: $127 per 1,000 cubic meters — CONSISTENT (verification against ref-gas-price-belarus-2020)", check.Out);

        var chartFile = Path.Combine(fx.Root, "tool-chart.png");
        var chart = ProcessRunner.Run(exe, ["chart", "gas-price-offered-2020", "europe-spot-gas-price-2020-02", "-o", chartFile], fx.Root, timeoutSeconds: 120);
        Assert.True(chart.ExitCode == 0, chart.All);
        Assert.True(new FileInfo(chartFile).Length > 1000);

        var version = ProcessRunner.Run(exe, ["--version"], fx.Root, timeoutSeconds: 120);
        Assert.StartsWith(fx.Version, version.Out.Trim());

        var bad = ProcessRunner.Run(exe, ["show", "no-such-claim"], fx.Root, timeoutSeconds: 120);
        Assert.Equal(4, bad.ExitCode);
        Assert.Single(bad.Err.Trim().Split('\n'));
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (int i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
