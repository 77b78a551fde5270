using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EnergyFigures.Tests.Packaging;
using EnergyFigures.Tests.Support;
using Xunit.Abstractions;

namespace EnergyFigures.Tests.Notebooks;

/// <summary>
/// The README's notebook section works on a clean machine exactly as printed. In a throw-away home folder (so the
/// NuGet configuration the install writes, the kernel's restore cache and the global packages folder are new), the
/// test runs the README's install commands word for word (and the command for your own project, in a new console
/// project), then the README's notebook cells — read from README.md,
/// not copied, <c>#i</c>/<c>#r</c> lines included — as one notebook through the pinned .NET Interactive runner
/// (dotnet-repl), and checks every cell ran and shows what its comment says. Whatever package lines and pack
/// commands the README prints are what run.
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed partial class ReadmeNotebookTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ef-readme-nb-").FullName;

    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The C# blocks of the README's "In a notebook" section, in order: one notebook cell each.</summary>
    internal static IReadOnlyList<string> NotebookCells()
    {
        var start = Readme.IndexOf("\n## In a notebook\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README has no \"## In a notebook\" section");
        var section = Readme[(start + 1)..];
        var end = section.IndexOf("\n## ", StringComparison.Ordinal);
        section = end >= 0 ? section[..end] : section;
        return Regex.Matches(section, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value.TrimEnd('\n')).ToList();
    }

    /// <summary>The commands of the Install section's second sh block (what to run in your own project).</summary>
    internal static IReadOnlyList<string> ProjectCommands()
    {
        var install = Readme[Readme.IndexOf("\n## Install\n", StringComparison.Ordinal)..];
        install = install[..install.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var blocks = Regex.Matches(install, "```sh\n(.*?)```", RegexOptions.Singleline);
        Assert.True(blocks.Count >= 2, "the Install section has no command for your own project");
        return blocks[1].Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith('#')).ToList();
    }

    [Fact]
    public void The_notebook_cells_load_the_package_with_lines_that_work_as_printed()
    {
        var cells = NotebookCells();
        Assert.True(cells.Count >= 2, "expected a package cell and at least one cell using it");
        var directives = cells.SelectMany(c => c.Split('\n')).Where(l => l.StartsWith('#')).ToList();
        Assert.Contains(directives, l => PackageLine().IsMatch(l));

        // A placeholder (/home/you/...) or a path the kernel does not expand (~, $HOME: "Invalid URI") cannot run as printed.
        foreach (var line in directives.Where(l => l.StartsWith("#i ", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch(@"/home/you\b|~|\$", line);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_install_commands_then_the_notebook_cells_run_as_printed_on_a_clean_machine()
    {
        var repl = DotnetRepl();
        var home = Path.Combine(_root, "home");
        var packages = Path.Combine(_root, "nuget-packages");
        Directory.CreateDirectory(home);
        var clean = new Dictionary<string, string?>
        {
            ["HOME"] = home,
            ["NUGET_PACKAGES"] = packages,
            ["DOTNET_CLI_HOME"] = home,
            ["XDG_CONFIG_HOME"] = Path.Combine(home, ".config"),
        };

        // Third-party dependencies may come from the machine's packages folder (no download needed), unless it holds
        // a package the README's notebook loads: then a stale copy could stand in for the fresh pack, so it is not used.
        var loaded = NotebookCells().SelectMany(c => c.Split('\n')).Select(l => PackageLine().Match(l)).Where(m => m.Success)
            .Select(m => (Id: m.Groups["id"].Value.Trim(), Version: m.Groups["version"].Value.Trim())).ToList();
        // (Any EnergyFigures* package of that version counts: a notebook package may bring the library as a dependency.)
        var stale = loaded.Any(p => Directory.Exists(Path.Combine(PackagingFixture.GlobalPackages, p.Id.ToLowerInvariant(), p.Version)))
            || (Directory.Exists(PackagingFixture.GlobalPackages) && Directory.GetDirectories(PackagingFixture.GlobalPackages, "energyfigures*")
                .Any(d => loaded.Any(p => Directory.Exists(Path.Combine(d, p.Version)))));
        if (!stale)
        {
            clean["NUGET_FALLBACK_PACKAGES"] = PackagingFixture.GlobalPackages;
        }

        // 1. The install section, word for word (build output steered out of the clone's bin/obj, as in ReadmeInstallTests).
        var install = new Dictionary<string, string?>(clean)
        {
            ["UseArtifactsOutput"] = "true",
            ["ArtifactsPath"] = Path.Combine(_root, "artifacts"),
        };
        foreach (var command in ReadmeInstallTests.InstallCommands())
        {
            var r = await Task.Run(() => ProcessRunner.Run("bash", ["-c", command], RepoPaths.Root, install, timeoutSeconds: 900));
            output.WriteLine($"$ {command}: exit {r.ExitCode}");
            Assert.True(r.ExitCode == 0, $"`{command}` failed ({r.ExitCode}):\n{r.All}");
        }

        // 1b. "Then, in your own project, the usual command works": the Install section's next command, word for word,
        // in a new console project (restoring the package from the source the install commands added).
        var app = Path.Combine(_root, "app");
        var created = await Task.Run(() => ProcessRunner.Run(ProcessRunner.Dotnet, ["new", "console", "-o", app], _root, clean, timeoutSeconds: 300));
        Assert.True(created.ExitCode == 0, "dotnet new console failed:\n" + created.All);
        foreach (var command in ProjectCommands())
        {
            var r = await Task.Run(() => ProcessRunner.Run("bash", ["-c", command], app, clean, timeoutSeconds: 600));
            output.WriteLine($"$ {command}: exit {r.ExitCode}");
            Assert.True(r.ExitCode == 0, $"`{command}` failed in a new project ({r.ExitCode}):\n{r.All}");
        }

        // 2. The notebook cells, word for word, as one notebook, run from a folder of its own.
        var work = Path.Combine(_root, "work");
        Directory.CreateDirectory(work);
        var cells = NotebookCells();
        var notebook = Path.Combine(work, "readme.ipynb");
        var executed = Path.Combine(work, "readme.out.ipynb");
        await File.WriteAllTextAsync(notebook, Notebook(cells));
        var run = await Task.Run(() => ProcessRunner.Run(ProcessRunner.Dotnet, [repl, "--run", notebook, "--exit-after-run", "--output-path", executed], work, clean, timeoutSeconds: 900));
        output.WriteLine($"dotnet-repl: exit {run.ExitCode}");
        Assert.True(File.Exists(executed), $"dotnet-repl wrote no output (exit {run.ExitCode}):\n{run.All}");
        var keep = Path.Combine(AppContext.BaseDirectory, "notebooks");
        Directory.CreateDirectory(keep);
        File.Copy(executed, Path.Combine(keep, "readme.out.ipynb"), overwrite: true);

        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(executed));
        var executedCells = doc.RootElement.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(cells.Count, executedCells.Count);
        var outputs = executedCells.Select(c => c.TryGetProperty("outputs", out var o) ? o.EnumerateArray().ToList() : []).ToList();
        var errors = outputs.SelectMany(o => o).Where(o => o.GetProperty("output_type").GetString() == "error")
            .Select(o => o.TryGetProperty("evalue", out var e) ? e.GetString() : o.ToString()).ToArray();
        Assert.True(errors.Length == 0, "README notebook cells failed:\n" + string.Join("\n---\n", errors));
        Assert.True(run.ExitCode == 0, $"dotnet-repl exit code {run.ExitCode} (2 means a cell failed):\n{run.All}");

        // The package came from the fresh pack (restored into this clean home's packages folder), with its notebook extension.
        var plain = string.Join("\n", outputs.SelectMany(o => o).Select(o => Data(o, "text/plain")));
        Assert.Matches(Regex.Escape($"Loading extensions from `{packages}{Path.DirectorySeparatorChar}energyfigures"), plain);

        // Every cell after the package cell shows a value, and together they show what the comments promise.
        for (int i = 1; i < cells.Count; i++)
        {
            Assert.True(outputs[i].Any(o => Data(o, "text/html").Length > 0), $"README notebook cell {i + 1} shows nothing:\n{cells[i]}");
        }

        var html = string.Join("\n", outputs.SelectMany(o => o).Select(o => Data(o, "text/html")));
        Assert.Contains("<table class=\"ef-claims\"", html);
        Assert.Contains("<b>How computed:</b>", html);
        Assert.Contains("is between 2.5 and 4.5 percentage points per year above", html);
        Assert.Contains("Verdict: <span style=\"color:#1a7f37\">consistent</span>", html);
        Assert.Contains("src=\"data:image/png;base64,iVBORw0KGgo", html);
    }

    /// <summary>The runner pinned in .config/dotnet-tools.json, restored by <c>dotnet tool restore</c> into the machine's packages folder.</summary>
    private static string DotnetRepl()
    {
        var restore = ProcessRunner.Run(ProcessRunner.Dotnet, ["tool", "restore"], RepoPaths.Root, timeoutSeconds: 600);
        Assert.True(restore.ExitCode == 0, "dotnet tool restore failed:\n" + restore.All);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".config", "dotnet-tools.json")))!;
        var version = manifest["tools"]!["dotnet-repl"]!["version"]!.GetValue<string>();
        var tools = Path.Combine(PackagingFixture.GlobalPackages, "dotnet-repl", version, "tools");
        var dll = Directory.Exists(tools) ? Directory.GetFiles(tools, "dotnet-repl.dll", SearchOption.AllDirectories).FirstOrDefault() : null;
        Assert.True(dll is not null, $"dotnet-repl {version} not found under {tools}");
        return dll;
    }

    /// <summary>A C# notebook (.ipynb) with one code cell per text, each exactly as given.</summary>
    private static string Notebook(IEnumerable<string> cells)
    {
        var list = new JsonArray();
        foreach (var cell in cells)
        {
            var lines = cell.Split('\n');
            var source = new JsonArray(lines.Select((l, k) => (JsonNode)JsonValue.Create(k < lines.Length - 1 ? l + "\n" : l)!).ToArray());
            list.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" }, ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
                ["outputs"] = new JsonArray(),
                ["source"] = source,
            });
        }

        var nb = new JsonObject
        {
            ["cells"] = list,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "csharp" },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject { ["defaultKernelName"] = "csharp", ["items"] = new JsonArray(new JsonObject { ["name"] = "csharp" }) },
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return nb.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static string Data(JsonElement o, string mime) =>
        o.TryGetProperty("data", out var d) && d.TryGetProperty(mime, out var v)
            ? v.ValueKind == JsonValueKind.Array ? string.Concat(v.EnumerateArray().Select(l => l.GetString())) : v.GetString() ?? string.Empty
            : string.Empty;

    [GeneratedRegex("^#r \"nuget: *(?<id>[^,\"]+) *, *(?<version>[^\"]+)\"")]
    private static partial Regex PackageLine();
}
