using System.CommandLine;
using System.Text.Json.Nodes;
using EnergyFigures.Cli.Output;
using EnergyFigures.Reference;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>reported</c> and <c>reported show ID</c>: the shipped figures reported by others (news and analysis pages).</summary>
internal static class ReportedCommand
{
    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("reported", "List the shipped reported figures (figures stated by others in news and analysis pages, usable with check --against ID or reported:ID in a checks file). 'reported show ID' shows one with its provenance.");
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var all = ReportedFigures.Shipped;
            if (ctx.Json)
            {
                ctx.Out.WriteLine(JsonModel.Serialize(new JsonObject
                {
                    ["count"] = all.Count,
                    ["reported"] = new JsonArray(all.Select(x => (JsonNode)JsonModel.Claim(x, full: false)).ToArray()),
                }));
            }
            else
            {
                ctx.Out.Write(ClaimsTable.Render(all));
            }

            return ExitCodes.Ok;
        }));
        var id = new Argument<string>("ID") { Description = "The reported figure's id (see 'reported'), e.g. ref-gas-price-belarus-2020." };
        var show = new Command("show", "Show one shipped reported figure: the figure as printed and what it means, period, who stated it, the quote or summary and its source.") { id };
        show.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var figure = ReportedFigures.Shipped.Get(pr.GetValue(id)!);
            if (ctx.Json)
            {
                ctx.Out.WriteLine(JsonModel.Serialize(JsonModel.Claim(figure, full: true)));
            }
            else
            {
                ctx.Out.Write(ShowCommand.Render(figure));
            }

            return ExitCodes.Ok;
        }));
        command.Add(show);
        return command;
    }
}
