using System.Security.Cryptography;
using System.Text.RegularExpressions;
using EnergyFigures.Reference;
using EnergyFigures.Tests.Support;
using EnergyFigures.Units;

namespace EnergyFigures.Tests.Reference;

/// <summary>
/// Pins the shipped reference data to data/SOURCES.md: spot values, row counts, coverage and file hashes,
/// so a damaged or regenerated-differently data file fails the tests.
/// </summary>
public partial class ShippedReferenceDataTests
{
    private static ReferenceLibrary Library => ReferenceLibrary.Shipped;

    [Theory]
    [InlineData("ecb.RUB", "RUB/EUR", Frequency.Daily, "2005-04-01", "2022-03-01", 4333)]
    [InlineData("ecb.USD", "USD/EUR", Frequency.Daily, "1999-01-04", "2025-01-24", 6675)]
    [InlineData("fred.TB3MS", "percent/year", Frequency.Monthly, "1934-01", "2025-09", 1101)]
    [InlineData("worldbank.CRUDE_BRENT", "USD/bbl", Frequency.Monthly, "1960-01", "2025-10", 790)]
    [InlineData("worldbank.CRUDE_PETRO", "USD/bbl", Frequency.Monthly, "1960-01", "2025-10", 790)]
    [InlineData("worldbank.NGAS_EUR", "USD/MMBtu", Frequency.Monthly, "1960-01", "2025-10", 790)]
    [InlineData("worldbank.NGAS_JP", "USD/MMBtu", Frequency.Monthly, "1977-01", "2025-10", 586)]
    [InlineData("worldbank.NGAS_US", "USD/MMBtu", Frequency.Monthly, "1960-01", "2025-10", 790)]
    [InlineData("worldbank.iNATGAS", "index", Frequency.Monthly, "1977-01", "2025-10", 586)]
    public void Each_series_has_the_unit_frequency_coverage_and_rows_of_SOURCES_md(string id, string unit, Frequency frequency, string first, string last, int rows)
    {
        var s = Library.Get(id);
        Assert.Equal(Unit.Parse(unit), s.Unit);
        Assert.Equal(frequency, s.Frequency);
        Assert.Equal(first, s.First.Period.ToString());
        Assert.Equal(last, s.Last.Period.ToString());
        Assert.Equal(rows, s.Observations.Count);
        Assert.Equal(first + "/" + last, s.Coverage.ToString());
    }

    [Fact]
    public void The_library_holds_exactly_the_nine_series_of_the_catalogue()
    {
        Assert.Equal(
            ["ecb.RUB", "ecb.USD", "fred.TB3MS", "worldbank.CRUDE_BRENT", "worldbank.CRUDE_PETRO", "worldbank.NGAS_EUR", "worldbank.NGAS_JP", "worldbank.NGAS_US", "worldbank.iNATGAS"],
            Library.Ids);
        Assert.Equal(16441, Library.Series.Sum(s => s.Observations.Count));
    }

    [Fact]
    public void Row_counts_agree_with_the_table_in_data_SOURCES_md()
    {
        var text = File.ReadAllText(RepoPaths.Data("SOURCES.md"));
        var rows = SeriesRow().Matches(text);
        Assert.Equal(9, rows.Count);
        foreach (Match m in rows)
        {
            var s = Library.Get(m.Groups["id"].Value);
            Assert.Equal(m.Groups["unit"].Value, s.Unit.ToString());
            Assert.Equal(m.Groups["first"].Value, s.First.Period.ToString());
            Assert.Equal(m.Groups["last"].Value, s.Last.Period.ToString());
            Assert.Equal(int.Parse(m.Groups["rows"].Value, System.Globalization.CultureInfo.InvariantCulture), s.Observations.Count);
        }
    }

