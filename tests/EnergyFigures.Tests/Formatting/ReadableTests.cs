using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EnergyFigures.Claims;
using EnergyFigures.Formatting;
using EnergyFigures.Numerics;
using Interval = EnergyFigures.Numerics.Interval;
using EnergyFigures.Units;
using FsCheck;
using FsCheck.Fluent;
using EnergyFigures.Data;
using CliRunner = EnergyFigures.Tests.Cli.Cli;

namespace EnergyFigures.Tests.Formatting;

/// <summary>The one number-formatting policy for people (<see cref="Readable"/>).</summary>
public class ReadableTests
{
    [Theory]
    [InlineData("127", "127")]
    [InlineData("1.5", "1.5")]
    [InlineData("8355000000", "8,355,000,000")]
    [InlineData("8500000000.0", "8,500,000,000")]
    [InlineData("99.21734114412883903792784458", "≈ 99.22")]
    [InlineData("73.253147505800636553889082666", "≈ 73.25")]
    [InlineData("0.000123456789", "≈ 0.0001235")]
    [InlineData("-16666666666.666666666666666665", "≈ −16,670,000,000")]
    [InlineData("0", "0")]
    public void Numbers_are_exact_when_short_and_four_digits_when_computed(string value, string expected) =>
        Assert.Equal(expected, Readable.Number(decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Fact]
    public void A_shortened_interval_is_rounded_outward_with_the_same_decimals_on_both_ends()
    {
        Assert.Equal("≈ [2.666, 4.000]", Readable.Interval(Interval.Closed(8m / 3m, 4m)));
        Assert.Equal("≈ (2.666, 4.000)", Readable.Interval(Interval.Create(8m / 3m, true, 4m, true)));
        Assert.Equal("[2.5, 4.5]", Readable.Interval(Interval.Closed(2.5m, 4.5m)));
        Assert.Equal("[2.50, 4.25]", Readable.Interval(Interval.Closed(2.5m, 4.25m)));
        Assert.Equal("(27, +∞)", Readable.Interval(Interval.Above(27m, false)));
        Assert.Equal("≈ 99.22", Readable.Interval(Interval.Closed(99.21734114412883903792784458m, 99.21734114412883903792784460m)));
    }

    [Fact]
    public void Money_reads_as_money()
    {
        Assert.Equal("$8.36 billion", Readable.Money(8_360_000_000m, Unit.Parse("USD")));
        Assert.Equal("€25.40/MWh", Readable.Money(25.4m, Unit.Parse("EUR/MWh")));
        Assert.Equal("$127/1000 m3", Readable.Money(127m, Unit.Parse("USD/1000 m3")));
        Assert.Equal("≈ $16.67 billion", Readable.Money(16_666_666_666.666666m, Unit.Parse("USD")));
        Assert.Equal("−$9 billion", Readable.Money(-9_000_000_000m, Unit.Parse("USD")));
        Assert.False(Readable.IsMoney(Unit.Parse("percent")));
    }

    [Fact]
    public void A_ratio_prints_no_unit_and_the_exact_format_keeps_every_digit()
    {
        var q = new Quantity(Interval.Closed(8m / 3m, 4m), Unit.Ratio);
        Assert.Equal("≈ [2.666, 4.000]", q.ToString());
        Assert.Equal("[2.6666666666666666666666666667, 4] 1", q.ToString("E", null));
        Assert.Equal("[2.6666666666666666666666666667, 4]", q.Interval.ToString("E", null));
        Assert.Equal(q.Interval, Interval.Parse(q.Interval.ToString()));
    }

    /// <summary>Law: the interval people read contains the exact one, and no end has more than the policy's digits.</summary>
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property The_readable_interval_contains_the_exact_one(int a, int b, byte scaleA, byte scaleB, bool lowOpen, bool highOpen)
    {
        var x = new decimal(Math.Abs(a), Math.Abs(b), 0, a < 0, (byte)(scaleA % 20));
        var y = new decimal(Math.Abs(b), 7, 0, b < 0, (byte)(scaleB % 20));
        var (lo, hi) = x <= y ? (x, y) : (y, x);
        if (lo == hi)
        {
            return true.ToProperty();
        }

        var exact = Interval.Create(lo, lowOpen, hi, highOpen);
        var text = Readable.Interval(exact);
        var plain = Regex.Replace(text.Replace("≈ ", string.Empty, StringComparison.Ordinal), @"(?<=\d),(?=\d{3})", string.Empty).Replace('−', '-');
        bool ok;
        if (plain[0] is '[' or '(')
        {
            // Parse's exactness guard would refuse nothing here: the shown ends are the decimals printed.
            ok = Interval.Parse(plain).Contains(exact);
        }
        else
        {
            // An interval narrower than its last printed digit: both ends within one unit of that digit.
            var v = decimal.Parse(plain, CultureInfo.InvariantCulture);
            // One unit of the last of the four significant digits shown (30,060,000 → 10,000; 99.22 → 0.01).
            var magnitude = v == 0m ? 0 : (int)Math.Floor(Math.Log10((double)Math.Abs(v)));
            var unit = (decimal)Math.Pow(10, magnitude - (Readable.DefaultSignificantDigits - 1));
            ok = Math.Abs(lo - v) <= unit && Math.Abs(hi - v) <= unit;
        }

        var digits = EndsOf(text).All(e => Readable.SignificantDigits(e) <= Readable.ExactDigitLimit);
        return (ok && digits).Label(text);
    }

    private static IEnumerable<decimal> EndsOf(string text) =>
        Regex.Matches(text.Replace(",", string.Empty, StringComparison.Ordinal), @"[0-9]+(\.[0-9]+)?").Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture));

    /// <summary>Every number in a text for people, commas removed; URLs, dates, ids and times left out.</summary>
    internal static IEnumerable<string> NumbersIn(string text)
    {
        text = Regex.Replace(text, @"(https?|file)://\S+", " ");
        text = Regex.Replace(text, @"\b\d{4}-\d{2}(-\d{2})?\b", " ");
        return Regex.Matches(text, @"(?<![\w.\-/#])\d[\d,]*(\.\d+)?(?![\w\-])").Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal));
    }

    internal static void AssertReadable(string what, string text)
    {
        var tooLong = NumbersIn(text).Where(n => Readable.SignificantDigits(decimal.Parse(n, CultureInfo.InvariantCulture)) > Readable.ExactDigitLimit).Distinct().ToList();
        Assert.True(tooLong.Count == 0, $"{what} shows numbers with more digits than the policy allows: {string.Join(", ", tooLong.Take(10))}");
    }

    [Fact]
    public void The_number_scan_finds_what_the_defect_looked_like()
    {
        Assert.Contains("73.253147505800636553889082666", NumbersIn("Margin: 73.253147505800636553889082666 USD/1000 m3"));
        Assert.Throws<Xunit.Sdk.TrueException>(() => AssertReadable("sample", "[99.21734114412883903792784458, 99.21734114412883903792784460] USD/1000 m3"));
        Assert.Empty(NumbersIn("see https://tass.com/world/1201769 on 2020-02-06 (claim ref-2019-1234567)"));
    }

    [Fact]
    public void No_text_output_of_the_shipped_dataset_shows_more_digits_than_the_policy_allows()
    {
        AssertReadable("list", CliRunner.Run("list").Out);
        AssertReadable("check", CliRunner.Run("check").Out);
        foreach (var c in ClaimSet.Shipped)
        {
            AssertReadable("show " + c.Id, CliRunner.Run("show", c.Id).Out);
        }

        var claims = ClaimSet.Shipped;
        for (int i = 0; i < claims.Count; i++)
        {
            for (int j = i + 1; j < claims.Count; j++)
            {
                if (claims[i].Figure.Unit.IsConvertibleTo(claims[j].Figure.Unit))
                {
                    var r = CliRunner.Run("compare", claims[i].Id, claims[j].Id);
                    AssertReadable($"compare {claims[i].Id} {claims[j].Id}", r.Out);
                }
            }
        }

        foreach (var row in EnergyFigures.Checks.ArticleChecks.All().Where(r => r.Result is not null))
        {
            AssertReadable("check result " + row.Claim.Id, row.Result!.Explanation + " " + row.Result.ReferenceInterval + " " + row.Result.Margin + " " + string.Join(" ", row.Result.ReferenceValues));
        }
    }

    [Fact]
    public void Json_keeps_every_digit_of_the_same_checks()
    {
        var r = CliRunner.Run("check", "europe-spot-gas-price-2020-02", "--format", "json");
        using var doc = r.Json();
        var first = doc.RootElement.GetProperty("checks")[0];
        var low = first.GetProperty("referenceInterval").GetProperty("interval").GetProperty("low").GetDecimal();
        var expected = EnergyFigures.Checks.ArticleChecks.All().First(x => x.Claim.Id == "europe-spot-gas-price-2020-02" && x.Result is not null).Result!.ReferenceInterval.Interval.Low;
        Assert.Equal(expected, low);
        Assert.True(Readable.SignificantDigits(low) > Readable.ExactDigitLimit, "the test needs a value the text output shortens");
        Assert.Equal(JsonValueKind.Number, first.GetProperty("referenceInterval").GetProperty("interval").GetProperty("high").ValueKind);
    }
}
