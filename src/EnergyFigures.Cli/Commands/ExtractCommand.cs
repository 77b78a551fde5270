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
        var file = new Argument<string>("FILE") { Description = "The text to read: UTF-8 plain text, such as an article saved as .txt (at most 64 MiB)." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Also write the candidates as draft claims to this claims CSV (the schema of data/README.md), to review: subject, period, claimant and source are left empty, so 'validate' lists exactly what a reviewer must fill in. Written atomically; never the input file.",
            HelpName = "FILE",
        };
        var command = new Command("extract", "Find the candidate figures in a text with the rule-based extractor: for each, its span (UTF-16 offsets), the text as printed, the stated bound, the interval, the unit (marked when inferred from the context) and its sentence. With -o, also write them as draft claims to a claims CSV.") { file, output };
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var path = pr.GetValue(file)!;
            var outPath = pr.GetValue(output);
            CliPaths.Require(path, "FILE");
            CliPaths.Require(outPath, "-o");
            ctx.Guard.AddInput(path);
            if (outPath is not null)
            {
                ctx.Guard.CheckOutput(outPath);
            }

            var text = ReadText(path);
            var candidates = FigureExtractor.Extract(text);
            var origin = Path.GetFileNameWithoutExtension(path);
            IReadOnlyList<string>? ids = null;
            if (outPath is not null)
            {
                ids = DraftClaimsCsv.Ids(origin, candidates.Count);
                AtomicFile.WriteAllText(outPath, DraftClaimsCsv.WriteToString(candidates.Select(c => c.ToDraftClaim()), origin));
            }

            if (ctx.Json)
            {
                ctx.Out.WriteLine(JsonModel.Serialize(Json(path, candidates, outPath, ids)));
            }
            else
            {
                ctx.Out.Write(Render(Path.GetFileName(path), candidates));
                if (outPath is not null)
                {
                    ctx.Out.WriteLine();
                    ctx.Out.WriteLine(CommandLine.Inv(
                        $"Wrote {outPath}: {candidates.Count} draft claim(s). Fill in {string.Join(", ", DraftClaimsCsv.ReviewerFields)} on each row (and confirm the units the notes mark as inferred), then run '{CommandLine.Name} validate {outPath}'."));
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
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

    internal static JsonObject Json(string path, IReadOnlyList<FigureCandidate> candidates, string? outPath, IReadOnlyList<string>? ids) => new()
    {
        ["file"] = path,
        ["count"] = candidates.Count,
        ["candidates"] = new JsonArray(candidates.Select((c, i) => (JsonNode)new JsonObject
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
        }).ToArray()),
        ["output"] = outPath is null ? null : new JsonObject
        {
            ["file"] = outPath,
            ["draftClaims"] = candidates.Count,
            ["fieldsToFillIn"] = JsonModel.Strings(DraftClaimsCsv.ReviewerFields),
        },
    };

    /// <summary>The candidates as a table for people, then the sentences they were found in.</summary>
    internal static string Render(string name, IReadOnlyList<FigureCandidate> candidates)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(CommandLine.Inv($"{candidates.Count} candidate figure(s) in {name}"));
        if (candidates.Count == 0)
        {
            return sb.ToString();
        }

        var rows = candidates.Select((c, i) => new[]
        {
            (i + 1).ToString(inv),
            CommandLine.Inv($"{c.Start}-{c.End}"),
            Flat(c.Text),
            c.Bound.ToName(),
            c.Interval.ToString(null, inv),
            c.Unit.Symbol + (c.UnitInferred ? " (inferred)" : string.Empty),
        }).ToList();
        string[] header = ["#", "SPAN", "AS PRINTED", "BOUND", "INTERVAL", "UNIT"];
        int[] widths = header.Select((h, i) => Math.Min(48, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        Line(sb, header, widths);
        Line(sb, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var r in rows)
        {
            Line(sb, r, widths);
        }

        sb.AppendLine();
        foreach (var group in candidates.Select((c, i) => (c, i)).GroupBy(x => (x.c.SentenceStart, x.c.Sentence)))
        {
            sb.AppendLine(CommandLine.Inv($"Sentence of {string.Join(", ", group.Select(x => (x.i + 1).ToString(inv)))}:"));
            sb.AppendLine(CommandLine.Inv($"  \"{Flat(group.Key.Sentence)}\""));
        }

        if (candidates.Any(c => c.UnitInferred))
        {
            sb.AppendLine();
            sb.AppendLine("(inferred): part of the unit or scale comes from the context, not from the printed text; confirm it.");
        }

        return sb.ToString();
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
