using System.Buffers;
using System.Text;
using System.Text.Json;
using EnergyFigures.Errors;
using EnergyFigures.Extraction;
using EnergyFigures.Interchange;

namespace EnergyFigures.Cli.Commands;

/// <summary>
/// <c>extract --corpus FILE|-</c>: the candidates of every document of a JSON Lines corpus (<c>{"id": …, "text": …}</c>
/// per line), written as JSON Lines (standard output by default, for a map step such as Spark's <c>RDD.pipe</c>) or as
/// Parquet or CSV (<c>-o</c>). The corpus is read as a stream in batches of lines; the batches are extracted on every core
/// and written in input order; at most <c>2 × threads</c> batches are in memory at once, so memory is bounded by the batch
/// size and the longest document, whatever the size of the corpus.
/// </summary>
internal static class ExtractCorpus
{
    /// <summary>The most documents in one batch.</summary>
    internal const int BatchLines = 256;

    /// <summary>The most bytes of corpus in one batch (a longer document makes a batch of its own).</summary>
    internal const int BatchBytes = 1 << 20;

    /// <summary>The rows of a Parquet row group of candidates.</summary>
    internal const int RowGroupRows = 16_384;

    /// <summary>What a run read and wrote.</summary>
    internal sealed record Totals(long Documents, long Candidates, long Bytes);

