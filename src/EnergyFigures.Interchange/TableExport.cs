using EnergyFigures.Errors;
using System.Text;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Data;
using EnergyFigures.Reference;
using Parquet.Serialization;

namespace EnergyFigures.Interchange;

/// <summary>The tables <see cref="TableExport"/> writes (schemas in <c>docs/interchange.md</c>).</summary>
public enum ExportTable
{
    /// <summary>One row per claim (provenance of its first appearance).</summary>
    Claims,

    /// <summary>One row per appearance of a claim (the rows of a claims CSV): reads back as a <see cref="ClaimSet"/> losslessly.</summary>
    Appearances,

    /// <summary>One row per declared check: verdict, reference value, margin, assumptions, citations.</summary>
    Checks,

    /// <summary>One row per reference series.</summary>
    Series,

    /// <summary>One row per observation of a reference series.</summary>
    Observations,

    /// <summary>One row per appearance of a reported figure (figures stated by others, used as references).</summary>
    Reported,
}

/// <summary>The file formats <see cref="TableExport"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>CSV (RFC 4180, UTF-8, LF line ends, a header row); <c>.csv</c>.</summary>
    Csv,

    /// <summary>One JSON array of row objects; <c>.json</c>.</summary>
    Json,

    /// <summary>JSON Lines: one row object per line; <c>.jsonl</c> or <c>.ndjson</c>.</summary>
    JsonLines,

    /// <summary>An Apache Arrow IPC file; <c>.arrow</c> or <c>.feather</c>.</summary>
    Arrow,

    /// <summary>A Parquet file; <c>.parquet</c>.</summary>
    Parquet,
}

/// <summary>What <see cref="TableExport"/> exports: claims, their checks, the reference series and the reported figures.</summary>
public sealed class ExportData
{
    private readonly Lazy<IReadOnlyList<ArticleCheck>> _checks;

