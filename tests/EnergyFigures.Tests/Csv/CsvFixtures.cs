using System.Text;
using EnergyFigures.Csv;

namespace EnergyFigures.Tests.Csv;

/// <summary>Builds small claims files: a valid row, then one change per test.</summary>
public static class CsvFixtures
{
    public static Dictionary<string, string> ValidRow(string id = "gas-offer") => new()
    {
        ["id"] = id,
        ["subject"] = "Price of gas offered",
        ["period"] = "2020",
        ["claimant"] = "A. Speaker",
        ["claimant_role"] = "Minister",
        ["text"] = "$127 per 1,000 cubic meters",
        ["bound"] = "exact",
        ["value"] = "127",
        ["value_high"] = "",
        ["tolerance"] = "",
        ["scale"] = "",
        ["unit"] = "USD/1000 m3",
        ["topics"] = "gas;price",
        ["countries"] = "BY;RU",
        ["quote"] = "They offered $127 per 1,000 cubic meters of gas.",
        ["quote_kind"] = "",
        ["said_on"] = "2020-02-04",
        ["reported_by"] = "Agency",
        ["source_title"] = "A title, with a comma",
        ["source_author"] = "An Author",
        ["source_outlet"] = "An Outlet",
        ["source_date"] = "2020-02-06",
        ["source_url"] = "https://example.org/a",
        ["originally_published_in"] = "",
        ["notes"] = "",
    };

    public static string BuildCsv(params Dictionary<string, string>[] rows) => BuildCsv(ClaimsCsv.Columns, rows);

    public static string BuildCsv(IReadOnlyList<string> columns, params Dictionary<string, string>[] rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', columns)).Append('\n');
        foreach (var r in rows)
        {
            sb.Append(string.Join(',', columns.Select(c => Quote(r.GetValueOrDefault(c, string.Empty))))).Append('\n');
        }

        return sb.ToString();
    }

    public static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    public static Dictionary<string, string> With(this Dictionary<string, string> row, string column, string value)
    {
        var copy = new Dictionary<string, string>(row) { [column] = value };
        return copy;
    }

    public static ValidationReport Validate(string csv) => ClaimsCsv.ValidateText(csv, "test.csv");
}
