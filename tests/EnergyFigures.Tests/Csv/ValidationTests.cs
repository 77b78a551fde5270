using EnergyFigures.Csv;
using EnergyFigures.Errors;
using static EnergyFigures.Tests.Csv.CsvFixtures;

namespace EnergyFigures.Tests.Csv;

public class ValidationTests
{
    [Fact]
    public void A_valid_row_reads_without_problems()
    {
        var report = Validate(BuildCsv(ValidRow()));
        Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
        Assert.Single(report.Claims);
        Assert.Equal(1, report.RowsRead);
    }

    public static IEnumerable<object[]> BadFields => new List<object[]>
    {
        new object[] { "unit", "USX/1000 m3", ErrorCodes.BadUnit },
        new object[] { "unit", "usd", ErrorCodes.BadUnit },
        new object[] { "unit", "", ErrorCodes.MissingValue },
        new object[] { "value", "12,7", ErrorCodes.BadNumber },
        new object[] { "value", "1e3", ErrorCodes.BadNumber },
        new object[] { "value", "NaN", ErrorCodes.BadNumber },
        new object[] { "value", "-0", ErrorCodes.BadNumber },
        new object[] { "value", "1,000", ErrorCodes.BadNumber },
        new object[] { "value", "1e309", ErrorCodes.BadNumber },
        new object[] { "value", "", ErrorCodes.MissingValue },
        new object[] { "bound", "below", ErrorCodes.BadBound },
        new object[] { "scale", "bn", ErrorCodes.BadScale },
        new object[] { "period", "Feb 2020", ErrorCodes.BadPeriod },
        new object[] { "source_date", "06/02/2020", ErrorCodes.BadDate },
        new object[] { "id", "Gas Offer", ErrorCodes.BadId },
        new object[] { "quote", "", ErrorCodes.MissingQuote },
        new object[] { "claimant", "", ErrorCodes.MissingClaimant },
        new object[] { "quote", "They offered a good price.", ErrorCodes.QuoteLacksText },
        new object[] { "source_url", "example.org/a", ErrorCodes.BadUrl },
        new object[] { "source_url", "ftp://example.org/a", ErrorCodes.BadUrl },
        new object[] { "countries", "Belarus", ErrorCodes.BadCountry },
        new object[] { "quote_kind", "paraphrase", ErrorCodes.BadQuoteKind },
        new object[] { "value_high", "130", ErrorCodes.UnexpectedValue },
        new object[] { "subject", "bad\0text", ErrorCodes.ControlCharacter },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void Each_bad_field_is_reported_with_its_line_field_column_and_code(string column, string value, string code)
    {
        var report = Validate(BuildCsv(ValidRow().With(column, value)));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(2, d.Line);
        Assert.Equal(column, d.Field);
        Assert.Equal(ErrorCodesTests.ColumnOf(column), d.Column);
        Assert.Equal("test.csv", d.File);
        Assert.Contains("expected", d.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(report.Claims);
    }

    [Fact]
    public void Low_above_high_is_reported()
    {
        var row = ValidRow().With("bound", "range").With("value", "6").With("value_high", "4").With("text", "from 6% to 4%").With("quote", "we pay from 6% to 4% a year").With("unit", "percent/year");
        var d = Assert.Single(Validate(BuildCsv(row)).Diagnostics);
        Assert.Equal(ErrorCodes.LowAboveHigh, d.Code);
    }

    [Fact]
    public void A_range_missing_a_side_is_reported()
    {
        var row = ValidRow().With("bound", "range").With("text", "from 4%").With("value", "4").With("quote", "we pay from 4% a year").With("unit", "percent/year");
        var d = Assert.Single(Validate(BuildCsv(row)).Diagnostics);
        Assert.Equal(ErrorCodes.RangeMissingSide, d.Code);
        Assert.Equal("value_high", d.Field);
    }

    [Fact]
    public void Plus_minus_without_a_tolerance_is_reported()
    {
        var row = ValidRow().With("bound", "plus_minus");
        var d = Assert.Single(Validate(BuildCsv(row)).Diagnostics);
        Assert.Equal(ErrorCodes.BadTolerance, d.Code);
    }

    [Fact]
    public void A_duplicate_id_is_reported_on_the_second_claim()
    {
        var a = ValidRow("same-id");
        var b = ValidRow("other-id");
        var report = Validate(BuildCsv(a, b, a.With("subject", "Another subject")));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(ErrorCodes.DuplicateId, d.Code);
        Assert.Equal(4, d.Line);
        Assert.Contains("line 2", d.Message);
    }

    [Fact]
    public void Consecutive_rows_of_one_claim_are_appearances_and_must_agree()
    {
        var a = ValidRow("multi");
        var second = a.With("source_outlet", "Second Outlet").With("quote", "Again: $127 per 1,000 cubic meters.");
        var ok = Validate(BuildCsv(a, second));
        Assert.True(ok.IsValid, string.Join("\n", ok.Diagnostics));
        Assert.Equal(2, ok.Claims["multi"].Appearances.Count);

        var conflicting = Validate(BuildCsv(a, second.With("period", "2021")));
        var d = Assert.Single(conflicting.Diagnostics);
        Assert.Equal(ErrorCodes.ConflictingRows, d.Code);
        Assert.Equal("period", d.Field);
    }

    [Fact]
    public void Missing_unknown_and_duplicate_columns_are_reported()
    {
        var cols = ClaimsCsv.Columns.Where(c => c != "unit").Append("colour").ToList();
        var report = Validate(BuildCsv(cols, ValidRow()));
        Assert.Contains(report.Diagnostics, d => d.Code == ErrorCodes.MissingColumn && d.Field == "unit");
        Assert.Contains(report.Diagnostics, d => d.Code == ErrorCodes.UnknownColumn && d.Field == "colour" && d.Line == 1);

        var dup = ClaimsCsv.Columns.Append("notes").ToList();
        var report2 = Validate(BuildCsv(dup, ValidRow()));
        Assert.Contains(report2.Diagnostics, d => d.Code == ErrorCodes.DuplicateColumn && d.Field == "notes");
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var d = Assert.Single(Validate(string.Empty).Diagnostics);
        Assert.Equal(ErrorCodes.EmptyFile, d.Code);
    }

    [Fact]
    public void One_bad_row_does_not_hide_the_others()
    {
        var rows = new[]
        {
            ValidRow("first").With("unit", "XYZ"),
            ValidRow("second"),
            ValidRow("third").With("value", "abc"),
            ValidRow("fourth").With("period", "20200"),
        };
        var report = Validate(BuildCsv(rows));
        Assert.Equal([ErrorCodes.BadUnit, ErrorCodes.BadNumber, ErrorCodes.BadPeriod], report.Diagnostics.Select(d => d.Code));
        Assert.Equal([2L, 4L, 5L], report.Diagnostics.Select(d => d.Line));
        Assert.Equal(["second"], report.Claims.Select(c => c.Id));
        var e = Assert.Throws<ClaimsFileException>(() => report.ThrowIfInvalid());
        Assert.Equal(3, e.Report.Diagnostics.Count);
        Assert.Contains("test.csv:2: unit (column 12): EF1012", e.Message);
    }

    [Fact]
    public void A_quote_never_closed_is_reported_as_malformed()
    {
        var csv = BuildCsv(ValidRow("a")) + "b,\"never closed,2020\n";
        var report = Validate(csv);
        Assert.Contains(report.Diagnostics, d => d.Code == ErrorCodes.MalformedCsv);
    }

    [Fact]
    public void A_row_with_too_many_fields_is_reported()
    {
        var csv = BuildCsv(ValidRow("a")).TrimEnd('\n') + ",extra\n";
        var report = Validate(csv);
        Assert.Contains(report.Diagnostics, d => d.Code == ErrorCodes.TooManyFields);
        Assert.Empty(report.Claims);
    }

    [Fact]
    public void An_unreadable_file_is_reported_not_thrown()
    {
        var report = ClaimsCsv.Validate(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid(), "x.csv"));
        Assert.Equal(ErrorCodes.FileUnreadable, Assert.Single(report.Diagnostics).Code);
    }
}

public class ErrorCodesTests
{
    public static int ColumnOf(string column) => ClaimsCsv.Columns.ToList().IndexOf(column) + 1;

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = typeof(ErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^EF[1-9][0-9]{3}$", c));
    }
}