    /// <summary>Data to export.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="checks">
    /// Their checks; null for the shipped article's declared checks of those claims that are shipped claims (same id
    /// and content), and a row "no check has been defined" for every other claim.
    /// </param>
    /// <param name="references">The reference series; null for <see cref="ReferenceLibrary.Shipped"/>.</param>
    /// <param name="reported">The reported figures; null for <see cref="ReportedFigures.Shipped"/>.</param>
    public ExportData(ClaimSet claims, IReadOnlyList<ArticleCheck>? checks = null, ReferenceLibrary? references = null, ClaimSet? reported = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        Claims = claims;
        References = references ?? ReferenceLibrary.Shipped;
        Reported = reported ?? ReportedFigures.Shipped;
        _checks = new(() => checks ?? DefaultChecks(claims), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The shipped dataset: its claims, the article's checks, the reference series and the reported figures.</summary>
    public static ExportData Shipped { get; } = new(ClaimSet.Shipped, null);

    /// <summary>The claims.</summary>
    public ClaimSet Claims { get; }

    /// <summary>The checks (computed on first use).</summary>
    public IReadOnlyList<ArticleCheck> Checks => _checks.Value;

    /// <summary>The reference series.</summary>
    public ReferenceLibrary References { get; }

    /// <summary>The reported figures.</summary>
    public ClaimSet Reported { get; }

    private static IReadOnlyList<ArticleCheck> DefaultChecks(ClaimSet claims)
    {
        if (ReferenceEquals(claims, ClaimSet.Shipped))
        {
            return ArticleChecks.All();
        }

        var shipped = ClaimSet.Shipped;
        return ArticleChecks.Run(claims, ArticleChecks.Declarations.Where(d =>
            claims.TryGet(d.ClaimId, out var mine) && shipped.TryGet(d.ClaimId, out var theirs) && mine.Equals(theirs)));
    }
}

/// <summary>
/// Exports claims, appearances, checks, reference series, observations and reported figures as CSV, JSON, JSON Lines,
/// Arrow or Parquet, one table at a time, with the same columns in every format (<c>docs/interchange.md</c>): exact
/// decimals (decimal128 in Arrow and Parquet, exact numbers in JSON) each followed by its text with its own scale
/// (<c>value_text</c>), open interval ends as booleans, dates as dates, and provenance as text. Writing streams batch
/// by batch (a Parquet row group or an Arrow record batch of at most 65,536 rows at a time); Arrow and Parquet read
/// the rows twice (once for each decimal column's scale). The claims, appearances and reported tables in Arrow and
/// Parquet are written from the sets' columns (<see cref="ClaimSet.Columns"/>): texts as UTF-8 from the sets' own
/// buffers, no claim object or string per row. Everything is culture-invariant.
/// </summary>
public static class TableExport
{
    /// <summary>The value written for a row whose partition key is null (Hive's convention; DuckDB and Spark read it as null).</summary>
    public const string HiveDefaultPartition = "__HIVE_DEFAULT_PARTITION__";

    /// <summary>The name of a table as the command line and the file metadata spell it (<c>claims</c>, <c>appearances</c>, …).</summary>
    /// <param name="table">The table.</param>
    /// <returns>The name.</returns>
    public static string Name(ExportTable table) => table.ToString().ToLowerInvariant();

    /// <summary>The table of a name (<c>claims</c>, <c>appearances</c>, <c>checks</c>, <c>series</c>, <c>observations</c>, <c>reported</c>).</summary>
    /// <param name="name">The name, case-insensitive.</param>
    /// <returns>The table.</returns>
    /// <exception cref="EnergyFiguresException">An unknown name (<see cref="ErrorCodes.UnknownExportTable"/>).</exception>
    public static ExportTable ParseTable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var t in Enum.GetValues<ExportTable>())
        {
            if (string.Equals(Name(t), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        throw new EnergyFiguresException(ErrorCodes.UnknownExportTable, $"There is no table '{name}' to export; expected one of {string.Join(", ", Enum.GetValues<ExportTable>().Select(Name))}.");
    }

    /// <summary>The name of a format (<c>csv</c>, <c>json</c>, <c>jsonl</c>, <c>arrow</c>, <c>parquet</c>).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The name.</returns>
    public static string Name(ExportFormat format) => format == ExportFormat.JsonLines ? "jsonl" : format.ToString().ToLowerInvariant();

    /// <summary>The format of a name (<c>csv</c>, <c>json</c>, <c>jsonl</c>/<c>ndjson</c>, <c>arrow</c>/<c>feather</c>, <c>parquet</c>).</summary>
    /// <param name="name">The name, case-insensitive.</param>
    /// <returns>The format.</returns>
    /// <exception cref="EnergyFiguresException">An unknown name (<see cref="ErrorCodes.UnknownExportFormat"/>).</exception>
    public static ExportFormat ParseFormat(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryParseFormat(name, out var f) ? f : throw new EnergyFiguresException(ErrorCodes.UnknownExportFormat, $"There is no export format '{name}'; expected csv, json, jsonl, arrow or parquet.");
    }

    /// <summary>The format a file name's extension names (<c>claims.parquet</c> → Parquet).</summary>
    /// <param name="path">The file name or path.</param>
    /// <returns>The format.</returns>
    /// <exception cref="EnergyFiguresException">No extension, or one that names no format (<see cref="ErrorCodes.UnknownExportFormat"/>).</exception>
    public static ExportFormat FormatOfPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ext = Path.GetExtension(path).TrimStart('.');
        return ext.Length > 0 && TryParseFormat(ext, out var f)
            ? f
            : throw new EnergyFiguresException(ErrorCodes.UnknownExportFormat, $"Cannot tell the export format of '{Path.GetFileName(path)}' from its extension; name the file .csv, .json, .jsonl, .arrow or .parquet, or give the format (--format).");
    }

    /// <summary>The file extension of a format, with its dot (<c>.jsonl</c> for JSON Lines).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The extension.</returns>
    public static string Extension(ExportFormat format) => "." + Name(format);

    /// <summary>The columns of a table, in order, as every format writes them.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The columns.</returns>
    public static IReadOnlyList<ExportColumn> Columns(ExportTable table) => table switch
    {
        ExportTable.Claims => ExportTables.Claims.Columns.Select(c => c.Column).ToArray(),
        ExportTable.Appearances => ExportTables.Appearances.Columns.Select(c => c.Column).ToArray(),
        ExportTable.Reported => ExportTables.Reported.Columns.Select(c => c.Column).ToArray(),
        ExportTable.Checks => ExportTables.Checks.Columns.Select(c => c.Column).ToArray(),
        ExportTable.Series => ExportTables.Series.Columns.Select(c => c.Column).ToArray(),
        _ => ExportTables.Observations.Columns.Select(c => c.Column).ToArray(),
    };

    /// <summary>What one row of a table is.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The description.</returns>
    public static string RowDescription(ExportTable table) => table switch
    {
        ExportTable.Claims => ExportTables.Claims.RowDescription,
        ExportTable.Appearances => ExportTables.Appearances.RowDescription,
        ExportTable.Reported => ExportTables.Reported.RowDescription,
        ExportTable.Checks => ExportTables.Checks.RowDescription,
        ExportTable.Series => ExportTables.Series.RowDescription,
        _ => ExportTables.Observations.RowDescription,
    };

    /// <summary>The partition keys a table can be split by (<see cref="WritePartitionedAsync"/>): <c>year</c> and <c>topic</c>, as the table has them.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The keys.</returns>
    public static IReadOnlyList<string> PartitionKeys(ExportTable table) => table switch
    {
        ExportTable.Series => [],
        ExportTable.Observations => ["year"],
        _ => ["year", "topic"],
    };

    /// <summary>Writes a table to a stream.</summary>
    /// <param name="data">The data.</param>
    /// <param name="table">The table.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">The output (left open). Parquet needs a seekable stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    public static Task WriteAsync(ExportData data, ExportTable table, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        bool columnar = format is ExportFormat.Arrow or ExportFormat.Parquet; // claim tables: written from the set's columns
        return table switch
        {
            ExportTable.Claims when columnar => ClaimColumnExport.WriteExportTableAsync(ExportTables.Claims, data.Claims.Columns, firstAppearances: true, format, output, cancellationToken),
            ExportTable.Appearances when columnar => ClaimColumnExport.WriteExportTableAsync(ExportTables.Appearances, data.Claims.Columns, firstAppearances: false, format, output, cancellationToken),
            ExportTable.Reported when columnar => ClaimColumnExport.WriteExportTableAsync(ExportTables.Reported, data.Reported.Columns, firstAppearances: false, format, output, cancellationToken),
            ExportTable.Claims => TableStreamWriter<ClaimRow>.WriteAllAsync(ExportTables.Claims, FirstAppearances(data.Claims), format, output, null, cancellationToken),
            ExportTable.Appearances => TableStreamWriter<ClaimRow>.WriteAllAsync(ExportTables.Appearances, AllAppearances(data.Claims), format, output, null, cancellationToken),
            ExportTable.Reported => TableStreamWriter<ClaimRow>.WriteAllAsync(ExportTables.Reported, AllAppearances(data.Reported), format, output, null, cancellationToken),
            ExportTable.Checks => TableStreamWriter<ArticleCheck>.WriteAllAsync(ExportTables.Checks, data.Checks, format, output, null, cancellationToken),
            ExportTable.Series => TableStreamWriter<ReferenceSeries>.WriteAllAsync(ExportTables.Series, data.References.Series, format, output, null, cancellationToken),
            _ => TableStreamWriter<(ReferenceSeries Series, Observation Observation)>.WriteAllAsync(ExportTables.Observations, AllObservations(data.References), format, output, null, cancellationToken),
        };
    }

    /// <summary>Writes a table to a file (created or overwritten), in the format its extension names unless one is given.</summary>
    /// <param name="data">The data.</param>
    /// <param name="table">The table.</param>
    /// <param name="path">The file.</param>
    /// <param name="format">The format; null for the one the extension names (<see cref="FormatOfPath"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    public static async Task WriteAsync(ExportData data, ExportTable table, string path, ExportFormat? format = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var f = format ?? FormatOfPath(path);
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            await WriteAsync(data, table, f, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes a table as a Hive-style partitioned folder, one file per value of the key:
    /// <c>DIRECTORY/year=2020/part-00000.parquet</c>, which DuckDB (<c>hive_partitioning</c>), Spark and Trino read as
    /// one table with the key as a column, scanning the files in parallel and skipping those a filter on the key
    /// excludes. <c>year</c> is the year the period starts in (a claim's, a check's claim's, an observation's);
    /// <c>topic</c> is a claim's first topic word. The key is not repeated inside the files (Spark refuses a column that
    /// is both in the files and in the path); a null key is written <see cref="HiveDefaultPartition"/>. Every file has
    /// the same schema (the same decimal scales), so the files read as one table.
    /// </summary>
    /// <param name="data">The data.</param>
    /// <param name="table">The table.</param>
    /// <param name="format">The format of the files (Parquet is the one engines partition-prune best).</param>
    /// <param name="directory">The folder: created if missing; must be empty.</param>
    /// <param name="partitionBy">The key: one of <see cref="PartitionKeys"/>.</param>
    /// <param name="create">
    /// Opens a file for writing, given its full path; null for <see cref="File.Create(string)"/>. (The command line
    /// passes its atomic, input-guarded writes.)
    /// </param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The files written, relative to <paramref name="directory"/> with '/' separators, in order.</returns>
    /// <exception cref="EnergyFiguresException">
    /// A key the table does not have (<see cref="ErrorCodes.PartitionKeyUnusable"/>), or a folder that is not empty
    /// (<see cref="ErrorCodes.OutputFolderNotEmpty"/>).
    /// </exception>
    public static async Task<IReadOnlyList<string>> WritePartitionedAsync(
        ExportData data, ExportTable table, ExportFormat format, string directory, string partitionBy, Func<string, Func<Stream, Task>, Task>? create = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(partitionBy);
        var key = partitionBy.Trim().ToLowerInvariant();
        if (!PartitionKeys(table).Contains(key))
        {
            var keys = PartitionKeys(table);
            throw new EnergyFiguresException(ErrorCodes.PartitionKeyUnusable, $"The {Name(table)} table cannot be partitioned by '{partitionBy}'; " +
                (keys.Count == 0 ? "it has no partition key (write it as one file)." : $"expected {string.Join(" or ", keys)}."));
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new EnergyFiguresException(ErrorCodes.OutputFolderNotEmpty, $"The folder '{directory}' is not empty; a partitioned table is written into a new or empty folder (its files would mix with those there).");
        }

        create ??= async (path, write) =>
        {
            var s = File.Create(path);
            await using (s.ConfigureAwait(false))
            {
                await write(s).ConfigureAwait(false);
            }
        };
        Directory.CreateDirectory(directory);
        return table switch
        {
            ExportTable.Claims => await Partitioned(ExportTables.Claims, FirstAppearances(data.Claims), r => ClaimKey(r.Claim, key), format, directory, key, create, cancellationToken).ConfigureAwait(false),
            ExportTable.Appearances => await Partitioned(ExportTables.Appearances, AllAppearances(data.Claims), r => ClaimKey(r.Claim, key), format, directory, key, create, cancellationToken).ConfigureAwait(false),
            ExportTable.Reported => await Partitioned(ExportTables.Reported, AllAppearances(data.Reported), r => ClaimKey(r.Claim, key), format, directory, key, create, cancellationToken).ConfigureAwait(false),
            ExportTable.Checks => await Partitioned(ExportTables.Checks, data.Checks, r => ClaimKey(r.Claim, key), format, directory, key, create, cancellationToken).ConfigureAwait(false),
            _ => await Partitioned(ExportTables.Observations, AllObservations(data.References), r => Year(r.Observation.Period), format, directory, key, create, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// Reads claims back from a Parquet file of the claims, appearances or reported table (written by
    /// <see cref="WriteAsync(ExportData, ExportTable, ExportFormat, Stream, CancellationToken)"/>), through the claims
    /// CSV reader's validation: the decimals from their <c>_text</c> columns (every digit and the scale as written),
    /// the derived columns ignored. The appearances table gives back every appearance; the claims table the first.
    /// </summary>
    /// <param name="parquet">The Parquet file (left open).</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The claims.</returns>
    /// <exception cref="ClaimsFileException">A row has a problem (the claims CSV codes; Line = the row's line in the equivalent CSV).</exception>
    public static async Task<ClaimSet> ReadClaimsAsync(Stream parquet, string sourceName = "Parquet", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parquet);
        var result = await ParquetSerializer.DeserializeUntypedAsync(parquet, null, null, cancellationToken).ConfigureAwait(false);
        var columns = ClaimsCsv.Columns;
        var csv = new StringBuilder();
        csv.Append(string.Join(',', columns)).Append('\n');
        foreach (var row in result.Data)
        {
            for (int c = 0; c < columns.Count; c++)
            {
                var name = columns[c] switch
                {
                    "value" or "value_high" or "tolerance" => columns[c] + "_text",
                    "source_date" => "source_date_text",
                    var n => n,
                };
                var text = row.TryGetValue(name, out var v) ? TableStreamWriter<ClaimRow>.TextOf(v is ReadOnlyMemory<char> m ? m.ToString() : v) : string.Empty;
                if (name is not ("value_text" or "value_high_text" or "tolerance_text"))
                {
                    text = TableStreamWriter<ClaimRow>.Protect(text);
                }

                csv.Append(c > 0 ? "," : string.Empty).Append(TableStreamWriter<ClaimRow>.CsvField(text));
            }

            csv.Append('\n');
        }

        return ClaimsCsv.ValidateText(csv.ToString(), sourceName).ThrowIfInvalid();
    }

    /// <summary>Reads claims back from a Parquet file (see <see cref="ReadClaimsAsync(Stream, string, CancellationToken)"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The claims.</returns>
    public static async Task<ClaimSet> ReadClaimsAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadClaimsAsync(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<ClaimRow> FirstAppearances(ClaimSet claims) => claims.Select(c => new ClaimRow(c, 0));

    private static IEnumerable<ClaimRow> AllAppearances(ClaimSet claims) => claims.SelectMany(c => Enumerable.Range(0, c.Appearances.Count).Select(i => new ClaimRow(c, i)));

    private static IEnumerable<(ReferenceSeries Series, Observation Observation)> AllObservations(ReferenceLibrary library) => library.Series.SelectMany(s => s.Observations.Select(o => (s, o)));

    private static string? ClaimKey(Claim claim, string key) => key == "year" ? Year(claim.Period) : claim.Topics.Count == 0 ? null : claim.Topics[0];

    private static string Year(Period period) => period.Start.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<string>> Partitioned<TRow>(
        ExportSchema<TRow> schema, IEnumerable<TRow> rows, Func<TRow, string?> keyOf, ExportFormat format, string directory, string key, Func<string, Func<Stream, Task>, Task> create, CancellationToken cancellationToken)
    {
        var all = rows as IReadOnlyList<TRow> ?? rows.ToList();
        var scales = format is ExportFormat.Arrow or ExportFormat.Parquet ? TableStreamWriter<TRow>.ScalesOf(schema, all) : new int[schema.Columns.Count];
        var groups = new Dictionary<string, List<TRow>>(StringComparer.Ordinal);
        foreach (var row in all)
        {
            var value = keyOf(row) is { Length: > 0 } v ? HiveEscape(v) : HiveDefaultPartition;
            if (!groups.TryGetValue(value, out var list))
            {
                groups[value] = list = [];
            }

            list.Add(row);
        }

        var written = new List<string>();
        foreach (var (value, list) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var folder = $"{key}={value}";
            Directory.CreateDirectory(Path.Combine(directory, folder));
            var relative = folder + "/part-00000" + Extension(format);
            await create(Path.Combine(directory, folder, "part-00000" + Extension(format)), s => TableStreamWriter<TRow>.WriteAllAsync(schema, list, format, s, scales, cancellationToken)).ConfigureAwait(false);
            written.Add(relative);
        }

        return written;
    }

    /// <summary>A partition value as Hive escapes it in a folder name: every character but letters, digits, '_', '-' and '.' as %XX of its UTF-8 bytes.</summary>
    internal static string HiveEscape(string value)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '-' || (c == '.' && sb.Length > 0))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static bool TryParseFormat(string name, out ExportFormat format)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "csv": format = ExportFormat.Csv; return true;
            case "json": format = ExportFormat.Json; return true;
            case "jsonl" or "ndjson" or "jsonlines": format = ExportFormat.JsonLines; return true;
            case "arrow" or "feather" or "ipc": format = ExportFormat.Arrow; return true;
            case "parquet": format = ExportFormat.Parquet; return true;
            default: format = default; return false;
        }
    }
}
