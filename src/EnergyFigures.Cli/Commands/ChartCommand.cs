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
        var command = new Command("chart", "Draw claims on one chart as PNG or SVG: a bound is drawn as a bound, a range as a range, with the sources cited. Two rates in percent give a spread chart; otherwise a comparison in the first claim's unit.") { ids, output, title };
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var path = pr.GetValue(output)!;
            CliPaths.Require(path, "-o");
            var format = ChartRenderer.FormatOf(path);
            ctx.Guard.CheckOutput(path);
            var claims = pr.GetValue(ids)!.Select(ctx.Get).ToList();
            var chart = ChartRenderer.ChartOf(claims, pr.GetValue(title));
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
}
