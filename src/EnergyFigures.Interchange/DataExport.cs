using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Interchange;
using Microsoft.Data.Analysis;
using EnergyFigures.Errors;

namespace EnergyFigures.Interchange;

/// <summary>
/// Exports to DataFrames (Microsoft.Data.Analysis), Apache Arrow IPC files and Parquet files, with the same
/// typed columns in all three: exact decimals for values and interval sides (Arrow and Parquet: decimal128 with
/// precision 38 and the smallest scale that keeps every printed digit), booleans for open ends, dates as dates,
/// and ids, units, bound kinds, texts and provenance as strings. Everything is culture-invariant.
/// </summary>
public static partial class DataExport
{
    /// <summary>
    /// The claims as a DataFrame, one row per appearance: the columns of the claims CSV schema (same names) plus
    /// <c>period_start</c>, <c>period_end</c>, <c>meaning</c>, <c>low</c>, <c>low_open</c>, <c>high</c>,
    /// <c>high_open</c> and <c>chain</c>. Built from the set's columns (<see cref="ClaimSet.Columns"/>): the texts
    /// that differ from row to row (<c>id</c>, <c>subject</c>, <c>text</c>, <c>meaning</c>, <c>quote</c>,
    /// <c>chain</c>, <c>notes</c>, <c>compared_with</c>) are read-only <see cref="ArrowStringDataFrameColumn"/>s over
    /// UTF-8 buffers (the set's own for the texts it keeps), with no string per row; the texts that repeat are
    /// <see cref="StringDataFrameColumn"/>s whose rows share one string per distinct value; decimals, booleans and
    /// dates are handed over as whole buffers.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The DataFrame.</returns>
    public static DataFrame ToDataFrame(this ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return ClaimColumnFrame.ToDataFrame(claims.Columns);
    }

    /// <summary>
    /// Writes the claims (columns as in <see cref="ToDataFrame(ClaimSet)"/>) as an Apache Arrow IPC file, from the
    /// set's columns: the texts it keeps as UTF-8 are written from its own buffers, without a string per row.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="stream">The output (left open).</param>
    public static void WriteArrow(this ClaimSet claims, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(stream);
        ClaimColumnExport.WriteArrow(ClaimColumnTable.Of(claims.Columns), stream);
    }

    /// <summary>Writes the claims as an Apache Arrow IPC file (<c>.arrow</c>).</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="path">The file path (overwritten).</param>
    public static void WriteArrow(this ClaimSet claims, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        WriteArrow(claims, stream);
    }

    /// <summary>
    /// Writes the claims (columns as in <see cref="ToDataFrame(ClaimSet)"/>) as a Parquet file, from the set's columns
    /// (one row group; no string per row).
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="stream">The output (left open).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    public static Task WriteParquetAsync(this ClaimSet claims, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(stream);
        return ClaimColumnExport.WriteParquetAsync(ClaimColumnTable.Of(claims.Columns), stream, cancellationToken);
    }

    /// <summary>Writes the claims as a Parquet file (<c>.parquet</c>).</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="path">The file path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    public static async Task WriteParquetAsync(this ClaimSet claims, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            await WriteParquetAsync(claims, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads an Arrow IPC file written by this library (or any with utf8, decimal128, bool and date32 columns) into a DataFrame.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The DataFrame, with the file's column names and types.</returns>
    /// <exception cref="EnergyFiguresException">A column has another type (<see cref="ErrorCodes.UnsupportedColumnType"/>).</exception>
    public static DataFrame ReadArrow(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return TableFormats.ReadArrow(stream);
    }

    /// <summary>Reads an Arrow IPC file from a stream into a DataFrame (see <see cref="ReadArrow(string)"/>).</summary>
    /// <param name="stream">The input (left open).</param>
    /// <returns>The DataFrame, with the file's column names and types.</returns>
    /// <exception cref="EnergyFiguresException">A column has another type (<see cref="ErrorCodes.UnsupportedColumnType"/>).</exception>
    public static DataFrame ReadArrow(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return TableFormats.ReadArrow(stream);
    }

    /// <summary>Reads a Parquet file written by this library (or any with text, decimal, boolean and date columns) into a DataFrame.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The DataFrame, with the file's column names and types.</returns>
    /// <exception cref="EnergyFiguresException">A column has another type (<see cref="ErrorCodes.UnsupportedColumnType"/>).</exception>
    public static async Task<DataFrame> ReadParquetAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await TableFormats.ReadParquetAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads claims back from a DataFrame in the claims schema, with the claims CSV validation.</summary>
    extension(ClaimSet)
    {
        /// <summary>
        /// Reads claims from a DataFrame in the claims schema (the columns of the claims CSV, typed or as text;
        /// the derived columns of <see cref="ToDataFrame(ClaimSet)"/> are ignored), with the validation and
        /// error codes of the claims CSV reader.
        /// </summary>
        /// <param name="frame">The DataFrame, one row per appearance.</param>
        /// <returns>The claims.</returns>
        /// <exception cref="ClaimsFileException">A row has a problem; its report lists every one (Line = 1-based row).</exception>
        public static ClaimSet FromDataFrame(DataFrame frame) => ClaimFrames.Validate(frame, "DataFrame").ThrowIfInvalid();

        /// <summary>Validates a DataFrame in the claims schema and reports every problem (Line = 1-based row).</summary>
        /// <param name="frame">The DataFrame.</param>
        /// <returns>The report: the valid claims and every problem.</returns>
        public static ValidationReport ValidateDataFrame(DataFrame frame) => ClaimFrames.Validate(frame, "DataFrame");
    }
}
