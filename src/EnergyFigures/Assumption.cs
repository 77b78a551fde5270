namespace EnergyFigures;

/// <summary>Where a number comes from: a publisher's dataset or document, with its licence.</summary>
/// <param name="Publisher">Who published it, e.g. <c>World Bank</c>, <c>European Central Bank</c>, <c>BP</c>.</param>
/// <param name="Title">The dataset or document, e.g. <c>Commodity Price Data (The Pink Sheet)</c>.</param>
/// <param name="Url">Where to find it; null when not known.</param>
/// <param name="Licence">Its licence or terms of reuse, e.g. <c>CC BY 4.0</c>; null when not stated.</param>
public sealed record Citation(string Publisher, string Title, Uri? Url = null, string? Licence = null) : IFormattable
{
    /// <summary><c>World Bank, Commodity Price Data (The Pink Sheet)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Equals(Publisher.Trim(), Title.Trim(), StringComparison.OrdinalIgnoreCase) ? Publisher : $"{Publisher}, {Title}";

    /// <summary>
    /// The citation as <see cref="ToString()"/> gives it (null or <c>"G"</c>), or in full (<c>"F"</c>): with its URL and
    /// licence, <c>World Bank, Commodity Price Data (The Pink Sheet), https://… (CC BY 4.0)</c> — the one form every
    /// list of sources prints (CLI, report, exports).
    /// </summary>
    /// <param name="format">Null, <c>"G"</c> or <c>"F"</c>.</param>
    /// <param name="formatProvider">Ignored: the text is culture-invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">Another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => ToString(),
        "F" => ToString() + (Url is null ? string.Empty : ", " + Url.OriginalString) + (Licence is null ? string.Empty : " (" + Licence + ")"),
        _ => throw new FormatException($"'{format}' is not a citation format; expected G or F."),
    };
}

/// <summary>
/// A sourced number that a conversion or a check relies on — a gas energy content, an exchange rate on
/// a date — itself a record that can be cited. A range where sources disagree (e.g. 34.6–38.3 GJ per
/// 1,000 m³ between the lower and higher heating values).
/// </summary>
/// <param name="Id">A stable id, e.g. <c>bp.gas.energy_per_1000m3</c> or <c>ecb.USD.2020-02-06</c>.</param>
/// <param name="Description">What it is, for people.</param>
/// <param name="Value">The value: an interval with its unit (e.g. [36, 36] GJ/1000 m3, or [1.1003, 1.1003] USD/EUR).</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="AsOf">The day it applies to (exchange rates); null when it does not depend on a date.</param>
public sealed record Assumption(string Id, string Description, Quantity Value, Citation Source, DateOnly? AsOf = null)
{
    /// <summary><c>36 GJ/1000 m3 (BP, Statistical Review …)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Description}: {Value}{(AsOf is { } d ? " on " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)} ({Source})";
}
