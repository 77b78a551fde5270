using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EnergyFigures.Tests.Support;
using Xunit.Abstractions;

namespace EnergyFigures.Tests.Notebooks;

/// <summary>
/// A real notebook client: packs EnergyFigures (with its notebook extension) into a temporary folder under a
/// version unique to this run, then executes samples/belarus-russia-2020.ipynb headless with dotnet-repl (the
/// .NET Interactive engine, pinned in .config/dotnet-tools.json) against that folder only, and checks the
/// outputs. The executed notebook is kept beside the test binaries (notebooks/belarus-russia-2020.out.ipynb).
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed partial class SampleNotebookTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);
    private readonly string _temp = Directory.CreateTempSubdirectory("ef-notebook-").FullName;
    private string? _version;

    public void Dispose()
    {
        Directory.Delete(_temp, recursive: true);
        if (_version is not null)
        {
            // The kernel's restore extracted this run's package into the global packages folder: remove it.
            var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var extracted = Path.Combine(globalPackages, "energyfigures", _version);
            if (Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Sample_notebook_runs_headless_and_shows_the_claims_table_checks_and_charts()
    {
        var root = RepoPaths.Root;
        var (restoreExit, restoreLog) = await RunAsync(root, null, "dotnet", "tool", "restore");
        Assert.True(restoreExit == 0, "dotnet tool restore failed:\n" + restoreLog);

        // A version unique to this run: both the NuGet global packages folder and the kernel's own
        // restore cache (~/.packagemanagement) would otherwise serve an older package of the same version.
        _version = "0.0.0-nbtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var feed = Path.Combine(_temp, "feed");

        // Packed with the tests' configuration into separate bin/obj folders, away from the running build's outputs.
        var (packExit, packLog) = await RunAsync(root, null, "dotnet", "pack", Path.Combine(root, "EnergyFigures.Packages.slnf"),
            "-c", "Release", "-o", feed, "-nologo", $"-p:Version={_version}", "-p:UseArtifactsOutput=true",
            $"-p:ArtifactsPath={Path.Combine(_temp, "artifacts")}{Path.DirectorySeparatorChar}");
        Assert.True(packExit == 0, "dotnet pack failed:\n" + packLog);
        Assert.True(File.Exists(Path.Combine(feed, $"EnergyFigures.All.{_version}.nupkg")), "no package in " + feed);

        var notebook = Path.Combine(_temp, "belarus-russia-2020.ipynb");
        var executed = Path.Combine(_temp, "belarus-russia-2020.out.ipynb");
        await File.WriteAllTextAsync(notebook, PointAt(Path.Combine(root, "samples", "belarus-russia-2020.ipynb"), feed, _version));

        // RestoreSources replaces every package source of the kernel's restore with the fresh folder (no
        // network); the package's dependencies come from the global packages folder the solution's restore filled.
        var (exit, log) = await RunAsync(root, new() { ["RestoreSources"] = feed },
            "dotnet", "tool", "run", "dotnet-repl", "--run", notebook, "--exit-after-run", "--output-path", executed);
        Assert.True(File.Exists(executed), $"dotnet-repl wrote no output (exit {exit}):\n{log}");
        var keep = Path.Combine(AppContext.BaseDirectory, "notebooks");
        Directory.CreateDirectory(keep);
        File.Copy(executed, Path.Combine(keep, "belarus-russia-2020.out.ipynb"), overwrite: true);

        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(executed));
        var outputs = doc.RootElement.GetProperty("cells").EnumerateArray()
            .SelectMany(c => c.TryGetProperty("outputs", out var o) ? o.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .ToArray();
        var errors = outputs.Where(o => o.GetProperty("output_type").GetString() == "error")
            .Select(o => o.TryGetProperty("evalue", out var e) ? e.GetString() : o.ToString()).ToArray();
        Assert.True(errors.Length == 0, "cells failed:\n" + string.Join("\n---\n", errors));
        Assert.True(exit == 0, $"dotnet-repl exit code {exit} (2 means a cell failed):\n{log}");

        var html = string.Join("\n", outputs.Select(Html));
        Assert.Contains("Loading extensions from", string.Join("\n", outputs.Select(Plain)));
        Assert.Contains("<table class=\"ef-claims\"", html);
        Assert.Contains("<q>$127 per 1,000 cubic meters</q>", html);
        Assert.Contains(">less than 100 USD per 1,000 m³</td>", html);
        Assert.Contains("<b>How computed:</b>", html);
        Assert.Contains("is between 2.5 and 4.5 percentage points per year above", html);
        Assert.Contains("Verdict: <span style=\"color:#1a7f37\">consistent</span>", html);
        Assert.Contains("<img alt=\"Gas prices in the article and Gazprom&#39;s reported price to Europe\"", html);
        Assert.True(PngImage().Count(html) >= 4, "expected the four charts as inline PNG images");
        Assert.Contains("<img alt=\"European spot gas “under $100” — verdict: consistent at BP&#39;s factor, indeterminate across heating values\"", html);
        Assert.Contains("<td>2020-02-06</td>", html); // the DataFrame's dates, as ISO dates
        Assert.Contains("18 claims read back from Arrow; same ids: True", html + string.Join("\n", outputs.Select(Plain))); // the export cell ran
        output.WriteLine($"executed notebook kept at {Path.Combine(keep, "belarus-russia-2020.out.ipynb")}");
    }

    /// <summary>The committed notebook, with its <c>#r "nuget: EnergyFigures.All, …"</c> pointed at this run's version and folder.</summary>
    private static string PointAt(string path, string feed, string version)
    {
        var nb = JsonNode.Parse(File.ReadAllText(path))!;
        int references = 0;
        foreach (var line in nb["cells"]!.AsArray().SelectMany(c => c!["source"]!.AsArray()).ToArray())
        {
            var text = line!.GetValue<string>();
            var patched = PackageReference().Replace(text, $"#i \"nuget: {feed}\"\n#r \"nuget: EnergyFigures.All, {version}\"");
            if (patched != text)
            {
                line.ReplaceWith(patched);
                references++;
            }
        }

        Assert.Equal(1, references);
        return nb.ToJsonString();
    }

    private static string Html(JsonElement o) => Data(o, "text/html");

    private static string Plain(JsonElement o) => Data(o, "text/plain");

    private static string Data(JsonElement o, string mime) =>
        o.TryGetProperty("data", out var d) && d.TryGetProperty(mime, out var v)
            ? v.ValueKind == JsonValueKind.Array ? string.Concat(v.EnumerateArray().Select(l => l.GetString())) : v.GetString() ?? string.Empty
            : string.Empty;

    private async Task<(int Exit, string Log)> RunAsync(string workingDirectory, Dictionary<string, string>? env, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? [])
        {
            psi.Environment[k] = v;
        }

        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(StepTimeout);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{file} {string.Join(' ', args)} did not finish within {StepTimeout}.");
        }

        var log = new StringBuilder().Append(await stdout).Append(await stderr).ToString();
        output.WriteLine($"{file} {string.Join(' ', args.Take(3))}: exit {p.ExitCode} after {sw.Elapsed.TotalSeconds:F1} s");
        return (p.ExitCode, log);
    }

    [GeneratedRegex("#r \"nuget: *EnergyFigures\\.All *, *[^\"]*\"")]
    private static partial Regex PackageReference();

    [GeneratedRegex("src=\"data:image/png;base64,iVBORw0KGgo")]
    private static partial Regex PngImage();
}
