using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Reference;

namespace EnergyFigures.Notebooks;

/// <summary>
/// The HTML a notebook shows for this library's values: claim sets as tables, claims, figures with their bounds,
/// derived figures with how they were computed, checks with their verdict, reference series. The package's
/// .NET Interactive extension registers it for <see cref="Types"/>; any other host (a web page, a report) can
/// call it too. Every text taken from data is HTML-encoded; links are written only for absolute http(s) URLs.
/// </summary>
public static class NotebookHtml
{
    /// <summary>The types this class renders (and the notebook extension registers).</summary>
    public static IReadOnlyList<Type> Types { get; } =
        [typeof(ClaimSet), typeof(Claim), typeof(Figure), typeof(DerivedFigure), typeof(CheckResult), typeof(ReferenceSeries)];

    /// <summary>Writes the HTML of a value this library renders.</summary>
    /// <param name="value">The value.</param>
    /// <param name="writer">The output.</param>
    /// <returns><see langword="true"/> when the value is one of <see cref="Types"/> and was written; otherwise nothing is written.</returns>
    public static bool TryWrite(object? value, TextWriter writer) => HtmlRenderer.TryWrite(value, writer);

    /// <summary>The HTML of a value, or <see langword="null"/> when it is not one of <see cref="Types"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The HTML fragment.</returns>
    public static string? ToHtml(object? value) => HtmlRenderer.ToHtml(value);
}
