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

    /// <summary>
    /// The font stack every SVG declares: the embedded DejaVu Sans the chart was measured with, then Bitstream Vera
    /// Sans (the face DejaVu Sans extends, with the same metrics), then common sans-serif faces. An SVG viewed where
    /// DejaVu Sans is not installed falls back along it instead of to the viewer's default serif face.
    /// </summary>
    public const string FontStack = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, 'Liberation Sans', Arial, sans-serif";

    [GeneratedRegex(@"font-family=""DejaVu Sans""", RegexOptions.CultureInvariant)]
    private static partial Regex SingleFontFamily();

    public static string Normalize(string svg)
    {
        svg = SingleFontFamily().Replace(svg, "font-family=\"" + FontStack + "\"");
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
