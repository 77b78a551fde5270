using EnergyFigures.Checks;
using EnergyFigures.Derivation;
using EnergyFigures.Interchange;
using EnergyFigures.Reference;
using Microsoft.Data.Analysis;

namespace EnergyFigures.Interchange;

/// <summary>Exports of reference series, derived figures and checks.</summary>
public static partial class DataExport
{
    /// <summary>
    /// The series as a DataFrame, one row per observation: <c>series_id</c>, <c>series_name</c>, <c>unit</c>,
    /// <c>frequency</c>, <c>period</c>, <c>period_start</c>, <c>period_end</c>, <c>value</c> (exact decimal) and the
    /// source columns (<c>source_publisher</c>, <c>source_title</c>, <c>source_url</c>, <c>licence</c>, <c>attribution</c>).
    /// </summary>
    /// <param name="series">The series.</param>
    /// <returns>The DataFrame.</returns>
    public static DataFrame ToDataFrame(this ReferenceSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return TableFormats.ToDataFrame(ResultTables.Series(series));
    }

    /// <summary>Several series in one DataFrame (columns as for one series), e.g. <c>ReferenceLibrary.Shipped.Series</c>.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The DataFrame.</returns>
    public static DataFrame ToDataFrame(this IEnumerable<ReferenceSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return TableFormats.ToDataFrame(ResultTables.Series(series));
    }

    /// <summary>Writes series (columns as in <see cref="ToDataFrame(IEnumerable{ReferenceSeries})"/>) as an Apache Arrow IPC file.</summary>
    /// <param name="series">The series.</param>
    /// <param name="path">The file path (overwritten).</param>
    public static void WriteArrow(this IEnumerable<ReferenceSeries> series, string path)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        TableFormats.WriteArrow(ResultTables.Series(series), stream);
    }

    /// <summary>Writes one series as an Apache Arrow IPC file.</summary>
    /// <param name="series">The series.</param>
    /// <param name="path">The file path (overwritten).</param>
    public static void WriteArrow(this ReferenceSeries series, string path) => WriteArrow([series], path);

    /// <summary>Writes series (columns as in <see cref="ToDataFrame(IEnumerable{ReferenceSeries})"/>) as a Parquet file.</summary>
    /// <param name="series">The series.</param>
    /// <param name="path">The file path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    public static async Task WriteParquetAsync(this IEnumerable<ReferenceSeries> series, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            await TableFormats.WriteParquetAsync(ResultTables.Series(series), stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes one series as a Parquet file.</summary>
    /// <param name="series">The series.</param>
    /// <param name="path">The file path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    public static Task WriteParquetAsync(this ReferenceSeries series, string path, CancellationToken cancellationToken = default) =>
        WriteParquetAsync([series], path, cancellationToken);

    /// <summary>
    /// Derived figures (comparisons, conversions, arithmetic) as a DataFrame, one row each: <c>label</c>,
    /// <c>operation</c>, <c>unit</c>, <c>low</c>, <c>low_open</c>, <c>high</c>, <c>high_open</c>, <c>interval</c>,
    /// <c>ordering</c>, <c>explanation</c>, <c>claims</c>, <c>assumptions</c>, <c>notes</c>, <c>citations</c>.
    /// </summary>
    /// <param name="figures">The figures.</param>
    /// <returns>The DataFrame.</returns>
    public static DataFrame ToDataFrame(this IEnumerable<DerivedFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return TableFormats.ToDataFrame(ResultTables.Derived(figures));
    }

    /// <summary>
    /// Checks as a DataFrame, one row each: <c>claim_id</c>, <c>claim_text</c>, <c>verdict</c>,
    /// <c>reference_id</c>, <c>reference</c>, <c>unit</c>, the claim's and the reference's interval sides (exact
    /// decimals), <c>margin</c>, <c>margin_relative</c>, <c>gap</c>, <c>reference_values</c>, <c>assumptions</c>,
    /// <c>notes</c>, <c>explanation</c>, <c>citations</c>.
    /// </summary>
    /// <param name="checks">The checks.</param>
    /// <returns>The DataFrame.</returns>
    public static DataFrame ToDataFrame(this IEnumerable<CheckResult> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return TableFormats.ToDataFrame(ResultTables.Checks(checks));
    }
}
