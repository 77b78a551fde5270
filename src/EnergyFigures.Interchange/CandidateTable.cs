using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using EnergyFigures.Errors;
using EnergyFigures.Extraction;

namespace EnergyFigures.Interchange;

/// <summary>A figure candidate found in one document of a corpus: the document's id and the candidate's 1-based index in it.</summary>
/// <param name="DocumentId">The document's id, as given in the corpus.</param>
/// <param name="Index">The candidate's position in the document (1 = the first).</param>
/// <param name="Candidate">The candidate.</param>
public readonly record struct CorpusCandidate(string DocumentId, int Index, FigureCandidate Candidate)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"CorpusCandidate {{ DocumentId = {DocumentId}, Index = {Index}, Candidate = {Candidate} }}");
}

/// <summary>
/// The candidates table (one row per candidate of a corpus document), written as JSON Lines or Parquet batch by batch, so
/// that extraction over a corpus of any size streams: <c>id</c>, <c>index</c>, <c>start</c>, <c>end</c> (UTF-16 offsets
/// in the document's text), <c>text</c>, <c>bound</c>, <c>value</c>, <c>value_high</c>, <c>tolerance</c>, <c>scale</c>,
/// <c>unit</c>, <c>unit_inferred</c>, <c>low</c>, <c>low_open</c>, <c>high</c>, <c>high_open</c>, <c>sentence_start</c>,
/// <c>sentence</c>; each decimal with its exact text (<c>value_text</c>, …). The Parquet decimals have the fixed scale
/// <see cref="ParquetScale"/> (a stream cannot look ahead for the smallest one); a value with more decimals is rounded
/// there, and its <c>_text</c> column keeps every digit.
/// </summary>
public sealed class CandidateTableWriter : IAsyncDisposable
{
    /// <summary>The scale of the Parquet decimal columns: 9 decimals, leaving 29 integer digits (every decimal's whole part fits).</summary>
    public const int ParquetScale = 9;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ExportSchema<CorpusCandidate> Schema = new ExportSchema<CorpusCandidate>("candidates", "One row per figure candidate the extractor finds in a corpus document.")
        .Text("id", "The document's id, as given in the corpus.", r => r.DocumentId, nullable: false)
        .Integer("index", "The candidate's position in the document (1 = the first).", r => r.Index)
        .Integer("start", "UTF-16 offset of the printed figure's first character in the document's text.", r => r.Candidate.Start)
        .Integer("end", "UTF-16 offset just after its last character (exclusive).", r => r.Candidate.End)
        .Text("text", "The figure exactly as printed.", r => r.Candidate.Text, nullable: false)
        .Text("bound", "How the text bounds the number: exact, approximately, under, at_most, over, at_least, range, plus_minus.", r => r.Candidate.Bound.ToName(), nullable: false)
        .Decimal("value", "The number as printed, without its scale word (for a range, the low side).", r => r.Candidate.Figure.Value)
        .Decimal("value_high", "The high side of a range.", r => r.Candidate.Figure.ValueHigh)
        .Decimal("tolerance", "The stated half-width.", r => r.Candidate.Figure.Tolerance)
        .Text("scale", "The scale word printed with the number.", r => r.Candidate.Figure.Scale == Scale.None ? null : r.Candidate.Figure.Scale.ToName())
        .Text("unit", "The unit, in EnergyFigures unit syntax.", r => r.Candidate.Unit.Symbol, nullable: false)
        .Boolean("unit_inferred", "Whether part of the unit or scale comes from the context, not the printed text.", r => r.Candidate.UnitInferred)
        .Decimal("low", "Low side of the stated interval, scale applied; null when unbounded.", r => r.Candidate.Interval.Low)
        .Boolean("low_open", "Whether the low side is excluded (true when unbounded).", r => r.Candidate.Interval.LowOpen || !r.Candidate.Interval.HasLow)
        .Decimal("high", "High side of the stated interval, scale applied; null when unbounded.", r => r.Candidate.Interval.High)
        .Boolean("high_open", "Whether the high side is excluded (true when unbounded).", r => r.Candidate.Interval.HighOpen || !r.Candidate.Interval.HasHigh)
        .Integer("sentence_start", "UTF-16 offset of the sentence that contains the figure.", r => r.Candidate.SentenceStart)
        .Text("sentence", "The sentence, verbatim (a run-on sentence clipped at spaces).", r => r.Candidate.Sentence, nullable: false);

    private readonly TableStreamWriter<CorpusCandidate> _writer;

    private CandidateTableWriter(TableStreamWriter<CorpusCandidate> writer) => _writer = writer;

    /// <summary>The columns of the candidates table, in order.</summary>
    public static IReadOnlyList<ExportColumn> Columns { get; } = Schema.Columns.Select(c => c.Column).ToArray();

    /// <summary>A writer of the candidates table to a stream (left open).</summary>
    /// <param name="output">The output; Parquet needs a seekable stream.</param>
    /// <param name="format">JSON Lines, CSV or Parquet (JSON and Arrow are refused: a corpus is streamed).</param>
    /// <returns>The writer.</returns>
    /// <exception cref="EnergyFiguresException">Another format (<see cref="ErrorCodes.UnknownExportFormat"/>).</exception>
    public static CandidateTableWriter Create(Stream output, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format is not (ExportFormat.JsonLines or ExportFormat.Csv or ExportFormat.Parquet))
        {
            throw new EnergyFiguresException(ErrorCodes.UnknownExportFormat, $"Corpus candidates are written as jsonl, csv or parquet, not {TableExport.Name(format)}.");
        }

        var scales = Schema.Columns.Select(c => c.Column.Type == ExportColumnType.Decimal ? ParquetScale : 0).ToArray();
        return new CandidateTableWriter(new TableStreamWriter<CorpusCandidate>(Schema, format, output, scales));
    }

    /// <summary>
    /// Appends the JSON Lines of candidates (one object per line, the columns above) to a buffer. Thread-safe (no shared
    /// state): extraction workers serialize their own candidates, and the writer only copies bytes.
    /// </summary>
    /// <param name="candidates">The candidates.</param>
    /// <param name="output">The buffer.</param>
    public static void AppendJsonLines(IEnumerable<CorpusCandidate> candidates, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(output);
        var columns = Schema.Columns;
        using var json = new Utf8JsonWriter(output, JsonOptions);
        foreach (var c in candidates)
        {
            json.Reset(output);
            json.WriteStartObject();
            foreach (var (column, get) in columns)
            {
                json.WritePropertyName(column.Name);
                switch (get(c))
                {
                    case null: json.WriteNullValue(); break;
                    case decimal d: json.WriteNumberValue(d); break;
                    case bool b: json.WriteBooleanValue(b); break;
                    case long l: json.WriteNumberValue(l); break;
                    case string s: json.WriteStringValue(s); break;
                    case var v: json.WriteStringValue(Convert.ToString(v, CultureInfo.InvariantCulture)); break;
                }
            }

            json.WriteEndObject();
            json.Flush();
            output.Write("\n"u8);
        }
    }

    /// <summary>Writes a batch of candidates (a row group in Parquet).</summary>
    /// <param name="candidates">The batch.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    public Task WriteAsync(IReadOnlyList<CorpusCandidate> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return _writer.WriteAsync(candidates, cancellationToken);
    }

    /// <summary>Ends the file (the Parquet footer); the header of an empty table is still written.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    public Task CompleteAsync(CancellationToken cancellationToken = default) => _writer.CompleteAsync(cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
