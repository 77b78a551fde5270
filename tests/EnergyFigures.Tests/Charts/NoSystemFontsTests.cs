using System.Diagnostics;
using EnergyFigures.ChartGallery;
using EnergyFigures.Charts;
using EnergyFigures.Tests.Support;
using static EnergyFigures.Tests.Charts.ChartTestSupport;

namespace EnergyFigures.Tests.Charts;

/// <summary>
/// Renders the gallery in a child process that sees no system fonts, and compares with the normal render.
/// The SkiaSharp native library ScottPlot brings does not use fontconfig: it scans <c>/usr/share/fonts</c>.
/// So the child runs in a private mount namespace (<c>unshare --mount</c>) with an empty tmpfs mounted over
/// that folder. Needs Linux and <c>unshare</c> (as root, or with unprivileged user namespaces); without them
/// the test fails with a message saying so — it never passes without having checked.
/// </summary>
[Trait("Category", "Slow")] // starts processes or packs: outside the inner loop (docs/architecture.md)
[Collection(ChartCollection.Name)]
public sealed class NoSystemFontsTests
{
    [Fact]
    public async Task Charts_render_identically_with_no_system_fonts()
    {
        Assert.True(OperatingSystem.IsLinux(), "This test hides the system fonts with a Linux mount namespace (unshare); run it on Linux.");
        var unshare = new[] { "/usr/bin/unshare", "/bin/unshare" }.FirstOrDefault(File.Exists);
        Assert.True(unshare is not null, "unshare (util-linux) is not installed: cannot hide the system fonts from a child process. Install util-linux.");
        Assert.True(Directory.Exists("/usr/share/fonts"), "/usr/share/fonts does not exist: nothing to hide; the test cannot show that the embedded font is what renders.");

        var gallery = Path.Combine(AppContext.BaseDirectory, "ChartGallery.dll");
        Assert.True(File.Exists(gallery), "ChartGallery.dll is missing beside the tests: " + gallery);
        var outDir = Directory.CreateTempSubdirectory("ef-nofonts-");
        try
        {
            // The child: hide the fonts, prove they are hidden, render the gallery as PNG and SVG.
            var script = string.Join(
                " && ",
                "mount -t tmpfs none /usr/share/fonts",
                "echo \"font-files=$(find /usr/share/fonts -type f | wc -l)\"",
                $"exec dotnet \"{gallery}\" \"{outDir.FullName}\" --svg --print-system-fonts");
            var psi = new ProcessStartInfo(unshare!)
            {
                WorkingDirectory = outDir.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (!Environment.IsPrivilegedProcess)
            {
                psi.ArgumentList.Add("--user");
                psi.ArgumentList.Add("--map-root-user");
            }

            foreach (var a in new[] { "--mount", "--propagation", "private", "sh", "-c", script })
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await p.WaitForExitAsync(cts.Token);
            var output = await stdout;
            var errors = await stderr;
            Assert.True(
                p.ExitCode == 0,
                $"unshare could not run the gallery without system fonts (exit {p.ExitCode}). It needs root or unprivileged user namespaces.\nstdout: {output}\nstderr: {errors}");
            Assert.Contains("font-files=0", output, StringComparison.Ordinal);
            Assert.Contains("system-font-families=0", output, StringComparison.Ordinal);

            foreach (var (name, chart) in ArticleCharts.All())
            {
                var png = File.ReadAllBytes(Path.Combine(outDir.FullName, name + ".png"));
                var svg = File.ReadAllText(Path.Combine(outDir.FullName, name + ".svg"));
                Assert.True(chart.ToPng().AsSpan().SequenceEqual(png), $"{name}.png differs from the render with system fonts");
                Assert.Equal(chart.ToSvg(), svg);
                var texts = SvgTexts(svg);
                Assert.Contains(texts, t => chart.Title.StartsWith(t, StringComparison.Ordinal));
                Assert.True(texts.Count > 10, $"{name}.svg has only {texts.Count} text elements");
            }
        }
        finally
        {
            outDir.Delete(recursive: true);
        }
    }
}
