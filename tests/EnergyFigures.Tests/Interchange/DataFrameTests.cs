using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Tests.Support;
using Microsoft.Data.Analysis;
using EnergyFigures.Errors;
using EnergyFigures.Interchange;
using EnergyFigures.Data;
using EnergyFigures.Tests.Csv;

namespace EnergyFigures.Tests.Interchange;

public sealed class DataFrameTests
{
    [Fact]
    public void Claims_become_typed_columns()
    {
        var df = ClaimSet.Shipped.ToDataFrame();

        Assert.Equal(ClaimSet.Shipped.Sum(c => c.Appearances.Count), df.Rows.Count);
        Assert.IsType<ArrowStringDataFrameColumn>(df["id"]); // over the set's UTF-8 column, no copy
        Assert.IsType<ArrowStringDataFrameColumn>(df["quote"]);
        Assert.IsType<StringDataFrameColumn>(df["unit"]);
        Assert.IsType<StringDataFrameColumn>(df["bound"]);
        Assert.IsType<ArrowStringDataFrameColumn>(df["chain"]);
        Assert.IsType<ArrowStringDataFrameColumn>(df["meaning"]); // written once as UTF-8, no string per row
        Assert.IsType<DecimalDataFrameColumn>(df["value"]);
        Assert.IsType<DecimalDataFrameColumn>(df["low"]);
        Assert.IsType<DecimalDataFrameColumn>(df["high"]);
        Assert.IsType<BooleanDataFrameColumn>(df["low_open"]);
        Assert.IsType<PrimitiveDataFrameColumn<DateOnly>>(df["source_date"]);
        Assert.IsType<PrimitiveDataFrameColumn<DateOnly>>(df["period_start"]);

        long spot = Row(df, "europe-spot-gas-price-2020-02");
        Assert.Equal("under", df["bound"][spot]);
        Assert.Equal(100m, df["value"][spot]);
        Assert.Null(df["low"][spot]);
        Assert.Equal(true, df["low_open"][spot]);
        Assert.Equal(100m, df["high"][spot]);
        Assert.Equal(true, df["high_open"][spot]);
        Assert.Equal("USD/1000 m3", df["unit"][spot]);
        Assert.Equal(new DateOnly(2020, 2, 6), df["source_date"][spot]);
        Assert.Equal(new DateOnly(2020, 2, 3), df["period_start"][spot]);
        Assert.Equal("less than 100 USD per 1,000 m³", df["meaning"][spot]);

        long loan = Row(df, "belarus-loan-rate-from-russia");
        Assert.Equal(4m, df["low"][loan]);
        Assert.Equal(false, df["low_open"][loan]);
        Assert.Equal(6m, df["high"][loan]);
        Assert.Equal("range", df["bound"][loan]);
    }

    [Fact]
    public void Scale_words_are_applied_in_low_and_high_but_value_stays_as_printed()
    {
        var df = ClaimSet.Shipped.ToDataFrame();
        long deficit = Row(df, "belarus-trade-deficit-with-russia");

        Assert.Equal("billion", df["scale"][deficit]);
        Assert.Equal(ClaimSet.Shipped["belarus-trade-deficit-with-russia"].Figure.Value, df["value"][deficit]);
        Assert.Equal(ClaimSet.Shipped["belarus-trade-deficit-with-russia"].Figure.Interval.Low, df["low"][deficit]);
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Round_trip_gives_equal_claims_under_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        var df = ClaimSet.Shipped.ToDataFrame();
        var back = ClaimSet.FromDataFrame(df);

        Assert.Equal(ClaimSet.Shipped.ToArray(), back.ToArray());
        Assert.Equal(ClaimsCsv.WriteToString(ClaimSet.Shipped), ClaimsCsv.WriteToString(back));
    }

