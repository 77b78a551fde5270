using System.CommandLine;
using System.Text.Json.Nodes;
using EnergyFigures.Cli.Analysis;
using EnergyFigures.Cli.Output;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>chart ID... -o FILE.png|svg</c>: the claims on one honest chart (bounds drawn as bounds, sources cited).</summary>
internal static class ChartCommand
{
    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var ids = new Argument<string[]>("ID") { Description = "The claim ids to draw (one or more).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The image file to write; .png or .svg. Written atomically; never an input file.", HelpName = "FILE", Required = true };
        var title = new Option<string?>("--title") { Description = "The chart's title (default: from the claims).", HelpName = "TEXT" };
        var label = new Option<string[]>("--label") { Description = "A label for a claim on the chart instead of its id, e.g. --label gas-price-offered-2020=\"Offer to Belarus\" (repeatable; long labels are wrapped, shortened with … and given in full in the caption).", HelpName = "ID=TEXT", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
        var command = new Command("chart", "Draw claims on one chart as PNG or SVG: a bound is drawn as a bound, a range as a range, with the sources cited. Two rates in percent give a spread chart; otherwise a comparison in the first claim's unit.") { ids, output, title, label };
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var path = pr.GetValue(output)!;
            var format = ChartRenderer.FormatOf(path);
            ctx.Guard.CheckOutput(path);
            var claims = pr.GetValue(ids)!.Select(ctx.Get).ToList();
            var labels = Labels(pr.GetValue(label) ?? [], claims);
            var chart = ChartRenderer.ChartOf(claims, pr.GetValue(title), labels);
            var bytes = ChartRenderer.Render(chart, format);
            AtomicFile.WriteAllBytes(path, bytes);
            if (ctx.Json)
            {
                var o = new JsonObject
                {
                    ["file"] = path,
                    ["format"] = format == ImageFormat.Png ? "png" : "svg",
                    ["bytes"] = bytes.Length,
                    ["claims"] = JsonModel.Strings(claims.Select(c => c.Id)),
                    ["kind"] = chart.Kind.ToString(),
                    ["title"] = chart.Title,
                    ["caption"] = JsonModel.Strings(chart.Caption),
                };
                ctx.Out.WriteLine(JsonModel.Serialize(o));
            }
            else
            {
                ctx.Out.WriteLine(CommandLine.Inv($"Wrote {path} ({bytes.Length} bytes, {claims.Count} claim(s))."));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The <c>--label ID=TEXT</c> values, each naming a claim drawn on the chart.</summary>
    internal static IReadOnlyDictionary<string, string> Labels(IEnumerable<string> values, IReadOnlyList<Claims.Claim> claims)
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
