using System.CommandLine;
using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Cli.Output;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>show ID</c>: one claim with its full provenance.</summary>
internal static class ShowCommand
{
    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("ID") { Description = "The claim id (see 'list')." };
        var command = new Command("show", "Show one claim: the figure as printed and what it means, subject, period, claimant, every appearance with its quote and chain of sources.") { id };
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var claim = ctx.Get(pr.GetValue(id)!);
            if (ctx.Json)
            {
                ctx.Out.WriteLine(JsonModel.Serialize(JsonModel.Claim(claim, full: true)));
            }
            else
            {
                ctx.Out.Write(Render(claim));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static string Render(Claim c)
    {
        var inv = CultureInfo.InvariantCulture;
        var w = new StringWriter(inv);
        w.WriteLine(c.Id);
        Field(w, "Subject", c.Subject);
        Field(w, "Figure", $"{c.Figure.Text}  (stated bound: {c.Figure.Bound.ToName()})");
        Field(w, "Means", c.Figure.ToString("D", inv));
        Field(w, "Interval", c.Figure.ToString("I", inv));
        Field(w, "Period", c.Period.ToString());
        Field(w, "Claimant", c.Claimant.ToString());
        Field(w, "Topics", string.Join(", ", c.Topics));
        Field(w, "Countries", string.Join(", ", c.Countries));
        Field(w, "Citation", c.Citation);
        if (c.Notes is not null)
        {
            Field(w, "Notes", c.Notes);
        }

        for (int i = 0; i < c.Appearances.Count; i++)
        {
            var a = c.Appearances[i];
            w.WriteLine(string.Create(inv, $"  Appearance {i + 1}:"));
            Field(w, "Quote", $"\"{a.Quote}\"" + (a.QuoteKind == QuoteKind.Summary ? " (compiler's summary)" : " (verbatim)"), 4);
            if (!a.SaidOn.IsDefault)
            {
                Field(w, "Said on", a.SaidOn.ToString(), 4);
            }

            Field(w, "Chain", a.DescribeChain(c.Claimant), 4);
            Field(w, "Title", a.Source.Title, 4);
            if (a.Source.Url is not null)
            {
                Field(w, "URL", a.Source.Url.OriginalString, 4);
            }
        }

        return w.ToString();
    }

    private static void Field(StringWriter w, string name, string value, int indent = 2) =>
        w.WriteLine($"{new string(' ', indent)}{(name + ":").PadRight(11)}{value}");
}
