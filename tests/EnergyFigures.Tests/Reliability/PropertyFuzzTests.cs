using System.Text;
using EnergyFigures.Csv;
using Interval = EnergyFigures.Numerics.Interval;
using EnergyFigures.Tests.Support;
using EnergyFigures.Units;
using FsCheck;
using FsCheck.Fluent;
using EnergyFigures.Errors;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// A short fuzz inside the normal test run: random and mutated inputs must end in a result or the
/// library's documented error, never another exception. (The long fuzz is tests/fuzz, with AFL++.)
/// </summary>
public class PropertyFuzzTests
{
    private static readonly byte[] Shipped = File.ReadAllBytes(RepoPaths.Data("claims.csv"));

    private static readonly byte[][] Inserts =
        [.. new[] { "\"", ",", "\n", "\r", "\r\n", "\0", "\"\"", ",\"", "\"\n", "\uFEFF", "'", "=", "\u202E", "é", "🔥", ";", "-0", "1e309", "NaN" }
            .Select(Encoding.UTF8.GetBytes)];

    /// <summary>One mutation of a byte array: flip, truncate, insert, delete or duplicate a span.</summary>
    private static Gen<Func<byte[], byte[]>> Mutation =>
        Gen.OneOf(
            from pos in Gen.Choose(0, int.MaxValue)
            from bit in Gen.Choose(0, 7)
            select (Func<byte[], byte[]>)(b =>
            {
                if (b.Length == 0)
                {
                    return b;
                }

                var c = (byte[])b.Clone();
                c[pos % c.Length] ^= (byte)(1 << bit);
                return c;
            }),
            from pos in Gen.Choose(0, int.MaxValue)
            select (Func<byte[], byte[]>)(b => b[..(pos % (b.Length + 1))]),
            from pos in Gen.Choose(0, int.MaxValue)
            from ins in Gen.Elements(Inserts)
            select (Func<byte[], byte[]>)(b =>
            {
                int p = pos % (b.Length + 1);
                return [.. b[..p], .. ins, .. b[p..]];
            }),
            from pos in Gen.Choose(0, int.MaxValue)
            from len in Gen.Choose(1, 200)
            select (Func<byte[], byte[]>)(b =>
            {
                int p = pos % (b.Length + 1);
                return [.. b[..p], .. b[Math.Min(b.Length, p + len)..]];
            }),
            from pos in Gen.Choose(0, int.MaxValue)
            from len in Gen.Choose(1, 300)
            select (Func<byte[], byte[]>)(b =>
            {
                int p = pos % (b.Length + 1);
                var span = b[p..Math.Min(b.Length, p + len)];
                return [.. b[..p], .. span, .. b[p..]];
            }));

    private static Gen<byte[]> MutatedShipped =>
        from n in Gen.Choose(1, 8)
        from ms in Gen.ArrayOf(Mutation, n)
        select ms.Aggregate(Shipped, (b, m) => m(b));

    private static Gen<byte[]> RandomCsv =>
        from text in Props.Tokens(60, "id,subject,unit\n", "a", ",", "\"", "\n", "\r\n", "\r", "\0", "127", "USD/1000 m3", "exact", "2020", " ", "é", "\u202E", "'", "=1+1")
        select Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Mutated_and_random_claims_files_give_a_report_never_another_exception()
    {
        Props.Check(Gen.Frequency((3, MutatedShipped), (1, RandomCsv)), bytes =>
        {
            // Any exception escaping here fails the property (ClaimsCsv.Validate reports, it does not throw).
            var report = ClaimsCsv.Validate(new MemoryStream(bytes), "mutated.csv");
            Assert.All(report.Diagnostics, d => Assert.Matches("^EF[1-9][0-9]{3}$", d.Code));
            if (report.Claims.Count > 0)
            {
                var back = ClaimsCsv.ValidateText(ClaimsCsv.WriteToString(report.Claims), "back.csv");
                Assert.True(back.IsValid, string.Join("\n", back.Diagnostics));
                Assert.Equal(report.Claims.ToList(), back.Claims.ToList());
            }
        }, maxTest: 400);
    }

    [Fact]
    public void Mutated_claims_text_through_ValidateText_gives_a_report()
    {
        var text = Encoding.UTF8.GetString(Shipped);
        var gen = from pos in Gen.Choose(0, text.Length)
                  from ins in Gen.Elements("\"", ",", "\n", "\0", "\r", "\"\"\"", "\uD800", "\uFFFF")
                  from cut in Gen.Choose(0, text.Length)
                  select (text[..pos] + ins + text[pos..])[..Math.Max(cut, pos)];
        Props.Check(gen, s => Assert.NotNull(ClaimsCsv.ValidateText(s, "t.csv")), maxTest: 200);
    }

    private static readonly Gen<string> AnyString = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null);

    private static void OnlyDocumentedErrors(Action parse, params string[] codes)
    {
        try
        {
            parse();
        }
        catch (EnergyFiguresException e)
        {
            Assert.Contains(e.Code, codes);
        }
    }

    [Fact]
    public void Random_unit_text_parses_or_throws_only_EnergyFiguresException()
    {
        var gen = Gen.OneOf(AnyString, Props.Tokens(12, "USD", "EUR", "m3", "bcm", "tcm", "MWh", "%", "pp", "/", "*", "·", " ", "1000", "0.5", ".", "0", "79228162514264337593543950335", "usd", "\0", "é"));
        Props.Check(gen, s =>
        {
            OnlyDocumentedErrors(() => Assert.Equal(Unit.Parse(s), Unit.Parse(Unit.Parse(s).Symbol)), ErrorCodes.UnknownUnit, ErrorCodes.MalformedUnit, ErrorCodes.UnitFactorOutOfRange);
            _ = Unit.TryParse(s, out _);
        }, maxTest: 1500);
    }

    [Fact]
    public void Random_period_text_parses_or_throws_only_EnergyFiguresException()
    {
        var gen = Gen.OneOf(AnyString, Props.Tokens(8, "2020", "0000", "9999", "-", "Q", "1", "4", "5", "02", "13", "29", "31", "/", " ", "\0"));
        Props.Check(gen, s => OnlyDocumentedErrors(
            () =>
            {
                var p = Period.Parse(s);
                Assert.True(p.Start <= p.End);
                Assert.Equal(p, Period.Parse(p.ToString()));
            },
            ErrorCodes.MalformedPeriod), maxTest: 1500);
    }

    [Fact]
    public void Random_interval_text_parses_or_throws_only_EnergyFiguresException()
    {
        var gen = Gen.OneOf(AnyString, Props.Tokens(10, "[", "]", "(", ")", ", ", ",", "−∞", "+∞", "-inf", "inf", "∅", "1", "-4.5", "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001", "1e5", " ", "NaN"));
        Props.Check(gen, s => OnlyDocumentedErrors(
            () =>
            {
                var i = Interval.Parse(s);
                Assert.Equal(i, Interval.Parse(i.ToString()));
            },
            ErrorCodes.InvalidInterval), maxTest: 1500);
    }
}