    [Theory]
    [InlineData("reference/series.csv")]
    [InlineData("reference/observations.csv")]
    [InlineData("reference/reported_figures.csv")]
    [InlineData("reference/conversion_factors.csv")]
    public void Data_files_have_the_SHA256_that_SOURCES_md_records(string file)
    {
        var text = File.ReadAllText(RepoPaths.Data("SOURCES.md"));
        var m = Regex.Match(text, @"\| `data/" + Regex.Escape(file) + @"` \| (\d+) \| `([0-9a-f]{64})` \|");
        Assert.True(m.Success, $"SOURCES.md has no hash row for {file}");
        var bytes = File.ReadAllBytes(RepoPaths.Data(file.Split('/')));
        Assert.Equal(m.Groups[2].Value, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Spot_values_are_exact_as_printed()
    {
        var gas = Library.Get("worldbank.NGAS_EUR");
        Assert.Equal(2.9077736410599999m, gas.ValueForMonth(2020, 2));
        Assert.Equal(2.90777m, Math.Round(gas.ValueForMonth(2020, 2), 5));
        Assert.Equal(3.6333843472699998m, gas.ValueForMonth(2020, 1));
        Assert.Equal(16, gas.ValueForMonth(2020, 2).Scale); // every printed digit kept

        Assert.Equal(1.1003m, Library.Get("ecb.USD").ValueFor(Period.Parse("2020-02-06")));
        Assert.Equal(69.4575m, Library.Get("ecb.RUB").ValueFor(Period.Parse("2020-02-06")));
        Assert.Equal(1.52m, Library.Get("fred.TB3MS").ValueForMonth(2020, 1));
        Assert.Equal(1.52m, Library.Get("fred.TB3MS").ValueForMonth(2020, 2));
        Assert.Equal(9.8944305055299998997m, Library.Get("worldbank.NGAS_JP").ValueForMonth(2020, 2));
        Assert.Equal(55m, Library.Get("worldbank.CRUDE_BRENT").ValueForMonth(2020, 2));
    }

    [Fact]
    public void Citations_carry_publisher_dataset_licence_and_url()
    {
        var wb = Library.Get("worldbank.NGAS_EUR");
        Assert.Equal("World Bank", wb.Citation.Publisher);
        Assert.Contains("Pink Sheet", wb.Citation.Title);
        Assert.StartsWith("CC BY 4.0", wb.Citation.Licence);
        Assert.Equal(new Uri("https://www.worldbank.org/en/research/commodity-markets"), wb.Citation.Url);
        Assert.Contains("License: CC BY 4.0", wb.Attribution);
        Assert.Equal("Natural gas, Europe", wb.Name);

        var ecb = Library.Get("ecb.USD");
        Assert.Equal("European Central Bank", ecb.Citation.Publisher);
        Assert.Contains("acknowledgement", ecb.Citation.Licence);
        Assert.StartsWith("Source: European Central Bank (ECB)", ecb.Attribution);

        var fred = Library.Get("fred.TB3MS");
        Assert.Contains("H.15", fred.Citation.Publisher);
        Assert.Equal(new Uri("https://fred.stlouisfed.org/series/TB3MS"), fred.Citation.Url);
        Assert.NotNull(fred.RetrievedFrom);
    }

    [Fact]
    public void Observations_are_sorted_and_unique_per_series()
    {
        foreach (var s in Library.Series)
        {
            for (int i = 1; i < s.Observations.Count; i++)
            {
                Assert.True(s.Observations[i - 1].Period.Start < s.Observations[i].Period.Start, $"{s.Id} not sorted at {s.Observations[i].Period}");
            }
        }
    }

    [Fact]
    public void Shipped_is_loaded_once_and_shared_across_threads()
    {
        var seen = new ReferenceLibrary[8];
        Parallel.For(0, seen.Length, i => seen[i] = ReferenceLibrary.Shipped);
        Assert.All(seen, l => Assert.Same(ReferenceLibrary.Shipped, l));
    }

    [GeneratedRegex(@"^\| `(?<id>[A-Za-z0-9._]+)` \| `(?<unit>[^`]+)` \| (?:daily|monthly) \| (?<first>[0-9-]+) \| (?<last>[0-9-]+) \| (?<rows>\d+) \|", RegexOptions.Multiline)]
    private static partial Regex SeriesRow();
}
