using EnergyFigures.Data;
using System.Text;
using System.Text.RegularExpressions;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Interchange;
using EnergyFigures.Numerics;
using EnergyFigures.Publishing;
using EnergyFigures.Tests.Interchange;
using EnergyFigures.Tests.Publishing;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Docs;

/// <summary>
/// docs/interchange.md: its generated parts (every table's schema, the ClaimReview of the "under $100" check, the
/// Wikidata statements of the $127 figure, the output of the DuckDB recipe) are what the code gives, and its DuckDB
/// recipe runs and agrees with the library. To regenerate: <c>EF_WRITE_INTERCHANGE_DOC=1 dotnet test --filter InterchangeDocTests</c>.
/// </summary>
public sealed class InterchangeDocTests : IDisposable
{
    private static readonly string DocPath = Path.Combine(RepoPaths.Root, "docs", "interchange.md");
    private readonly string _dir = Directory.CreateTempSubdirectory("ef-interchange-doc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static readonly ClaimReviewOptions ReviewOptions = new("Example Fact Check")
    {
        ReviewerUrl = new Uri("https://factcheck.example.org/"),
        ReviewUrl = "https://factcheck.example.org/checks/{id}",
        DatePublished = new DateOnly(2026, 12, 6),
    };

    [Fact]
    public async Task The_doc_matches_what_the_code_gives_and_its_duckdb_recipe_runs()
    {
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var sections = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tables"] = Tables(),
            ["candidates"] = Columns(CandidateTableWriter.Columns, decimalNote: $"decimal(38, {CandidateTableWriter.ParquetScale})"),
            ["claimreview"] = "```json\n" + ClaimReviews.Serialize(ClaimReviewTests.UnderHundred, ReviewOptions) + "\n```\n",
            ["wikidata"] = Wikidata(),
            ["duckdb-output"] = await DuckDbOutput(Recipe(doc)),
        };
        var expected = Regenerate(doc, sections);
        if (Environment.GetEnvironmentVariable("EF_WRITE_INTERCHANGE_DOC") == "1")
        {
            File.WriteAllText(DocPath, expected);
            doc = expected;
        }

        Assert.True(expected == doc, "docs/interchange.md is out of date: run EF_WRITE_INTERCHANGE_DOC=1 dotnet test --filter InterchangeDocTests and review the diff.");

        // The ClaimReview shown is valid against the schema.org fixture.
        Assert.Empty(SchemaOrgVocabulary.Load().Problems(ClaimReviews.ToJsonLd(ClaimReviewTests.UnderHundred, ReviewOptions)));
    }

    /// <summary>Replaces the body of every <c>&lt;!-- generated: NAME --&gt;</c> … <c>&lt;!-- /generated --&gt;</c> region.</summary>
    private static string Regenerate(string doc, IReadOnlyDictionary<string, string> sections)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = Regex.Replace(doc, @"(?<open><!-- generated: (?<name>[a-z-]+) -->\n)(?s:.*?)(?<close><!-- /generated -->)", m =>
        {
            var name = m.Groups["name"].Value;
            Assert.True(sections.ContainsKey(name), $"unknown generated region '{name}'");
            seen.Add(name);
            return m.Groups["open"].Value + "\n" + sections[name].TrimEnd('\n') + "\n\n" + m.Groups["close"].Value;
        }, RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.Equal(sections.Keys.Order(), seen.Order());
        return result;
    }

