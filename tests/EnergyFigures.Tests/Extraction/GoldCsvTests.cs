using EnergyFigures.Extraction;

namespace EnergyFigures.Tests.Extraction;

public class GoldCsvTests
{
    private const string Header = "start,end,text,bound,value,value_high,scale,unit,unit_inferred\n";

    [Fact]
    public void Parses_quoted_fields_and_checks_offsets()
    {
        const string text = "Pay $127 per 1,000 cubic meters, or \"under $100\".";
        var csv = Header + "4,31,\"$127 per 1,000 cubic meters\",exact,127,,,USD/1000 m3,0\n37,47,under $100,under,100,,,USD/1000 m3,1\n";
        var gold = GoldCsv.Parse(csv, text, "x.gold.csv");
        Assert.Equal(2, gold.Count);
        Assert.Equal("$127 per 1,000 cubic meters", gold[0].Text);
        Assert.Null(gold[0].Scale);
        Assert.True(gold[1].UnitInferred);
        Assert.Equal(100m, gold[1].Value);
    }

    [Fact]
    public void Round_trips_through_write()
    {
        var spans = new[]
        {
            new ExtractedSpan(0, 14, "from 4% to \"6\"", "range", 4, 6, null, "percent/year") { UnitInferred = true },
            new ExtractedSpan(20, 30, "$9 billion", "exact", 9, null, "billion", "USD"),
        };
        var csv = GoldCsv.Write(spans);
        Assert.Equal(spans, GoldCsv.Parse(csv, null, "mem"));
    }

    [Theory]
    [InlineData("0,3,abc,exact,1,,,USD,0\n", "offsets [0,3) give")]
    [InlineData("0,5,Pay $,exact,x,,,USD,0\n", "column 'value'")]
    [InlineData("5,2,xx,exact,1,,,USD,0\n", "greater than 'start'")]
    [InlineData("0,5,Pay $,exact,1,,,USD,2\n", "unit_inferred")]
    [InlineData("0,5,Pay $,exact,1,,,USD\n", "fields, expected")]
    public void Reports_file_line_and_column_on_bad_rows(string row, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => GoldCsv.Parse(Header + row, "Pay $127.", "bad.gold.csv"));
        Assert.StartsWith("bad.gold.csv:2:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
