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
        var series = new Option<string?>("--series") { Description = "Check against this shipped reference series instead of the reviewed checks (e.g. worldbank.NGAS_EUR, fred.TB3MS).", HelpName = "SERIES-ID" };
        var against = new Option<string?>("--against") { Description = "Check against this shipped reported figure instead of the reviewed checks (e.g. ref-gas-price-belarus-2020).", HelpName = "FIGURE-ID" };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with code 6 (after printing every result) when a verification check — or a check asked for with --series/--against — is inconsistent, or with 'indeterminate' inconsistent or indeterminate. Context and sensitivity checks never fail a run.", HelpName = "inconsistent|indeterminate" };
        failOn.AcceptOnlyFromAmong("inconsistent", "indeterminate");
        var opts = new AssumptionOptions();
        var command = new Command("check", "Check claims against the shipped reference data: a verdict (consistent, inconsistent, indeterminate) with the reference value, the margin, the assumptions and every citation. By default the declared checks (the shipped article's, or those of --checks FILE); --series or --against for one of your own, with assumptions from the options below.")
        {
            ids, series, against, failOn,
        };
        opts.AddAll(command);
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var wanted = pr.GetValue(ids) ?? [];
            var s = pr.GetValue(series);
            var a = pr.GetValue(against);
            if (s is not null && a is not null)
            {
                throw new CliException(ExitCodes.Usage, "Give --series or --against, not both.");
            }

            if (opts.Any(pr) && s is null && a is null)
            {
                throw new CliException(ExitCodes.Usage, "--fx, --fx-date, --energy-content, --density, --sign, --aggregate, --implied-precision and --period apply with --series or --against (declared checks state their own assumptions in the checks file).");
            }

            var claims = wanted.Length == 0 ? ctx.Claims.ToList() : wanted.Select(ctx.Get).ToList();
            List<CheckView> results;
            if (s is not null || a is not null)
            {
                var options = opts.CheckOptions(pr);
                var cited = opts.Cited(pr);
                results = claims.Select(c => ClaimChecks.CheckAgainst(c, s, a, options, cited)).ToList();
            }
            else if (ctx.Declarations is { } declared)
            {
                var chosen = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
                results = ClaimChecks.CheckDeclared(ctx.Claims, declared).Where(r => chosen.Contains(r.Claim.Id)).ToList();
            }
            else
            {
                results = claims.SelectMany(ClaimChecks.Check).ToList();
            }

            if (ctx.Json)
            {
                var o = new JsonObject
                {
                    ["checks"] = new JsonArray(results.Select(r => (JsonNode)JsonModel.Check(r)).ToArray()),
                };
                ctx.Out.WriteLine(JsonModel.Serialize(o));
            }
            else
            {
                foreach (var r in results)
                {
                    ctx.Out.Write(Render(r));
                    ctx.Out.WriteLine();
                }
            }

            return Fails(results, pr.GetValue(failOn)) ? ExitCodes.CheckFailed : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Whether a result fails <c>--fail-on</c>: only checks that judge the claim (verification, ad-hoc) count.</summary>
    internal static bool Fails(IEnumerable<CheckView> results, string? failOn) => failOn is not null && results.Any(r =>
        r.Role is "verification" or "ad-hoc"
        && (r.Verdict == "inconsistent" || (failOn == "indeterminate" && r.Verdict == "indeterminate")));

    internal static string Render(CheckView r)
    {
        var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        w.WriteLine($"{r.Claim.Id}: {r.Claim.Figure.Text} — {r.Shown.ToUpperInvariant()} ({r.Role}{(r.ReferenceId is null ? string.Empty : " against " + r.ReferenceId)})");
        if (r.Reference is not null)
        {
            w.WriteLine($"  Reference: {r.Reference}");
        }

        if (r.Margin is not null)
        {
            w.WriteLine($"  Margin:    {r.Margin}");
        }

        if (r.Assumptions.Count > 0)
        {
            w.WriteLine($"  Assumed:   {string.Join("; ", r.Assumptions)}");
        }

        w.WriteLine($"  Note:      {r.Note}");
        if (r.Result is not null)
        {
            w.WriteLine($"  Why:       {r.Explanation}");
        }

        foreach (var c in r.Citations)
        {
            w.WriteLine($"  Source:    {c}");
        }

        return w.ToString();
    }
}
