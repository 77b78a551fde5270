using System.CommandLine;
using EnergyFigures.Cli.Analysis;
using EnergyFigures.Cli.Output;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>compare ID ID</c>: two claims held against each other, with how it was computed.</summary>
internal static class CompareCommand
{
    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var a = new Argument<string>("ID-A") { Description = "The first claim id." };
        var b = new Argument<string>("ID-B") { Description = "The second claim id." };
        var opts = new AssumptionOptions();
        var command = new Command("compare", "Compare two claims: the difference (and ratio) of their figures with bounds and units kept, and how it was computed, with citations. B is converted to A's unit, with --fx, --energy-content or --density where the units need it.") { a, b };
        opts.AddConversion(command);
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var ca = ctx.Get(pr.GetValue(a)!);
            var cb = ctx.Get(pr.GetValue(b)!);
            var view = Comparisons.Compare(ca, cb, opts.ConversionFor(pr, cb.Period, cb, cb.Figure.Unit, ca.Figure.Unit)) with { Assumptions = opts.Cited(pr) };
            if (ctx.Json)
            {
                ctx.Out.WriteLine(JsonModel.Serialize(JsonModel.Comparison(view)));
            }
            else
            {
                ctx.Out.Write(Render(view));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static string Render(ComparisonView v)
    {
        var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        w.WriteLine($"A  {v.A.Id}: {v.A.Figure.Text} = {v.A.Figure.ToString("I", System.Globalization.CultureInfo.InvariantCulture)}");
        w.WriteLine($"   {v.A.Citation}");
        w.WriteLine($"B  {v.B.Id}: {v.B.Figure.Text} = {v.B.Figure.ToString("I", System.Globalization.CultureInfo.InvariantCulture)}");
        w.WriteLine($"   {v.B.Citation}");
        w.WriteLine();
        foreach (var l in v.Lines)
        {
            w.WriteLine($"{l.Name}: {Comparisons.Fmt(l.Result)}");
            w.WriteLine($"   {l.Explanation}");
        }

        w.WriteLine();
        foreach (var s in v.Assumptions)
        {
            w.WriteLine($"Assumed: {s}");
        }

        w.WriteLine(v.Summary);
        return w.ToString();
    }
}