    /// <summary>Runs the corpus mode; returns the exit code.</summary>
    public static int Run(CliContext ctx, string corpus, string? outPath, int threads)
    {
        CliPaths.Require(corpus, "--corpus");
        if (corpus != "-")
        {
            if (Directory.Exists(corpus))
            {
                throw new CliException(ExitCodes.Usage, $"--corpus '{corpus}' is a folder; expected a JSON Lines file (one {{\"id\": …, \"text\": …}} per line).");
            }

            if (!File.Exists(corpus))
            {
                throw new CliException(ExitCodes.IoError, $"--corpus '{corpus}' does not exist; expected a JSON Lines file.");
            }

            ctx.Guard.AddInput(corpus);
        }

        var format = outPath is null or "-" ? ExportFormat.JsonLines : FormatOf(outPath);
        Totals totals;
        try
        {
            using var input = corpus == "-" ? Console.OpenStandardInput() : new FileStream(corpus, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            if (outPath is null or "-")
            {
                using var output = new TextWriterStream(ctx.Out);
                totals = Process(input, output, format, threads);
                ctx.Progress(CommandLine.Inv($"Read {totals.Documents} document(s) ({totals.Bytes} bytes) from {(corpus == "-" ? "standard input" : corpus)}: {totals.Candidates} candidate figure(s), as JSON Lines on standard output."));
            }
            else
            {
                ctx.Guard.CheckOutput(outPath);
                Totals? t = null;
                AtomicFile.Write(outPath, s => t = Process(input, s, format, threads));
                totals = t!;
                ctx.Out.WriteLine(CommandLine.Inv($"Read {totals.Documents} document(s) ({totals.Bytes} bytes) from {corpus}: {totals.Candidates} candidate figure(s). Wrote {outPath} ({TableExport.Name(format)}; columns in docs/interchange.md)."));
            }
        }
        catch (EnergyFiguresException e) when (e.Code == ErrorCodes.BadCorpusLine)
        {
            throw new CliException(ExitCodes.InvalidData, $"{e.Code} {(corpus == "-" ? "standard input" : corpus)}:{e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.IoError, $"Cannot read --corpus '{corpus}': {e.Message}", e);
        }

        return ExitCodes.Ok;
    }

    private static ExportFormat FormatOf(string path)
    {
        try
        {
            var f = TableExport.FormatOfPath(path);
            return f is ExportFormat.JsonLines or ExportFormat.Parquet or ExportFormat.Csv
                ? f
                : throw new CliException(ExitCodes.Usage, $"With --corpus, -o names a .jsonl, .parquet or .csv file of candidates; '{path}' is {TableExport.Name(f)}.");
        }
        catch (EnergyFiguresException e)
        {
            throw new CliException(ExitCodes.Usage, $"{e.Code} {e.Message}", e);
        }
    }

    /// <summary>Reads the corpus, extracts on <paramref name="threads"/> cores, writes the candidates in input order.</summary>
    internal static Totals Process(Stream input, Stream output, ExportFormat format, int threads)
    {
        threads = Math.Max(1, threads);
        using var gate = new SemaphoreSlim(threads);
        var inflight = new Queue<Task<Batch>>();
        var writer = format == ExportFormat.JsonLines ? null : CandidateTableWriter.Create(output, format);
        var pending = new List<CorpusCandidate>(RowGroupRows);
        long documents = 0, candidates = 0, bytes = 0;

        void Drain(Task<Batch> task)
        {
            var batch = task.GetAwaiter().GetResult();
            documents += batch.Documents;
            candidates += batch.CandidateCount;
            if (writer is null)
            {
                output.Write(batch.Json!.WrittenSpan);
                return;
            }

            foreach (var c in batch.Rows!)
            {
                pending.Add(c);
                if (pending.Count == RowGroupRows)
                {
                    writer.WriteAsync(pending).GetAwaiter().GetResult();
                    pending.Clear();
                }
            }
        }

        try
        {
            foreach (var lines in ReadBatches(input))
            {
                bytes += lines.Sum(l => (long)l.Bytes.Length + 1);
                inflight.Enqueue(Task.Run(async () =>
                {
                    await gate.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        return Extract(lines, writer is null);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
                while (inflight.Count >= 2 * threads)
                {
                    Drain(inflight.Dequeue());
                }
            }

            while (inflight.Count > 0)
            {
                Drain(inflight.Dequeue());
            }

            if (writer is not null)
            {
                writer.WriteAsync(pending).GetAwaiter().GetResult();
                writer.CompleteAsync().GetAwaiter().GetResult();
            }

            output.Flush();
        }
        finally
        {
            // On an error, let the batches still running finish before the stream closes under them.
            foreach (var t in inflight)
            {
                try
                {
                    t.Wait();
                }
                catch (AggregateException)
                {
                }
            }

            writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return new Totals(documents, candidates, bytes);
    }

    private sealed record Line(long Number, byte[] Bytes);

    private sealed record Batch(long Documents, long CandidateCount, ArrayBufferWriter<byte>? Json, List<CorpusCandidate>? Rows);

    private static Batch Extract(List<Line> lines, bool json)
    {
        var buffer = json ? new ArrayBufferWriter<byte>(1 << 16) : null;
        var rows = json ? null : new List<CorpusCandidate>();
        long docs = 0, count = 0;
        foreach (var line in lines)
        {
            var (id, text) = Parse(line);
            docs++;
            int index = 0;
            var found = ExtractCommand.ExtractByLines(text).Select(c => new CorpusCandidate(id, ++index, c));
            if (buffer is not null)
            {
                var list = found.ToList();
                CandidateTableWriter.AppendJsonLines(list, buffer);
                count += list.Count;
            }
            else
            {
                int before = rows!.Count;
                rows.AddRange(found);
                count += rows.Count - before;
            }
        }

        return new Batch(docs, count, buffer, rows);
    }

    /// <summary>A corpus line: an object with <c>id</c> (a string, or a number kept as written) and <c>text</c> (a string); other members are ignored.</summary>
    private static (string Id, string Text) Parse(Line line)
    {
        string? id = null, text = null;
        try
        {
            var reader = new Utf8JsonReader(line.Bytes, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Bad(line, "it is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "id" when reader.TokenType == JsonTokenType.String:
                        id = reader.GetString();
                        break;
                    case "id" when reader.TokenType == JsonTokenType.Number:
                        id = Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                    case "id":
                        throw Bad(line, "its id is not a string or a number");
                    case "text" when reader.TokenType == JsonTokenType.String:
                        text = reader.GetString();
                        break;
                    case "text":
                        throw Bad(line, "its text is not a string");
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                throw Bad(line, "it holds more than one JSON value");
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw Bad(line, "it is not valid JSON (" + e.Message.Split('\n')[0].TrimEnd('.') + ")");
        }

        return (id ?? throw Bad(line, "it has no \"id\""), text ?? throw Bad(line, "it has no \"text\""));
    }

    private static EnergyFiguresException Bad(Line line, string why) =>
        new(ErrorCodes.BadCorpusLine, CommandLine.Inv($"{line.Number}: the line is not a corpus document: {why}; expected {{\"id\": \"…\", \"text\": \"…\"}} on each line."));

    /// <summary>The corpus's non-blank lines in batches (at most <see cref="BatchLines"/> lines or about <see cref="BatchBytes"/> bytes each), read as a stream.</summary>
    private static IEnumerable<List<Line>> ReadBatches(Stream input)
    {
        var batch = new List<Line>();
        int batchBytes = 0;
        foreach (var line in ReadLines(input))
        {
            batch.Add(line);
            batchBytes += line.Bytes.Length;
            if (batch.Count >= BatchLines || batchBytes >= BatchBytes)
            {
                yield return batch;
                batch = [];
                batchBytes = 0;
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The non-blank lines as bytes (LF or CRLF ends; a UTF-8 byte order mark skipped), each at most 64 MiB.</summary>
    private static IEnumerable<Line> ReadLines(Stream input)
    {
        var buffer = new byte[1 << 20];
        var line = new ArrayBufferWriter<byte>(1 << 12);
        long number = 1;
        bool first = true;
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            if (first)
            {
                first = false;
                if (n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    start = 3;
                }
            }

            while (start < n)
            {
                int nl = Array.IndexOf(buffer, (byte)'\n', start, n - start);
                int end = nl < 0 ? n : nl;
                if (line.WrittenCount + (end - start) > ExtractCommand.MaxInputBytes)
                {
                    throw new EnergyFiguresException(ErrorCodes.BadCorpusLine, CommandLine.Inv($"{number}: the line is longer than {ExtractCommand.MaxInputBytes} bytes (64 MiB); split the document."));
                }

                line.Write(buffer.AsSpan(start, end - start));
                if (nl < 0)
                {
                    break;
                }

                if (Complete(line, number) is { } l)
                {
                    yield return l;
                }

                line.ResetWrittenCount();
                number++;
                start = nl + 1;
            }
        }

        if (Complete(line, number) is { } last)
        {
            yield return last;
        }
    }

    private static Line? Complete(ArrayBufferWriter<byte> line, long number)
    {
        var span = line.WrittenSpan;
        if (span.Length > 0 && span[^1] == (byte)'\r')
        {
            span = span[..^1];
        }

        return span.Trim((byte)' ').Length == 0 ? null : new Line(number, span.ToArray());
    }
}
