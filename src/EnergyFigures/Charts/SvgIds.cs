using System.Globalization;
using System.Text.RegularExpressions;

namespace EnergyFigures.Charts;

/// <summary>
/// Skia's SVG canvas numbers clip paths (<c>cl_&lt;hex&gt;</c>) from a process-wide counter, so the same
/// chart rendered twice in one process gives different SVG text. This renumbers them per document in
/// order of first appearance; only <c>id="…"</c> and <c>url(#…)</c> occurrences are touched, never text.
/// </summary>
internal static partial class SvgIds
{
    [GeneratedRegex(@"(?<=id=""|url\(#)cl_[0-9a-f]+(?=[""\)])", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();

    public static string Normalize(string svg)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!map.TryGetValue(m.Value, out var v))
            {
                v = "clip" + map.Count.ToString(CultureInfo.InvariantCulture);
                map.Add(m.Value, v);
            }

            return v;
        });
    }
}
