using System.Diagnostics.CodeAnalysis;

namespace EnergyFigures.Notebooks;

/// <summary>
/// The formatter source .NET Interactive instantiates (by reflection) for the types marked with
/// <see cref="TypeFormatterSourceAttribute"/>: one HTML formatter that renders each of our types.
/// </summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by .NET Interactive through TypeFormatterSourceAttribute.")]
internal sealed class NotebookFormatterSource
{
    /// <summary>The formatters: HTML for every type this library formats.</summary>
    /// <returns>The formatters.</returns>
    [SuppressMessage("Performance", "CA1822", Justification = ".NET Interactive calls it on an instance, by name.")]
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlTypeFormatter();
    }
}

/// <summary>A formatter in the shape .NET Interactive matches by convention (MimeType + Format).</summary>
internal sealed class HtmlTypeFormatter
{
    /// <summary>The MIME type produced.</summary>
    public string MimeType { get; set; } = "text/html";

    /// <summary>Writes the HTML of a value this library formats.</summary>
    /// <param name="instance">The value.</param>
    /// <param name="writer">The output.</param>
    /// <returns><see langword="true"/> when the value was formatted.</returns>
    [SuppressMessage("Performance", "CA1822", Justification = ".NET Interactive calls it on an instance, by name.")]
    public bool Format(object instance, TextWriter writer) => HtmlRenderer.TryWrite(instance, writer);
}
