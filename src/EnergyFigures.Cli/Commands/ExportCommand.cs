using EnergyFigures.Errors;
using System.CommandLine;
using System.Globalization;
using System.Text;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Interchange;
using EnergyFigures.Publishing;
using EnergyFigures.Reference;

namespace EnergyFigures.Cli.Commands;

/// <summary>
/// <c>export [--table T] -o FILE</c>: a table of the dataset (shipped or <c>--data</c>) as CSV, JSON, JSON Lines, Arrow or
/// Parquet (format from the extension or <c>--format</c>), a Hive-partitioned folder (<c>--partition-by</c>), schema.org
/// ClaimReview documents for the checks, or Wikidata-style statements for the figures. Schemas in docs/interchange.md.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Publishing = ["claimreview", "quickstatements", "wikidata"];

    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var table = new Option<string?>("--table", "-t")
        {
            Description = "The table: claims (one row per claim; default), appearances (one per appearance: reads back as claims), checks, series, observations or reported.",
            HelpName = "claims|appearances|checks|series|observations|reported",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write (its extension names the format unless --format does: .csv, .json, .jsonl, .arrow, .parquet); '-' for standard output (text formats); with --partition-by, a new or empty folder. Written atomically; never an input file.",
            HelpName = "FILE|DIR|-",
            Required = true,
        };
        var partitionBy = new Option<string?>("--partition-by")
        {
            Description = "Write a Hive-style partitioned folder, one file per value: year (the period's first year) or topic (a claim's first topic word), e.g. -o archive/ gives archive/year=2020/part-00000.parquet.",
            HelpName = "year|topic",
        };
        var claim = new Option<string[]>("--claim")
        {
            Description = "Only these claims (or reported figures, with --table reported) and their checks; repeatable.",
            HelpName = "ID",
            AllowMultipleArgumentsPerToken = false,
        };
        var reviewer = new Option<string?>("--reviewer") { Description = "claimreview: the reviewing organisation's name (required: it is never filled in for you).", HelpName = "NAME" };
        var reviewerUrl = new Option<string?>("--reviewer-url") { Description = "claimreview: the organisation's home page.", HelpName = "URL" };
        var reviewUrl = new Option<string?>("--review-url") { Description = "claimreview: where each review is published; {id} is replaced by the claim's id.", HelpName = "URL" };
        var reviewDate = new Option<string?>("--review-date") { Description = "claimreview: the date the reviews are published (YYYY-MM-DD).", HelpName = "DATE" };
        var item = new Option<string?>("--item") { Description = "quickstatements/wikidata: the item the statements are about (default: the placeholder ITEM).", HelpName = "QID" };
        var property = new Option<string?>("--property") { Description = "quickstatements/wikidata: the property (default: the placeholder PROPERTY), e.g. P2284 (price).", HelpName = "PID" };
        var retrieved = new Option<string?>("--retrieved") { Description = "quickstatements/wikidata: the date you retrieved (reviewed) the sources, for the reference's 'retrieved' (P813); omitted unless given.", HelpName = "DATE" };
        var command = new Command("export", "Export a table of the dataset (the shipped one, or --data) to CSV, JSON, JSON Lines, Arrow or Parquet with exact decimals (each with its text), open interval ends as booleans and full provenance (schemas: docs/interchange.md); or the checks as schema.org ClaimReview JSON-LD (--format claimreview --reviewer NAME); or the figures as Wikidata statements (--format quickstatements|wikidata).")
        {
            table, output, partitionBy, claim, reviewer, reviewerUrl, reviewUrl, reviewDate, item, property, retrieved,
        };
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var outPath = pr.GetValue(output)!;
            CliPaths.Require(outPath, "-o");
            var formatResult = pr.GetResult(g.Format);
            var formatName = formatResult is { Implicit: false } ? pr.GetValue(g.Format)! : null;
            if (formatName == "text")
            {
                throw new CliException(ExitCodes.Usage, "export writes csv, json, jsonl, arrow, parquet, claimreview, quickstatements or wikidata; give one of them with --format, or leave it out to use the extension of -o.");
            }

            var ids = pr.GetValue(claim) ?? [];
            if (formatName is not null && Publishing.Contains(formatName))
            {
                return Publish(ctx, formatName, pr.GetValue(table), outPath, ids, pr.GetValue(partitionBy), new PublishingOptions(
                    pr.GetValue(reviewer), pr.GetValue(reviewerUrl), pr.GetValue(reviewUrl), pr.GetValue(reviewDate), pr.GetValue(item), pr.GetValue(property), pr.GetValue(retrieved)));
            }

            if (new[] { reviewer, reviewerUrl, reviewUrl, reviewDate, item, property, retrieved }.Any(o => pr.GetResult(o) is not null))
            {
                throw new CliException(ExitCodes.Usage, "--reviewer, --reviewer-url, --review-url and --review-date apply with --format claimreview; --item, --property and --retrieved with --format quickstatements or wikidata.");
            }

            var t = Coded(() => TableExport.ParseTable(pr.GetValue(table) ?? "claims"));
            var data = Data(ctx, ids, t);
            var key = pr.GetValue(partitionBy);
            if (key is not null)
            {
                var format = formatName is null ? ExportFormat.Parquet : Coded(() => TableExport.ParseFormat(formatName));
                return Partitioned(ctx, data, t, format, outPath, key);
            }

            var f = formatName is null
                ? (outPath == "-" ? throw new CliException(ExitCodes.Usage, "Writing to standard output (-o -) needs --format (csv, json or jsonl).") : Coded(() => TableExport.FormatOfPath(outPath)))
                : Coded(() => TableExport.ParseFormat(formatName));
            long rows = Rows(data, t);
            if (outPath == "-")
            {
                if (f is ExportFormat.Arrow or ExportFormat.Parquet)
                {
                    throw new CliException(ExitCodes.Usage, $"{TableExport.Name(f)} is a binary format: write it to a file (-o FILE.{TableExport.Name(f)}), not to standard output.");
                }

                using var s = new TextWriterStream(ctx.Out);
                TableExport.WriteAsync(data, t, f, s).GetAwaiter().GetResult();
                return ExitCodes.Ok;
            }

            ctx.Guard.CheckOutput(outPath);
            AtomicFile.Write(outPath, s => TableExport.WriteAsync(data, t, f, s).GetAwaiter().GetResult());
            ctx.Out.WriteLine(CommandLine.Inv($"Wrote {outPath}: the {TableExport.Name(t)} table of {ctx.DatasetName}, {rows} row(s), {Describe(f)}."));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private sealed record PublishingOptions(string? Reviewer, string? ReviewerUrl, string? ReviewUrl, string? ReviewDate, string? Item, string? Property, string? Retrieved);

    private static int Partitioned(CliContext ctx, ExportData data, ExportTable table, ExportFormat format, string dir, string key)
    {
        if (dir == "-" || File.Exists(dir))
        {
            throw new CliException(ExitCodes.Usage, $"--partition-by writes a folder of files; '{dir}' is not a folder name (-o DIR).");
        }

        var files = Coded(() => TableExport.WritePartitionedAsync(data, table, format, dir, key, (path, write) =>
        {
            ctx.Guard.CheckOutput(path);
            AtomicFile.Write(path, s => write(s).GetAwaiter().GetResult());
            return Task.CompletedTask;
        }).GetAwaiter().GetResult());
        ctx.Out.WriteLine(CommandLine.Inv($"Wrote {dir}: the {TableExport.Name(table)} table of {ctx.DatasetName}, {Rows(data, table)} row(s) in {files.Count} {Describe(format)} file(s) partitioned by {key}:"));
        foreach (var f in files)
        {
            ctx.Out.WriteLine("  " + CommandLine.Safe(f));
        }

        return ExitCodes.Ok;
    }

    private static int Publish(CliContext ctx, string format, string? tableName, string outPath, string[] ids, string? partitionBy, PublishingOptions o)
    {
        if (partitionBy is not null)
        {
            throw new CliException(ExitCodes.Usage, $"--partition-by applies to the table formats, not to {format}.");
        }

        if (format == "claimreview")
        {
            if (tableName is not null && !string.Equals(tableName, "checks", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException(ExitCodes.Usage, "claimreview publishes checks: leave out --table, or give --table checks.");
            }

            if (o.Item is not null || o.Property is not null || o.Retrieved is not null)
            {
                throw new CliException(ExitCodes.Usage, "--item, --property and --retrieved apply with --format quickstatements or wikidata.");
            }

            var options = new ClaimReviewOptions(o.Reviewer ?? string.Empty)
            {
                ReviewerUrl = o.ReviewerUrl is null ? null : AbsoluteUrl(o.ReviewerUrl, "--reviewer-url"),
                ReviewUrl = o.ReviewUrl is null ? null : AbsoluteUrl(o.ReviewUrl.Replace("{id}", "id", StringComparison.Ordinal), "--review-url") is not null ? o.ReviewUrl : null,
                DatePublished = o.ReviewDate is null ? null : Date(o.ReviewDate, "--review-date"),
            };
            if (string.IsNullOrWhiteSpace(options.ReviewerName))
            {
                Coded<int>(() => throw new EnergyFiguresException(ErrorCodes.ReviewerRequired, "A ClaimReview needs the reviewing organisation's name (schema.org author); give it with --reviewer NAME: it is never filled in for you."));
            }

            var checks = Data(ctx, ids, ExportTable.Checks).Checks;
            int written = 0;
            var jsonLines = outPath != "-" && string.Equals(Path.GetExtension(outPath), ".jsonl", StringComparison.OrdinalIgnoreCase);
            WriteText(ctx, outPath, w => written = jsonLines ? ClaimReviews.WriteJsonLines(checks, options, w) : ClaimReviews.WriteJsonArray(checks, options, w));
            int skipped = checks.Count - written;
            Summary(ctx, outPath, CommandLine.Inv($"{written} ClaimReview document(s) ({(jsonLines ? "JSON Lines" : "a JSON array")}), one per check with a verdict; {skipped} check(s) without a verdict left out"));
            return ExitCodes.Ok;
        }

        if (o.Reviewer is not null || o.ReviewerUrl is not null || o.ReviewUrl is not null || o.ReviewDate is not null)
        {
            throw new CliException(ExitCodes.Usage, "--reviewer, --reviewer-url, --review-url and --review-date apply with --format claimreview.");
        }

        var t = Coded(() => TableExport.ParseTable(tableName ?? "claims"));
        if (t is not (ExportTable.Claims or ExportTable.Reported))
        {
            throw new CliException(ExitCodes.Usage, $"{format} states figures: use it with --table claims (default) or --table reported.");
        }

        var data = Data(ctx, ids, t);
        var claims = t == ExportTable.Claims ? data.Claims : data.Reported;
        var wikidata = new WikidataOptions
        {
            Item = o.Item ?? "ITEM",
            Property = o.Property ?? "PROPERTY",
            Retrieved = o.Retrieved is null ? null : Date(o.Retrieved, "--retrieved"),
        };
        if (format == "quickstatements")
        {
            var statements = claims.Select(c => WikidataStatements.For(c, wikidata)).ToList();
            int lines = 0;
            WriteText(ctx, outPath, w =>
            {
                foreach (var line in statements.Select(WikidataStatements.ToQuickStatements).OfType<string>())
                {
                    w.Write(line);
                    w.Write('\n');
                    lines++;
                }
            });
            Summary(ctx, outPath, CommandLine.Inv($"{lines} QuickStatements line(s); {statements.Count - lines} figure(s) without a Wikidata quantity form (one-sided bounds) left out (--format wikidata lists them with the reason)"));
        }
        else
        {
            WriteText(ctx, outPath, w => w.Write(WikidataStatements.ToJson(claims, wikidata)));
            Summary(ctx, outPath, CommandLine.Inv($"{claims.Count} Wikidata statement(s) as JSON"));
        }

        return ExitCodes.Ok;
    }

    private static void WriteText(CliContext ctx, string outPath, Action<TextWriter> write)
    {
        if (outPath == "-")
        {
            write(ctx.Out);
            return;
        }

        ctx.Guard.CheckOutput(outPath);
        AtomicFile.Write(outPath, s =>
        {
            using var w = new StreamWriter(s, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(w);
        });
    }

    private static void Summary(CliContext ctx, string outPath, string what)
    {
        if (outPath == "-")
        {
            ctx.Progress(what + ".");
        }
        else
        {
            ctx.Out.WriteLine($"Wrote {outPath}: {what}.");
        }
    }

    /// <summary>The data to export: the claims (shipped or --data, optionally only some ids) and their checks (--checks, or the shipped article's for shipped claims).</summary>
    private static ExportData Data(CliContext ctx, string[] ids, ExportTable table)
    {
        var claims = ctx.Claims;
        var reported = ReportedFigures.Shipped;
        if (ids.Length > 0)
        {
            var wanted = ids.ToHashSet(StringComparer.Ordinal);
            if (table == ExportTable.Reported)
            {
                foreach (var id in ids)
                {
                    reported.Get(id);
                }

                reported = reported.Where(c => wanted.Contains(c.Id));
            }
            else
            {
                foreach (var id in ids)
                {
                    ctx.Get(id);
                }
            }
        }

        IReadOnlyList<ArticleCheck>? checks = ctx.Declarations is { } declared ? ArticleChecks.Run(claims, declared) : null;
        var data = new ExportData(claims, checks, null, reported);
        if (ids.Length == 0 || table == ExportTable.Reported)
        {
            return data;
        }

        var keep = ids.ToHashSet(StringComparer.Ordinal);
        return new ExportData(claims.Where(c => keep.Contains(c.Id)), data.Checks.Where(c => keep.Contains(c.Claim.Id)).ToList(), null, reported);
    }

    private static long Rows(ExportData data, ExportTable table) => table switch
    {
        ExportTable.Claims => data.Claims.Count,
        ExportTable.Appearances => data.Claims.Sum(c => (long)c.Appearances.Count),
        ExportTable.Reported => data.Reported.Sum(c => (long)c.Appearances.Count),
        ExportTable.Checks => data.Checks.Count,
        ExportTable.Series => data.References.Series.Count,
        _ => data.References.Series.Sum(s => (long)s.Observations.Count),
    };

    private static string Describe(ExportFormat f) => f switch
    {
        ExportFormat.Csv => "CSV",
        ExportFormat.Json => "JSON",
        ExportFormat.JsonLines => "JSON Lines",
        ExportFormat.Arrow => "Arrow IPC",
        _ => "Parquet",
    };

    /// <summary>Runs a library call whose coded errors are the user's (a table, format or key mistyped): usage errors, code first.</summary>
    private static T Coded<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (EnergyFiguresException e) when (e.Code is ErrorCodes.UnknownExportTable or ErrorCodes.UnknownExportFormat or ErrorCodes.PartitionKeyUnusable or ErrorCodes.OutputFolderNotEmpty or ErrorCodes.ReviewerRequired)
        {
            throw new CliException(ExitCodes.Usage, $"{e.Code} {e.Message}", e);
        }
    }

    private static DateOnly Date(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CliException(ExitCodes.Usage, $"{option} '{text}' is not a date; expected YYYY-MM-DD.");

    private static Uri AbsoluteUrl(string text, string option) =>
        Uri.TryCreate(text, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)
            ? u
            : throw new CliException(ExitCodes.Usage, $"{option} '{text}' is not an absolute http(s) URL.");
}
