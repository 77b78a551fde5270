using System.Globalization;
using System.Text;
using EnergyFigures.Claims;

namespace EnergyFigures.Cli;

/// <summary>A plain-text table of claims for people.</summary>
public static class ClaimsTable
{
    /// <summary>Renders the claims as a table: id, figure as stated, what it means as an interval, subject, period, who said it and where.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The table text.</returns>
    public static string Render(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = claims.ToList();
        var rows = list.Select(c => new[]
        {
            c.Id,
            c.Figure.Text,
            c.Figure.ToString("D", CultureInfo.InvariantCulture),
            c.Period.ToString(),
            c.Subject,
        }).ToList();
        string[] header = ["ID", "AS PRINTED", "MEANS", "PERIOD", "SUBJECT"];
        int[] widths = header.Select((h, i) => Math.Min(i == 4 ? 60 : 48, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{list.Count} {(list.Count == 1 ? "claim" : "claims")}");
        Line(sb, header, widths);
        Line(sb, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var r in rows)
        {
            Line(sb, r, widths);
        }

        sb.AppendLine();
        foreach (var g in list.GroupBy(c => c.Citation))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Source of {string.Join(", ", g.Select(c => c.Id))}:");
            var first = g.First();
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {first.FirstAppearance.DescribeChain(first.Claimant)}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"  \"{first.FirstAppearance.Source.Title}\"");
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string[] cells, int[] widths)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            var c = cells[i].Length > widths[i] ? string.Concat(cells[i].AsSpan(0, widths[i] - 1), "…") : cells[i];
            sb.Append(c.PadRight(widths[i]));
            if (i < cells.Length - 1)
            {
                sb.Append("  ");
            }
        }

        sb.AppendLine();
    }
}
