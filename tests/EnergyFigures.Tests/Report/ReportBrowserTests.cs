using System.Text.Json;
using Microsoft.Playwright;
using CliRunner = EnergyFigures.Tests.Cli.Cli;

namespace EnergyFigures.Tests.Report;

/// <summary>
/// The HTML report in a real browser: headless Chromium from the OS packages (Debian: <c>apt-get install chromium</c>),
/// driven by Playwright with <c>ExecutablePath</c> (Playwright downloads no browser). At 390 px (a phone) and 1280 px
/// (a laptop), with every <c>&lt;details&gt;</c> closed and then opened: no horizontal overflow, every image loads,
/// every internal anchor resolves, and the page asks for nothing outside its folder. Skipped, with the reason, when
/// no Chromium is installed; <c>.ci/run</c> installs it so CI always runs this.
/// </summary>
public sealed class ReportBrowserTests
{
    /// <summary>Flags for a quiet, offline, sandbox-free headless run (CI runs as root).</summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>The Chromium to drive: <c>EF_CHROMIUM</c> if set, else the Debian/Ubuntu package's binary.</summary>
    internal static string? FindChromium()
    {
        var fromEnv = Environment.GetEnvironmentVariable("EF_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return File.Exists(fromEnv) ? fromEnv : null;
        }

        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public async Task The_report_fits_a_phone_and_a_laptop_loads_every_image_and_resolves_every_anchor()
    {
        var chromium = FindChromium();
        Skip.If(chromium is null, "No Chromium installed (apt-get install chromium, or set EF_CHROMIUM): the report's browser test cannot run here.");

        using var dir = new EnergyFigures.Tests.Cli.TempDir();
        var outDir = Path.Combine(dir.Path, "report");
        var r = CliRunner.Run("report", "-o", outDir);
        Assert.True(r.ExitCode == 0, r.Err);
        var index = new Uri(Path.Combine(outDir, "index.html")).AbsoluteUri;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = Flags });
        var shotsDir = Environment.GetEnvironmentVariable("EF_REPORT_SCREENSHOTS");
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, JavaScriptEnabled = true });
            var outside = new List<string>();
            page.Request += (_, req) =>
            {
                if (!req.Url.StartsWith("file:", StringComparison.Ordinal) && !req.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    outside.Add(req.Url);
                }
            };

            await page.GotoAsync(index, new() { WaitUntil = WaitUntilState.Load });
            if (!string.IsNullOrEmpty(shotsDir))
            {
                Directory.CreateDirectory(shotsDir);
                await page.ScreenshotAsync(new() { Path = Path.Combine(shotsDir, $"report-{width}.png") });
            }

            foreach (var opened in new[] { false, true })
            {
                if (opened)
                {
                    await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                }

                var json = await page.EvaluateAsync<JsonElement>(
                    """
                    async () => {
                      const imgs = [...document.images];
                      await Promise.all(imgs.map(i => i.complete ? null : new Promise(r => { i.onload = r; i.onerror = r; })));
                      const wide = [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 60));
                      return {
                        scrollWidth: document.documentElement.scrollWidth,
                        clientWidth: document.documentElement.clientWidth,
                        images: imgs.length,
                        broken: imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src')),
                        anchors: [...document.querySelectorAll('a[href^="#"]')].length,
                        dangling: [...document.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href'))
                          .filter(h => !document.getElementById(decodeURIComponent(h.slice(1)))),
                        wide: wide,
                        scripts: document.scripts.length,
                      };
                    }
                    """);
                var at = $"at {width} px{(opened ? " with every <details> open" : string.Empty)}";
                Assert.True(json.GetProperty("scrollWidth").GetInt32() <= json.GetProperty("clientWidth").GetInt32(),
                    $"horizontal overflow {at}: scrollWidth {json.GetProperty("scrollWidth")} > {json.GetProperty("clientWidth")}; widest: {json.GetProperty("wide")}");
                Assert.True(json.GetProperty("images").GetInt32() >= 8, $"only {json.GetProperty("images")} images {at}");
                Assert.True(json.GetProperty("broken").GetArrayLength() == 0, $"images that do not load {at}: {json.GetProperty("broken")}");
                Assert.True(json.GetProperty("anchors").GetInt32() > 0, "no internal anchors to check");
                Assert.True(json.GetProperty("dangling").GetArrayLength() == 0, $"internal links to nothing {at}: {json.GetProperty("dangling")}");
                Assert.Equal(0, json.GetProperty("scripts").GetInt32());
            }

            Assert.True(outside.Count == 0, $"the page asked for resources outside its folder: {string.Join(", ", outside)}");
            await page.CloseAsync();
        }
    }
}
