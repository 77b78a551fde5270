using System.CommandLine;
using System.Text.Json.Nodes;
using EnergyFigures.Cli.Output;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>list</c>: the claims table, filtered by topic, country and claimant.</summary>
internal static class ListCommand
{
    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var topic = new Option<string?>("--topic") { Description = "Only claims with this topic word (e.g. gas, price, trade).", HelpName = "WORD" };
        var country = new Option<string?>("--country") { Description = "Only claims about this country (ISO 3166-1 alpha-2 code, e.g. BY).", HelpName = "CODE" };
        var claimant = new Option<string?>("--claimant") { Description = "Only claims made by this claimant (full name, case-insensitive).", HelpName = "NAME" };
        var command = new Command("list", "List the claims: id, figure as printed, what it means, period, subject, and their sources.") { topic, country, claimant };
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var claims = ctx.Claims;
            if (pr.GetValue(topic) is { } t)
            {
                claims = claims.WithTopic(t);
            }

            if (pr.GetValue(country) is { } c)
            {
                claims = claims.AboutCountry(c);
            }

            if (pr.GetValue(claimant) is { } n)
            {
                claims = claims.ByClaimant(n);
            }

            if (ctx.Json)
            {
                var o = new JsonObject
                {
                    ["dataset"] = ctx.DatasetName,
                    ["count"] = claims.Count,
                    ["claims"] = new JsonArray(claims.Select(x => (JsonNode)JsonModel.Claim(x, full: true)).ToArray()), // with quotes and sources, as show gives them
                };
                ctx.Out.WriteLine(JsonModel.Serialize(o));
            }
            else
            {
                ctx.Out.Write(ClaimsTable.Render(claims));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
