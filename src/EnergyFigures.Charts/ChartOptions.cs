using System.Globalization;

namespace EnergyFigures.Charts;

/// <summary>The colour theme of a chart.</summary>
public enum ChartTheme
{
    /// <summary>Dark text on a white background.</summary>
    Light,
    /// <summary>Light text on a dark background.</summary>
    Dark,
}

/// <summary>
/// How to render a <see cref="Chart"/>: size in logical pixels, a scale factor for high-DPI raster output,
/// and the theme. Immutable; use <c>with</c> to vary it.
/// </summary>
public sealed record ChartOptions
{
    private readonly int _width = 900;
    private readonly int _height = 520;
    private readonly decimal _scale = 1m;

    /// <summary>The default: 900 × 520, scale 1, light theme.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Width in logical pixels (100 to 10,000). The PNG is <c>Width × Scale</c> pixels wide.</summary>
    public int Width
    {
        get => _width;
        init => _width = CheckSize(value, nameof(Width));
    }

    /// <summary>Height in logical pixels (100 to 10,000). The PNG is <c>Height × Scale</c> pixels high.</summary>
    public int Height
    {
        get => _height;
        init => _height = CheckSize(value, nameof(Height));
    }

    /// <summary>
    /// The raster scale factor (0.5 to 8): 2 draws everything twice as large into a PNG of twice the width
    /// and height (the same layout, sharper). SVG output is vector and ignores it.
    /// </summary>
    public decimal Scale
    {
        get => _scale;
        init => _scale = value is >= 0.5m and <= 8m
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Scale), value, "The scale must be between 0.5 and 8.");
    }

    /// <summary>The resolution the PNG corresponds to, taking 96 DPI as scale 1.</summary>
    public decimal Dpi => 96m * Scale;

    /// <summary>The theme.</summary>
    public ChartTheme Theme { get; init; } = ChartTheme.Light;

    /// <summary>The width of the PNG in pixels.</summary>
    public int PixelWidth => (int)decimal.Round(Width * Scale, MidpointRounding.AwayFromZero);

    /// <summary>The height of the PNG in pixels.</summary>
    public int PixelHeight => (int)decimal.Round(Height * Scale, MidpointRounding.AwayFromZero);

    /// <summary>These options at a given resolution (96 DPI = scale 1; 192 DPI = scale 2).</summary>
    /// <param name="dpi">Dots per inch, 48 to 768.</param>
    /// <returns>The options with <see cref="Scale"/> = dpi / 96.</returns>
    public ChartOptions WithDpi(decimal dpi) => this with { Scale = dpi / 96m };

    /// <summary><c>900×520 @1 Light</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width}×{Height} @{Scale} {Theme}");

    private static int CheckSize(int value, string name) => value is >= 100 and <= 10_000
        ? value
        : throw new ArgumentOutOfRangeException(name, value, "The size must be between 100 and 10,000 logical pixels.");
}