    [Fact]
    public void Every_quote_kind_keeps_its_name_in_the_frame_and_comes_back()
    {
        // "derived" was written as "verbatim" by the DataFrame path (the export tables had it right).
        var csv = CsvFixtures.BuildCsv(
            CsvFixtures.ValidRow("a").With("quote_kind", "verbatim"),
            CsvFixtures.ValidRow("b").With("quote_kind", "summary"),
            CsvFixtures.ValidRow("c").With("quote_kind", "derived"));
        var set = CsvFixtures.Validate(csv).ThrowIfInvalid();
        var fromObjects = ClaimSet.Create(set.ToArray());
        foreach (var claims in new[] { set, fromObjects })
        {
            var df = claims.ToDataFrame();
            Assert.Equal(["verbatim", "summary", "derived"], Enumerable.Range(0, 3).Select(i => df["quote_kind"][i]?.ToString()));
            Assert.Equal(claims.ToArray(), ClaimSet.FromDataFrame(df).ToArray());
        }
    }

    [Fact]
    public void Round_trip_keeps_digits_as_printed_and_hostile_texts()
    {
        using var scope = new CultureScope("de-DE");
        var hostile = Notebooks.HostileClaims.Claim();
        var a = hostile.FirstAppearance;
        var claim = hostile with { Appearances = new EquatableArray<Appearance>([a with { Source = a.Source with { Url = null } }]) };
        var rate = ClaimSet.Shipped["russia-reserves-rate-in-us"];
        var set = ClaimSet.Create([claim with { Subject = "=SUM(A1) formula-looking subject" }, rate]);

        var back = ClaimSet.FromDataFrame(set.ToDataFrame());

        Assert.Equal(set.ToArray(), back.ToArray());
        Assert.Equal(1, back["russia-reserves-rate-in-us"].Figure.Value.Scale); // 1.5 stays 1.5
        Assert.Equal("=SUM(A1) formula-looking subject", back["hostile-claim"].Subject);
    }

    [Fact]
    public void A_frame_with_text_columns_reads_like_the_csv()
    {
        var df = new DataFrame(
            new StringDataFrameColumn("id", ["spot"]),
            new StringDataFrameColumn("subject", ["Spot price"]),
            new StringDataFrameColumn("period", ["2020-02"]),
            new StringDataFrameColumn("claimant", ["A. Person"]),
            new StringDataFrameColumn("text", ["under $100"]),
            new StringDataFrameColumn("bound", ["under"]),
            new DoubleDataFrameColumn("value", [100.5]),
            new StringDataFrameColumn("unit", ["USD/1000 m3"]),
            new StringDataFrameColumn("quote", ["Prices are under $100."]),
            new StringDataFrameColumn("source_title", ["T"]),
            new StringDataFrameColumn("source_outlet", ["O"]),
            new PrimitiveDataFrameColumn<DateTime>("source_date", [new DateTime(2020, 2, 6)]));

        using var scope = new CultureScope("de-DE");
        var set = ClaimSet.FromDataFrame(df);

        Assert.Equal(100.5m, set["spot"].Figure.Value);
        Assert.Equal(new DateOnly(2020, 2, 6), set["spot"].FirstAppearance.Source.Date);
    }

    [Fact]
    public void Problems_carry_the_csv_codes_and_the_row_number()
    {
        var df = ClaimSet.Shipped.ToDataFrame();
        df["unit"][2] = "USX/bbl";
        df["bound"][4] = "roughly";
        df["value"][5] = null;
        var extra = new StringDataFrameColumn("colour", df.Rows.Count);
        df.Columns.Add(extra);

        var report = ClaimSet.ValidateDataFrame(df);
        var ex = Assert.Throws<ClaimsFileException>(() => ClaimSet.FromDataFrame(df));

        Assert.False(report.IsValid);
        Assert.Contains(report.Diagnostics, d => d.Code == ErrorCodes.UnknownColumn && d.Field == "colour" && d.Line == 0);
        Assert.Same(ex.Report.Diagnostics[0].Code, report.Diagnostics[0].Code);

        var withoutExtra = ClaimSet.ValidateDataFrame(Drop(df, "colour"));
        Assert.Contains(withoutExtra.Diagnostics, d => d.Code == ErrorCodes.BadUnit && d.Line == 3 && d.Field == "unit");
        Assert.Contains(withoutExtra.Diagnostics, d => d.Code == ErrorCodes.BadBound && d.Line == 5);
        Assert.Contains(withoutExtra.Diagnostics, d => d.Code == ErrorCodes.MissingValue && d.Line == 6 && d.Field == "value");
        Assert.Equal(ClaimSet.Shipped.Count - 3, withoutExtra.Claims.Count);
    }

