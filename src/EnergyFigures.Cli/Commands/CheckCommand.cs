using System.CommandLine;
using System.Text.Json.Nodes;
using EnergyFigures.Cli.Analysis;
using EnergyFigures.Cli.Output;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>check ID</c>: a claim held against reference data.</summary>
internal static class CheckCommand
{
    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var ids = new Argument<string[]>("ID") { Description = "The claim id(s) to check; none means every claim.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("check", "Check claims against the shipped reference data: a verdict (consistent, inconsistent, indeterminate) with the reference value, the margin, the assumptions and every citation.") { ids };
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var wanted = pr.GetValue(ids) ?? [];
            var claims = wanted.Length == 0 ? ctx.Claims.ToList() : wanted.Select(ctx.Get).ToList();
            var results = claims.Select(Checks.Check).ToList();
            if (ctx.Json)
            {
                var o = new JsonObject
                {
                    ["available"] = Checks.Available,
                    ["checks"] = new JsonArray(results.Select(r => (JsonNode)JsonModel.Check(r)).ToArray()),
                };
                ctx.Out.WriteLine(JsonModel.Serialize(o));
            }
            else
            {
                foreach (var r in results)
                {
                    ctx.Out.Write(Render(r));
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static string Render(CheckView r)
    {
        var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        w.WriteLine($"{r.Claim.Id}: {r.Claim.Figure.Text} — {r.Verdict.ToUpperInvariant()}");
        if (r.Reference is not null)
        {
            w.WriteLine($"  Reference: {r.Reference}");
        }

        if (r.Margin is not null)
        {
            w.WriteLine($"  Margin:    {r.Margin}");
        }

        w.WriteLine($"  Why:       {r.Explanation}");
        foreach (var c in r.Citations)
        {
            w.WriteLine($"  Source:    {c}");
        }

        return w.ToString();
    }
}
