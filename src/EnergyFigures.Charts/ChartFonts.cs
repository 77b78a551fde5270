using ScottPlot;
using SkiaSharp;
using EnergyFigures.Errors;

namespace EnergyFigures.Charts;

/// <summary>
/// The font every chart uses: DejaVu Sans 2.37 (regular and bold), embedded in this assembly and registered
/// with ScottPlot under a name no system font has, so text renders identically on every machine, including
/// one with no fonts installed. Licence: <c>Charts/Fonts/LICENSE-DejaVu.txt</c> (Bitstream Vera and Arev terms).
/// </summary>
/// <remarks>
/// Registration changes ScottPlot's process-wide font settings (<c>Fonts.Default</c> and the resolver list),
/// so other ScottPlot plots in the same process also use DejaVu Sans. No italic face is bundled; italic text
/// is drawn upright. Characters DejaVu Sans lacks (e.g. CJK) are drawn as empty boxes.
/// </remarks>
public static class ChartFonts
{
    /// <summary>The name the embedded font is registered under in ScottPlot (deliberately not a system family name).</summary>
    public const string Name = "EnergyFigures DejaVu Sans";

    /// <summary>The font's own family name, as written into SVG output.</summary>
    public const string FamilyName = "DejaVu Sans";

    private const string RegularResource = "EnergyFigures.Charts.Fonts.DejaVuSans.ttf";
    private const string BoldResource = "EnergyFigures.Charts.Fonts.DejaVuSans-Bold.ttf";

    private static readonly Lock Gate = new();
    private static SKData? s_regular;
    private static SKData? s_bold;

    /// <summary>
    /// Registers the embedded font with ScottPlot and makes it the default for new plots. Idempotent and
    /// thread-safe; the chart methods call it. Call it yourself before building your own ScottPlot plots.
    /// </summary>
    /// <exception cref="EnergyFiguresException">The embedded font is missing or damaged (<see cref="ErrorCodes.EmbeddedDataDamaged"/>).</exception>
    public static void Register()
    {
        lock (Gate)
        {
            if (s_regular is null)
            {
                var regular = Load(RegularResource);
                var bold = Load(BoldResource);
                s_regular = regular;
                s_bold = bold;
            }

            // Ask our resolver before the system one; re-insert if someone cleared the list.
            if (!Fonts.FontResolvers.OfType<Resolver>().Any())
            {
                Fonts.FontResolvers.Insert(0, new Resolver());
            }

            // New LabelStyles take their FontName from Fonts.Default when constructed.
            Fonts.Default = Name;
            Fonts.Sans = Name;
            Fonts.Serif = Name;
            Fonts.Monospace = Name;

            // A non-null DefaultFontStyle is copied into every new LabelStyle.Font and overrides Bold.
            Fonts.DefaultFontStyle = null;
        }
    }

    /// <summary>The bytes of an embedded face (for checking that the typeface in use is the embedded one).</summary>
    /// <param name="bold">The bold face, else the regular one.</param>
    /// <returns>The TrueType file.</returns>
    public static byte[] ResourceBytes(bool bold)
    {
        using var s = Open(bold ? BoldResource : RegularResource);
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    private static Stream Open(string name) =>
        typeof(ChartFonts).Assembly.GetManifestResourceStream(name)
        ?? throw new EnergyFiguresException(ErrorCodes.EmbeddedDataDamaged, $"The embedded font {name} is missing from EnergyFigures.Charts (a build problem).");

    private static SKData Load(string name)
    {
        using var s = Open(name);
        var data = SKData.Create(s); // copies into native memory
        using var probe = SKTypeface.FromData(data)
            ?? throw new EnergyFiguresException(ErrorCodes.EmbeddedDataDamaged, $"The embedded font {name} is not a usable font (a build problem).");
        return data;
    }

    private sealed class Resolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing)
        {
            if (!string.Equals(fontName, Name, StringComparison.Ordinal))
            {
                return null;
            }

            return SKTypeface.FromData(weight >= FontWeight.SemiBold ? s_bold! : s_regular!);
        }

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
    }
}