    private static string Tables()
    {
        var sb = new StringBuilder();
        foreach (var t in Enum.GetValues<ExportTable>())
        {
            sb.Append("### ").Append(TableExport.Name(t)).Append("\n\n");
            sb.Append(TableExport.RowDescription(t));
            var keys = TableExport.PartitionKeys(t);
            sb.Append(keys.Count == 0 ? " Not partitionable." : $" Partition keys: {string.Join(", ", keys.Select(k => $"`{k}`"))}.").Append("\n\n");
            sb.Append(Columns(TableExport.Columns(t), "decimal(38, s)"));
            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Columns(IReadOnlyList<ExportColumn> columns, string decimalNote)
    {
        var sb = new StringBuilder("| Column | Type | Null | Description |\n| --- | --- | --- | --- |\n");
        foreach (var c in columns)
        {
            var type = c.Type switch
            {
                ExportColumnType.Text => "text",
                ExportColumnType.Decimal => decimalNote,
                ExportColumnType.Boolean => "boolean",
                ExportColumnType.Date => "date",
                _ => "int64",
            };
            sb.Append($"| `{c.Name}` | {type} | {(c.Nullable ? "yes" : "no")} | {c.Description.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return sb.ToString();
    }

    private static string Wikidata()
    {
        var claim = ClaimSet.Shipped["gas-price-offered-2020"];
        var options = new WikidataOptions { Retrieved = new DateOnly(2026, 12, 6) };
        var statement = WikidataStatements.For(claim, options);
        return "QuickStatements (tab-separated; `ITEM` and `PROPERTY` are placeholders for the editor, `UNIT` too, because no Wikidata item is a price per 1,000 m³):\n\n"
            + "```text\n" + WikidataStatements.ToQuickStatements(statement) + "\n```\n\nThe same as JSON (`--format wikidata`):\n\n```json\n"
            + WikidataStatements.ToJson([claim], options).TrimEnd('\n') + "\n```\n";
    }

    /// <summary>The SQL of the recipe: the ```sql block after <c>&lt;!-- duckdb-recipe --&gt;</c>.</summary>
    private static string Recipe(string doc)
    {
        var m = Regex.Match(doc, "<!-- duckdb-recipe -->\n```sql\n(?<sql>(?s:.*?))```", RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.True(m.Success, "docs/interchange.md has no DuckDB recipe block");
        return m.Groups["sql"].Value;
    }

    /// <summary>Runs the recipe over an archive written like the doc says, checks each answer against the library, and prints the results.</summary>
    private async Task<string> DuckDbOutput(string sql)
    {
        await TableExport.WritePartitionedAsync(ExportData.Shipped, ExportTable.Claims, ExportFormat.Parquet, Path.Combine(_dir, "archive", "claims"), "year");
        await TableExport.WriteAsync(ExportData.Shipped, ExportTable.Checks, Path.Combine(_dir, "archive", "checks.parquet"));
        var statements = sql.Replace("'archive/", $"'{ExportDuckDbTests.Sql(_dir)}/archive/", StringComparison.Ordinal)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Split('\n').Any(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal) && l.Trim().Length > 0))
            .ToList();
        Assert.Equal(3, statements.Count);
        using var db = ExportDuckDbTests.Open();
        var results = statements.Select(s => ExportDuckDbTests.Query(db, s)).ToList();

        // 1. Claims per year: as the library counts them.
        var perYear = ClaimSet.Shipped.GroupBy(c => c.Period.Start.Year).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        Assert.Equal(perYear, results[0].Select(r => $"{r[0]}:{r[1]}"));

        // 2. Claims whose interval lies entirely above 100 USD per 1,000 m³: the library's answer.
        var above = ClaimSet.Shipped.Where(c => c.Figure.Unit.Symbol == "USD/1000 m3" && Interval.Above(100m, inclusive: false).Contains(c.Figure.Interval)).Select(c => c.Id).Order(StringComparer.Ordinal);
        Assert.Equal(above, results[1].Select(r => (string)r[0]!));

        // 3. Verification verdicts: the library's counts.
        var verdicts = ArticleChecks.All().Where(c => c.Role == CheckRole.Verification).GroupBy(c => c.Verdict?.ToString().ToLowerInvariant() ?? "(none)")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Count()}");
        Assert.Equal(verdicts, results[2].Select(r => $"{r[0] ?? "(none)"}:{r[1]}"));

        var sb = new StringBuilder("```text\n");
        foreach (var rows in results)
        {
            foreach (var r in rows)
            {
                sb.Append(string.Join(" | ", r.Select(v => v switch
                {
                    null => "NULL",
                    bool b => b ? "true" : "false",
                    decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                    _ => v.ToString(),
                }))).Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString().TrimEnd('\n') + "\n```\n";
    }
}
