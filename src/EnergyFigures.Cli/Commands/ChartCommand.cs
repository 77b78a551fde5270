using System.CommandLine;
using System.Text.Json.Nodes;
using EnergyFigures.Charts;
using EnergyFigures.Claims;
using EnergyFigures.Cli.Analysis;
using EnergyFigures.Cli.Output;
using EnergyFigures.Reference;
using EnergyFigures.Units;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>chart ID... -o FILE.png|svg</c>, or <c>chart --series ID --period A/B [ID...] -o FILE</c>: claims on one honest chart (bounds drawn as bounds, sources cited).</summary>
internal static class ChartCommand
{
    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var ids = new Argument<string[]>("ID") { Description = "The claim ids to draw (one or more; with --series, none or more, drawn at their periods).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The image file to write; .png or .svg. Written atomically; never an input file.", HelpName = "FILE", Required = true };
        var title = new Option<string?>("--title") { Description = "The chart's title (default: from the claims or the series).", HelpName = "TEXT" };
        var series = new Option<string?>("--series") { Description = "Draw this shipped reference series over --period (see 'series'), with the claims at their periods.", HelpName = "SERIES-ID" };
        var period = new Option<string?>("--period") { Description = "With --series: the window to draw, e.g. 2021-01/2022-12 (default: around the claims' periods).", HelpName = "PERIOD" };
        var unit = new Option<string?>("--unit") { Description = "The unit to draw in, e.g. EUR/MWh (default: the first claim's unit, else the series').", HelpName = "UNIT" };
        var label = new Option<string[]>("--label") { Description = "A label for a claim on the chart instead of its id, e.g. --label gas-price-offered-2020=\"Offer to Belarus\" (repeatable; long labels are wrapped, shortened with … and given in full in the caption).", HelpName = "ID=TEXT", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
        var opts = new AssumptionOptions();
        var command = new Command("chart", "Draw claims on one chart as PNG or SVG: a bound is drawn as a bound, a range as a range, with the sources cited. Two rates in percent give a spread chart; otherwise a comparison in the first claim's unit. With --series, a reference series over a window with the claims drawn at their periods, converted observation by observation (--fx ecb: each at its own period's rate).")
        {
            ids, output, title, series, period, unit, label,
        };
        opts.AddConversion(command);
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var path = pr.GetValue(output)!;
            CliPaths.Require(path, "-o");
            var format = ChartRenderer.FormatOf(path);
            ctx.Guard.CheckOutput(path);
            var claims = (pr.GetValue(ids) ?? []).Select(ctx.Get).ToList();
            var labels = Labels(pr.GetValue(label) ?? [], claims);
            var seriesId = pr.GetValue(series);
            if (seriesId is null && claims.Count == 0)
            {
                throw new CliException(ExitCodes.Usage, "Give at least one claim id, or --series ID --period A/B.");
            }

            if (seriesId is null && pr.GetValue(period) is not null)
            {
                throw new CliException(ExitCodes.Usage, "--period applies with --series.");
            }

            Unit? target = pr.GetValue(unit) is { } u
                ? (Unit.TryParse(u, out var parsed, out var why) ? parsed : throw new CliException(ExitCodes.Usage, $"--unit '{u}' is not a unit: {why!.Message}"))
                : null;
            Chart chart;
            if (seriesId is not null)
            {
                var s = ReferenceLibrary.Shipped.Get(seriesId);
                chart = SeriesChart(s, Window(pr.GetValue(period), claims, s), claims, target, pr.GetValue(title), opts, pr);
            }
            else
            {
                var to = target ?? claims[0].Figure.Unit;
                var assumptions = claims.SelectMany(c => opts.ConversionFor(pr, c.Period, c, c.Figure.Unit, to)).Distinct().ToList();
                if (assumptions.Where(x => x.Value.Unit.Currency is not null && x.Id.StartsWith("ecb.", StringComparison.Ordinal)).GroupBy(x => x.Value.Unit.ToString()).Any(gr => gr.Count() > 1))
                {
                    throw new CliException(ExitCodes.Usage, "The claims would convert at different exchange rates (their periods differ), and a comparison chart has one unit; draw them with --unit in their own currency, or use --fx-date claim-date on claims said the same day.");
                }

                chart = target is null && assumptions.Count == 0
                    ? ChartRenderer.ChartOf(claims, pr.GetValue(title), labels)
                    : Chart.Comparison(pr.GetValue(title) ?? ChartRenderer.DefaultTitle(claims), claims.Select(c => new ChartItem(c, labels.GetValueOrDefault(c.Id))), to, assumptions);
            }

            var bytes = ChartRenderer.Render(chart, format);
            AtomicFile.WriteAllBytes(path, bytes);
            var cited = opts.Cited(pr);
            if (ctx.Json)
            {
                var o = new JsonObject
                {
                    ["file"] = path,
                    ["format"] = format == ImageFormat.Png ? "png" : "svg",
                    ["bytes"] = bytes.Length,
                    ["claims"] = JsonModel.Strings(claims.Select(c => c.Id)),
                    ["series"] = seriesId,
                    ["kind"] = chart.Kind.ToString(),
                    ["title"] = chart.Title,
                    ["caption"] = JsonModel.Strings(chart.Caption),
                    ["assumptionsStated"] = JsonModel.Strings(cited),
                };
                ctx.Out.WriteLine(JsonModel.Serialize(o));
            }
            else
            {
                ctx.Out.WriteLine(CommandLine.Inv($"Wrote {path} ({bytes.Length} bytes, {claims.Count} claim(s){(seriesId is null ? string.Empty : ", series " + seriesId)})."));
                foreach (var line in cited)
                {
                    ctx.Out.WriteLine("Assumed: " + line);
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Period Window(string? text, List<Claim> claims, ReferenceSeries series)
    {
        if (text is not null)
        {
            return Period.TryParse(text, out var p)
                ? p
                : throw new CliException(ExitCodes.Usage, $"--period '{text}' is not a period; expected e.g. 2021-01/2022-12 or 2022.");
        }

        if (claims.Count == 0)
        {
            throw new CliException(ExitCodes.Usage, "With --series and no claim, give the window with --period A/B (e.g. 2021-01/2022-12).");
        }

        var start = claims.Min(c => c.Period.Start).AddMonths(-12);
        var end = claims.Max(c => c.Period.End).AddMonths(10);
        start = start < series.Coverage.Start ? series.Coverage.Start : start;
        end = end > series.Coverage.End ? series.Coverage.End : end;
        return Period.Parse(start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "/" + end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Chart SeriesChart(ReferenceSeries s, Period window, List<Claim> claims, Unit? target, string? title, AssumptionOptions opts, ParseResult pr)
    {
        var unit = target ?? (claims.Count > 0 ? claims[0].Figure.Unit : s.Unit);
        var name = title ?? $"{s.Name} ({s.Id}), {window}{(claims.Count == 0 ? string.Empty : " and the claims")}";
        var items = claims.Select(c => new ChartItem(c)).ToList();
        var given = new List<Assumption>();
        if (opts.Energy(pr) is { } e)
        {
            given.Add(e);
        }
        else if (!s.Unit.IsConvertibleTo(unit))
        {
            given.Add(GasEnergyContent.Bp);
        }

        if (opts.DensityOf(pr) is { } d)
        {
            given.Add(d);
        }

        return opts.Rule(pr) is { } rule
            ? Chart.TimeSeries(name, s, window, items, unit, given, rule)
            : Chart.TimeSeries(name, s, window, items, unit, given);
    }

    /// <summary>The <c>--label ID=TEXT</c> values, each naming a claim drawn on the chart.</summary>
    internal static IReadOnlyDictionary<string, string> Labels(IEnumerable<string> values, IReadOnlyList<Claim> claims)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            int eq = v.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || string.IsNullOrWhiteSpace(v[(eq + 1)..]))
            {
                throw new CliException(ExitCodes.Usage, $"'--label {v}' is not ID=TEXT; expected e.g. --label gas-price-offered-2020=\"Offer to Belarus\".");
            }

            var id = v[..eq];
            if (!claims.Any(c => c.Id == id))
            {
                throw new CliException(ExitCodes.Usage, $"'--label {v}' names '{id}', which is not drawn on this chart; expected one of: {string.Join(", ", claims.Select(c => c.Id))}.");
            }

            if (!labels.TryAdd(id, v[(eq + 1)..].Trim()))
            {
                throw new CliException(ExitCodes.Usage, $"'{id}' has two --label values; expected one.");
            }
        }

        return labels;
    }
}