    private static DataFrame Drop(DataFrame df, string column)
    {
        var copy = df.Clone();
        copy.Columns.Remove(column);
        return copy;
    }

    internal static long Row(DataFrame df, string id)
    {
        for (long i = 0; i < df.Rows.Count; i++)
        {
            if ((string?)df["id"][i] == id)
            {
                return i;
            }
        }

        throw new Xunit.Sdk.XunitException("no row " + id);
    }

    [Fact]
    public void Typed_columns_handed_over_as_buffers_still_take_appended_and_edited_cells()
    {
        // Microsoft.Data.Analysis keeps a validity bitmap it is given read-only; the columns with nulls must not
        // fail on Append (they did, with an InvalidCastException) nor change their null count when edited.
        var df = ClaimSet.Shipped.ToDataFrame();
        foreach (var name in new[] { "value", "value_high", "tolerance", "low", "high" })
        {
            var column = (DecimalDataFrameColumn)df[name];
            long nulls = column.NullCount, length = column.Length;
            column.Append(1.50m);
            column.Append(null);
            Assert.Equal(length + 2, column.Length);
            Assert.Equal(1.50m, column[length]);
            Assert.Equal(2, column[length]!.Value.Scale); // the digits as given
            Assert.Null(column[length + 1]);
            Assert.Equal(nulls + 1, column.NullCount);
            column[0] = null;
            column[1] = 7m;
            Assert.Null(column[0]);
            Assert.Equal(7m, column[1]);
        }

        foreach (var name in new[] { "period_start", "source_date" })
        {
            var column = (PrimitiveDataFrameColumn<DateOnly>)df[name];
            long nulls = column.NullCount;
            column.Append(new DateOnly(2020, 2, 6));
            column.Append(null);
            Assert.Equal(new DateOnly(2020, 2, 6), column[column.Length - 2]);
            Assert.Equal(nulls + 1, column.NullCount);
        }

        var open = (BooleanDataFrameColumn)df["low_open"];
        open.Append(true);
        Assert.Equal(true, open[open.Length - 1]);
        var unit = (StringDataFrameColumn)df["unit"];
        unit.Append(null);
        Assert.Equal(1, unit.NullCount);
    }

    [Fact]
    public void The_frame_built_from_columns_has_the_cells_of_the_frame_built_from_claim_objects()
    {
        var sets = new[]
        {
            ClaimSet.Shipped,
            ClaimsCsv.Validate(new MemoryStream(EnergyFigures.Benchmarks.ClaimsFileGenerator.GenerateBytes(1500)), "generated.csv").ThrowIfInvalid(),
            ClaimSet.Create(ClaimSet.Shipped.Take(40)), // made from claim objects: its columns are built on first use
        };
        foreach (var set in sets)
        {
            var fromColumns = set.ToDataFrame();
            var fromObjects = EnergyFigures.Interchange.TableFormats.ToDataFrame(EnergyFigures.Interchange.ClaimTable.Of(set));
            Assert.Equal(fromObjects.Columns.Select(c => c.Name), fromColumns.Columns.Select(c => c.Name));
            Assert.Equal(fromObjects.Rows.Count, fromColumns.Rows.Count);
            foreach (var column in fromObjects.Columns)
            {
                var other = fromColumns[column.Name];
                Assert.Equal(column.DataType, other.DataType);
                Assert.Equal(column.NullCount, other.NullCount);
                for (long r = 0; r < column.Length; r++)
                {
                    Assert.Equal(column[r], other[r]);
                }
            }
        }
    }
}
