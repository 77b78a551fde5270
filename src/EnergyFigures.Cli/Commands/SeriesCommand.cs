using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EnergyFigures.Cli.Analysis;
using EnergyFigures.Cli.Output;
using EnergyFigures.Formatting;
using EnergyFigures.Reference;
using EnergyFigures.Units;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>series</c> and <c>series show ID</c>: the shipped reference series and their values.</summary>
internal static class SeriesCommand
{
    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("series", "List the shipped reference series: id, title, unit, frequency, coverage, publisher and licence. 'series show ID' prints a series' values.");
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var all = ReferenceLibrary.Shipped.Series;
            if (ctx.Json)
            {
                ctx.Out.WriteLine(JsonModel.Serialize(new JsonObject
                {
                    ["count"] = all.Count,
                    ["series"] = new JsonArray(all.Select(s => (JsonNode)Describe(s)).ToArray()),
                }));
            }
            else
            {
                ctx.Out.Write(Table(all));
            }

            return ExitCodes.Ok;
        }));
        command.Add(CreateShow(g, stdout, stderr));
        return command;
    }

    private static Command CreateShow(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("ID") { Description = "The series id (see 'series'), e.g. worldbank.NGAS_EUR." };
        var period = new Option<string?>("--period") { Description = "Only the values of this window, e.g. 2021-01/2022-12 (default: every value).", HelpName = "PERIOD" };
        var unit = new Option<string?>("--unit") { Description = "Convert the values to this unit, e.g. EUR/MWh (with --fx ecb for another currency: each value at its own period's rate).", HelpName = "UNIT" };
        var opts = new AssumptionOptions();
        var command = new Command("show", "Show a shipped reference series: what it is, its source and licence, and its values (over --period, converted with --unit and --fx, each value at its own period's rate).") { id, period, unit };
        opts.AddConversion(command);
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var s = ReferenceLibrary.Shipped.Get(pr.GetValue(id)!);
            var window = pr.GetValue(period) is { } p
                ? (Period.TryParse(p, out var pw) ? pw : throw new CliException(ExitCodes.Usage, $"--period '{p}' is not a period; expected e.g. 2021-01/2022-12 or 2022."))
                : s.Coverage;
            Unit? target = pr.GetValue(unit) is { } u
                ? (Unit.TryParse(u, out var parsed, out var why) ? parsed : throw new CliException(ExitCodes.Usage, $"--unit '{u}' is not a unit: {why!.Message}"))
                : null;
            if (target is null && opts.AnyConversion(pr))
            {
                throw new CliException(ExitCodes.Usage, "--fx, --fx-date, --energy-content and --density apply with --unit.");
            }

            var given = new List<Assumption>();
            if (opts.Energy(pr) is { } e)
            {
                given.Add(e);
            }

            if (opts.DensityOf(pr) is { } d)
            {
                given.Add(d);
            }

            var rule = opts.Rule(pr);
            var values = target is null
                ? s.ObservationsIn(window).Select(o => new ConvertedObservation(o.Period, o.Value, s.QuantityOf(o.Value), [])).ToList()
                : SeriesConversion.Convert(s, window, target, rule, given);
            var used = values.SelectMany(v => v.Assumptions).Distinct().ToList();
            var cited = opts.Cited(pr);
            if (ctx.Json)
            {
                var o = Describe(s);
                o["window"] = window.ToString();
                o["valueUnit"] = (target ?? s.Unit).ToString();
                o["values"] = new JsonArray(values.Select(v =>
                {
                    var row = new JsonObject { ["period"] = v.Period.ToString(), ["published"] = v.Value };
                    if (target is not null)
                    {
                        row["value"] = JsonModel.Quantity(v.Converted);
                        row["assumptions"] = JsonModel.Strings(v.Assumptions.Select(a => a.Id));
                    }

                    return (JsonNode)row;
                }).ToArray());
                o["assumptions"] = new JsonArray(used.Select(a => (JsonNode)new JsonObject { ["id"] = a.Id, ["text"] = a.ToString() }).ToArray());
                o["assumptionsStated"] = JsonModel.Strings(cited);
                ctx.Out.WriteLine(JsonModel.Serialize(o));
            }
            else
            {
                var w = new StringWriter(CultureInfo.InvariantCulture);
                w.WriteLine($"{s.Id}: {s.Name}");
                w.WriteLine($"  Unit:      {s.Unit} ({Freq(s.Frequency)})");
                w.WriteLine($"  Coverage:  {s.Coverage}");
                w.WriteLine($"  Publisher: {s.Citation.Publisher}, {s.Citation.Title}");
                w.WriteLine($"  Licence:   {s.Citation.Licence ?? "not stated"}");
                if (s.Citation.Url is not null)
                {
                    w.WriteLine($"  URL:       {s.Citation.Url.OriginalString}");
                }

                if (target is not null && target != s.Unit)
                {
                    w.WriteLine($"  Converted: to {target}{(rule is null ? string.Empty : "; " + rule.Describe())}");
                }

                foreach (var line in cited)
                {
                    w.WriteLine($"  Assumed:   {line}");
                }

                w.WriteLine(CommandLine.Inv($"  Values ({values.Count}, {window}):"));
                foreach (var v in values)
                {
                    // For people, by the one policy (Readable); --format json keeps every digit.
                    var text = target is null
                        ? Readable.Number(v.Value)
                        : CommandLine.Inv($"{v.Converted}  (published {s.QuantityOf(v.Value)}{(v.Assumptions.Count == 0 ? string.Empty : "; " + string.Join(", ", v.Assumptions.Select(Rate)))})");
                    w.WriteLine($"    {v.Period}  {text}");
                }

                foreach (var a in used.Where(a => !a.Id.StartsWith("ecb.", StringComparison.Ordinal)))
                {
                    w.WriteLine($"  Assumption: {a}");
                }

                if (used.Any(a => a.Id.StartsWith("ecb.", StringComparison.Ordinal)))
                {
                    w.WriteLine($"  Rates:     {ExchangeRate.EcbReferenceRates.Publisher}, {ExchangeRate.EcbReferenceRates.Title}");
                }

                ctx.Out.Write(w.ToString());
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Freq(Frequency f) => f == Frequency.Daily ? "daily" : "monthly";

    private static string Rate(Assumption a) => $"{a.Id} {a.Value}";

    private static JsonObject Describe(ReferenceSeries s) => new()
    {
        ["id"] = s.Id,
        ["title"] = s.Name,
        ["unit"] = s.Unit.ToString(),
        ["frequency"] = Freq(s.Frequency),
        ["coverage"] = s.Coverage.ToString(),
        ["observations"] = s.Observations.Count,
        ["publisher"] = s.Citation.Publisher,
        ["dataset"] = s.Citation.Title,
        ["licence"] = s.Citation.Licence,
        ["url"] = s.Citation.Url?.OriginalString,
    };

    private static string Table(IReadOnlyList<ReferenceSeries> all)
    {
        string[] header = ["ID", "TITLE", "UNIT", "FREQUENCY", "COVERAGE", "PUBLISHER", "LICENCE"];
        var rows = all.Select(s => new[]
        {
            s.Id, s.Name, s.Unit.ToString(), Freq(s.Frequency), s.Coverage.ToString(), s.Citation.Publisher, s.Citation.Licence ?? "not stated",
        }).ToList();
        var widths = header.Select((h, i) => Math.Min(44, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{all.Count} series");
        void Line(string[] cells) => sb.AppendLine(string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i]))).TrimEnd());
        Line(header);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var r in rows)
        {
            Line(r);
        }

        return sb.ToString();
    }
}
