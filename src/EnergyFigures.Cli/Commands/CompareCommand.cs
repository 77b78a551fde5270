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
        var command = new Command("compare", "Compare two claims: the difference (and ratio) of their figures with bounds and units kept, and how it was computed, with citations.") { a, b };
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var view = Comparisons.Compare(ctx.Get(pr.GetValue(a)!), ctx.Get(pr.GetValue(b)!));
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
        w.WriteLine(v.Summary);
        return w.ToString();
    }
}
