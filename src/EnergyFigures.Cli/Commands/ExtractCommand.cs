using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EnergyFigures.Cli.Output;
using EnergyFigures.Extraction;

namespace EnergyFigures.Cli.Commands;

/// <summary>
/// <c>extract FILE.txt [-o claims.csv]</c>: the candidate figures the rule-based extractor finds in a text; with
/// <c>-o</c>, also written as draft claims (a claims CSV whose subject, period, claimant and source a reviewer fills in).
/// </summary>
internal static class ExtractCommand
{
    /// <summary>The largest text read, in bytes (a guard against reading a huge or wrong file into memory).</summary>
    public const long MaxInputBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string?>("FILE") { Description = "The text to read: UTF-8 plain text, such as an article saved as .txt (at most 64 MiB). Not with --corpus.", Arity = ArgumentArity.ZeroOrOne };
        var corpus = new Option<string?>("--corpus")
        {
            Description = "Read a corpus instead: JSON Lines, one {\"id\": …, \"text\": …} per line ('-' for standard input), streamed in batches extracted on every core. The candidates go to standard output as JSON Lines, or with -o to a .jsonl, .parquet or .csv file (columns in docs/interchange.md).",
            HelpName = "FILE|-",
        };
        var threads = new Option<int>("--threads")
        {
            Description = "With --corpus: how many documents to extract at once (default: every core).",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--threads must be 1 or more.");
            }
        });
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Also write the candidates as draft claims to this claims CSV (the schema of data/README.md), to review: subject, period, claimant and source are left empty, so 'validate' lists exactly what a reviewer must fill in. Written atomically; never the input file.",
            HelpName = "FILE",
        };
        var command = new Command("extract", "Find the candidate figures in a text with the rule-based extractor: for each, its span (UTF-16 offsets), the text as printed, the stated bound, the interval, the unit (marked when inferred from the context) and its sentence. With -o, also write them as draft claims to a claims CSV. With --corpus, every document of a JSON Lines corpus, on every core, as JSON Lines or Parquet.") { file, output, corpus, threads };
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var outPath = pr.GetValue(output);
            if (pr.GetValue(corpus) is { } corpusPath)
            {
                if (pr.GetValue(file) is not null)
                {
                    throw new CliException(ExitCodes.Usage, "Give a text FILE or --corpus, not both.");
                }

                CliPaths.Require(outPath, "-o");
                return ExtractCorpus.Run(ctx, corpusPath, outPath, pr.GetValue(threads));
            }

            var path = pr.GetValue(file) ?? throw new CliException(ExitCodes.Usage, "extract needs a text FILE (or --corpus FILE for a JSON Lines corpus). Run 'energy-figures extract --help' for usage.");
            CliPaths.Require(path, "FILE");
            CliPaths.Require(outPath, "-o");
            ctx.Guard.AddInput(path);
            if (outPath is not null)
            {
                ctx.Guard.CheckOutput(outPath);
            }

            var text = ReadText(path);

            // The candidates are never all held at once: each output extracts them again, chunk by chunk (see
            // ExtractByLines), so memory is bounded by the text and a chunk, not by the number of candidates.
            IEnumerable<FigureCandidate> Candidates() => ExtractByLines(text);
            int count = Candidates().Count();
            var origin = Path.GetFileNameWithoutExtension(path);
            IReadOnlyList<string>? ids = null;
            if (outPath is not null)
            {
                ids = DraftClaimsCsv.Ids(origin, count);
                AtomicFile.Write(outPath, stream => DraftClaimsCsv.Write(Candidates().Select(c => c.ToDraftClaim()), count, stream, origin));
            }

            if (ctx.Json)
            {
                WriteJson(ctx.Out, path, Candidates(), count, outPath, ids);
            }
            else
            {
                Render(ctx.Out, Path.GetFileName(path), Candidates, count);
                if (outPath is not null)
                {
                    ctx.Out.WriteLine();
                    ctx.Out.WriteLine(CommandLine.Inv(
                        $"Wrote {outPath}: {count} draft claim(s). Fill in {string.Join(", ", DraftClaimsCsv.ReviewerFields)} on each row (and confirm the units the notes mark as inferred), then run '{CommandLine.Name} validate {outPath}'."));
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The characters of text one call of the extractor reads at most (then the chunk ends at the next line break).</summary>
    internal const int ChunkChars = 64 * 1024;

    /// <summary>The characters before a chunk the extractor also reads as context (at least; back to a line start).</summary>
    internal const int ContextChars = 4096;

    /// <summary>
    /// The characters a chunk may grow to while it looks for a paragraph break (a line break the extractor does not read as
    /// the soft break of hard-wrapped prose); past it the chunk ends at the next line break of any kind.
    /// </summary>
    internal const int MaxChunkChars = 4 * ChunkChars;

    /// <summary>
    /// The extractor's candidates, chunk by chunk. The extractor reads hard-wrapped prose across its line breaks and
    /// ends a sentence at a paragraph break (a blank line, a table row, a list item, a heading); what it reads around a
    /// figure is that sentence, the one before and at most 600 characters back. So each chunk ends at a paragraph break
    /// and is read with at least <see cref="ContextChars"/> characters before it, back to a paragraph break, and keeps
    /// only the candidates that start inside it. The candidates are the same as those of one call on the whole text
    /// (tested), but the extractor's working memory is bounded by a chunk, not the text. A paragraph longer than
    /// <see cref="MaxChunkChars"/> (no paragraph break in 256 KiB of text) is cut at a line break, where a sentence
    /// may then be cut too: the bound on memory wins over the whole sentence.
    /// </summary>
    internal static IEnumerable<FigureCandidate> ExtractByLines(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = start + ChunkChars >= text.Length ? text.Length : NextParagraphStart(text, start + ChunkChars);
            int context = start <= ContextChars ? 0 : ParagraphStartBefore(text, start - ContextChars - 1);
            var slice = context == 0 && end == text.Length ? text : text[context..end];
            foreach (var c in FigureExtractor.Extract(slice))
            {
                if (c.Start + context >= start)
                {
                    yield return context == 0 ? c : c with { Start = c.Start + context, End = c.End + context, SentenceStart = c.SentenceStart + context };
                }
            }

            start = end;
        }
    }

    private static int NextParagraphStart(string text, int from)
    {
        int limit = from + MaxChunkChars;
        int i = text.IndexOf('\n', from);
        while (i >= 0 && i < limit && SentenceSplitter.IsSoftBreak(text, i))
        {
            i = text.IndexOf('\n', i + 1);
        }

        if (i >= limit)
        {
            i = text.IndexOf('\n', from);
        }

        return i < 0 ? text.Length : i + 1;
    }

    private static int ParagraphStartBefore(string text, int from)
    {
        int limit = from - MaxChunkChars;
        int i = text.LastIndexOf('\n', from);
        while (i >= 0 && i > limit && SentenceSplitter.IsSoftBreak(text, i))
        {
            i = i == 0 ? -1 : text.LastIndexOf('\n', i - 1);
        }

        if (i >= 0 && i <= limit)
        {
            i = text.LastIndexOf('\n', from);
        }

        return i + 1;
    }

    /// <summary>Reads the text as <c>File.ReadAllText</c> does (a byte order mark selects the encoding, else UTF-8), but refusing invalid UTF-8 and huge files.</summary>
    internal static string ReadText(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException(ExitCodes.Usage, $"'{path}' is a folder; expected a text file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.IoError, $"'{path}' does not exist; expected a UTF-8 text file.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.CanSeek && stream.Length > MaxInputBytes)
            {
                throw new CliException(ExitCodes.IoError, CommandLine.Inv($"Cannot read '{path}': it has {stream.Length} bytes, more than the limit of {MaxInputBytes} (64 MiB); expected a text such as an article. Split it into smaller files."));
            }

            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[81920];
            var sb = new StringBuilder();
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                sb.Append(buffer, 0, n);
                if (sb.Length > MaxInputBytes)
                {
                    throw new CliException(ExitCodes.IoError, CommandLine.Inv($"Cannot read '{path}': it is longer than the limit of {MaxInputBytes} characters (64 MiB); expected a text such as an article. Split it into smaller files."));
                }
            }

            return sb.ToString();
        }
        catch (DecoderFallbackException)
        {
            throw new CliException(ExitCodes.IoError, $"Cannot read '{path}': it is not valid UTF-8 text; expected a UTF-8 text file (or UTF-16 with a byte order mark). Convert it first, e.g. with iconv.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CliException(ExitCodes.IoError, $"Cannot read '{path}': {e.Message}", e);
        }
    }

    /// <summary>
    /// Writes the JSON of <see cref="Json"/> one candidate at a time (the same text as serializing the whole tree, without
    /// holding the tree or the whole text in memory).
    /// </summary>
    internal static void WriteJson(TextWriter output, string path, IEnumerable<FigureCandidate> candidates, int count, string? outPath, IReadOnlyList<string>? ids)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        using var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        void Drain()
        {
            writer.Flush();
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }

        writer.WriteStartObject();
        writer.WritePropertyName("file");
        JsonValue.Create(path).WriteTo(writer);
        writer.WriteNumber("count", count);
        writer.WriteStartArray("candidates");
        int i = 0;
        foreach (var c in candidates)
        {
            Candidate(c, i++, ids).WriteTo(writer);
            if (writer.BytesPending + buffer.WrittenCount > 1 << 16)
            {
                Drain();
            }
        }

        writer.WriteEndArray();
        writer.WritePropertyName("output");
        if (Output(outPath, count) is { } o)
        {
            o.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
        Drain();
        output.WriteLine();
    }

    internal static JsonObject Json(string path, IReadOnlyList<FigureCandidate> candidates, string? outPath, IReadOnlyList<string>? ids) => new()
    {
        ["file"] = path,
        ["count"] = candidates.Count,
        ["candidates"] = new JsonArray(candidates.Select((c, i) => (JsonNode)Candidate(c, i, ids)).ToArray()),
        ["output"] = Output(outPath, candidates.Count),
    };

    private static JsonObject? Output(string? outPath, int count) => outPath is null ? null : new JsonObject
    {
        ["file"] = outPath,
        ["draftClaims"] = count,
        ["fieldsToFillIn"] = JsonModel.Strings(DraftClaimsCsv.ReviewerFields),
    };

    private static JsonObject Candidate(FigureCandidate c, int i, IReadOnlyList<string>? ids) => new()
        {
            ["index"] = i + 1,
            ["start"] = c.Start,
            ["end"] = c.End,
            ["text"] = c.Text,
            ["bound"] = c.Bound.ToName(),
            ["interval"] = JsonModel.Interval(c.Interval),
            ["unit"] = c.Unit.Symbol,
            ["unitInferred"] = c.UnitInferred,
            ["figure"] = JsonModel.Figure(c.Figure),
            ["sentenceStart"] = c.SentenceStart,
            ["sentence"] = c.Sentence,
            ["draftId"] = ids?[i],
        };

    /// <summary>The candidates as a table for people, then the sentences they were found in.</summary>
    internal static string Render(string name, IReadOnlyList<FigureCandidate> candidates)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        Render(w, name, () => candidates, candidates.Count);
        return w.ToString();
    }

    /// <summary>Writes the table and the sentences row by row (the cells are made twice rather than all held at once).</summary>
    internal static void Render(TextWriter output, string name, Func<IEnumerable<FigureCandidate>> candidates, int count)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(CommandLine.Inv($"{count} candidate figure(s) in {name}"));
        if (count == 0)
        {
            return;
        }

        string[] Row(FigureCandidate c, int i) =>
        [
            (i + 1).ToString(inv),
            CommandLine.Inv($"{c.Start}-{c.End}"),
            Flat(c.Text),
            c.Bound.ToName(),
            c.Interval.ToString(null, inv),
            c.Unit.Symbol + (c.UnitInferred ? " (inferred)" : string.Empty),
        ];
        string[] header = ["#", "SPAN", "AS PRINTED", "BOUND", "INTERVAL", "UNIT"];
        int[] widths = header.Select(h => h.Length).ToArray();
        bool anyInferred = false;
        int n = 0;
        foreach (var c in candidates())
        {
            var r = Row(c, n++);
            anyInferred |= c.UnitInferred;
            for (int k = 0; k < widths.Length; k++)
            {
                widths[k] = Math.Max(widths[k], r[k].Length);
            }
        }

        widths = widths.Select(w => Math.Min(48, w)).ToArray();
        var sb = new StringBuilder();
        Line(sb, header, widths);
        Line(sb, widths.Select(w => new string('-', w)).ToArray(), widths);
        output.Write(sb.ToString());
        n = 0;
        foreach (var c in candidates())
        {
            sb.Clear();
            Line(sb, Row(c, n++), widths);
            output.Write(sb.ToString());
        }

        output.WriteLine();

        // Consecutive candidates of one sentence (the extractor orders them by position) share one entry.
        FigureCandidate? first = null;
        var members = new List<int>();
        void Flush()
        {
            if (first is not null)
            {
                output.WriteLine(CommandLine.Inv($"Sentence of {string.Join(", ", members.Select(x => (x + 1).ToString(inv)))}:"));
                output.WriteLine(CommandLine.Inv($"  \"{Flat(first.Sentence)}\""));
            }
        }

        n = 0;
        foreach (var c in candidates())
        {
            if (first is null || c.SentenceStart != first.SentenceStart || c.Sentence != first.Sentence)
            {
                Flush();
                first = c;
                members.Clear();
            }

            members.Add(n++);
        }

        Flush();
        if (anyInferred)
        {
            output.WriteLine();
            output.WriteLine("(inferred): part of the unit or scale comes from the context, not from the printed text; confirm it.");
        }
    }

    /// <summary>Collapses every run of white space or control characters into one space, for a one-line display.</summary>
    private static string Flat(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            var c = cells[i].Length > widths[i] ? string.Concat(cells[i].AsSpan(0, widths[i] - 1), "…") : cells[i];
            line.Append(i == cells.Length - 1 ? c : c.PadRight(widths[i]));
            if (i < cells.Length - 1)
            {
                line.Append("  ");
            }
        }

        sb.AppendLine(line.ToString());
    }
}
