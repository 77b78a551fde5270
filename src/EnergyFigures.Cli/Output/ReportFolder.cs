using System.Text;
using System.Text.RegularExpressions;

namespace EnergyFigures.Cli.Output;

/// <summary>
/// What a report leaves in its folder, and the clean-up of what earlier reports of ours left there. A report
/// writes a manifest, <c>charts/.energy-figures-report</c> (its first line is a fixed signature), listing the files it
/// writes — before it writes them, so a report killed half-way is still recorded. A new report removes only
/// (1) files the previous manifest lists that the new report does not write again, when their names are ours
/// (<c>charts/NAME.png|svg</c>), and (2) our own temporary files (<c>.NAME.&lt;32 hex digits&gt;.tmp</c> of those
/// names). Nothing is removed from a folder without our manifest, and never an input file.
/// </summary>
internal static partial class ReportFolder
{
    public const string ManifestName = ".energy-figures-report";

    private const string Signature = "# energy-figures report manifest v1: files written by 'energy-figures report' (stale ones are removed by the next report)";

    /// <summary>The relative paths listed by the folder's manifest; empty when there is none (or it is not ours).</summary>
    public static IReadOnlyList<string> ReadManifest(string dir)
    {
        var path = Path.Combine(dir, "charts", ManifestName);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || info.Length > 64L << 20)
            {
                return [];
            }

            var lines = File.ReadAllLines(path, Encoding.UTF8);
            return lines.Length > 0 && lines[0] == Signature ? lines.Skip(1).Where(IsOurs).ToList() : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Writes the manifest (atomically).</summary>
    public static void WriteManifest(string dir, IEnumerable<string> relativePaths) =>
        AtomicFile.WriteAllText(Path.Combine(dir, "charts", ManifestName), Signature + "\n" + string.Join("\n", relativePaths.Where(IsOurs).Distinct(StringComparer.Ordinal)) + "\n");

    /// <summary>
    /// Removes what earlier reports left: files of <paramref name="previous"/> not in <paramref name="keep"/>, and our
    /// temporary files. Only in a folder with our manifest; never an input. Returns the relative paths removed.
    /// </summary>
    public static IReadOnlyList<string> CleanStale(string dir, IReadOnlyList<string> previous, IReadOnlySet<string> keep, InputGuard guard)
    {
        var removed = new List<string>();
        if (!File.Exists(Path.Combine(dir, "charts", ManifestName)))
        {
            return removed;
        }

        foreach (var rel in previous.Where(p => !keep.Contains(p) && p != "index.html"))
        {
            TryRemove(dir, rel, guard, removed);
        }

        foreach (var sub in new[] { string.Empty, "charts" })
        {
            var folder = Path.Combine(dir, sub);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp"))
            {
                var name = Path.GetFileName(file);
                var m = TempName().Match(name);
                if (m.Success && (sub.Length == 0 ? m.Groups[1].Value == "index.html" : m.Groups[1].Value == ManifestName || ChartName().IsMatch(m.Groups[1].Value)))
                {
                    TryRemove(dir, sub.Length == 0 ? name : "charts/" + name, guard, removed);
                }
            }
        }

        return removed;
    }

    private static bool IsOurs(string rel) =>
        rel == "index.html" || (rel.StartsWith("charts/", StringComparison.Ordinal) && ChartName().IsMatch(rel["charts/".Length..]));

    private static void TryRemove(string dir, string rel, InputGuard guard, List<string> removed)
    {
        var path = Path.Combine(dir, rel.Replace('/', Path.DirectorySeparatorChar));
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || guard.IsInput(path) is not null)
            {
                return; // gone already, a link (not ours), or an input: leave it
            }

            info.Delete();
            removed.Add(rel);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next report; it is not an error of this one.
        }
    }

    /// <summary>A chart file name of ours: a chart kind, a claim id (lower case, digits, '-'), then .png or .svg.</summary>
    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,200}\.(png|svg)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChartName();

    /// <summary>The temporary file name <see cref="EnergyFigures.IO.AtomicFile"/> uses: '.', the target's name, '.', 32 hex digits, '.tmp'.</summary>
    [GeneratedRegex(@"^\.(.+)\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TempName();
}
