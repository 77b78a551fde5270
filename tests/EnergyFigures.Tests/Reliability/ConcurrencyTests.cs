using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using EnergyFigures.Charts;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Data;
using EnergyFigures.Derivation;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using Interval = EnergyFigures.Numerics.Interval;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// The shipped dataset, CSV reading and writing, units, interval arithmetic, derivations and comparisons,
/// checks and chart rendering, used from 32 threads at once, give the same results as on one thread.
/// Each workload serializes everything it computes to text; every thread must produce the single-thread text.
/// </summary>
[Collection(EnergyFigures.Tests.Charts.ChartCollection.Name)]
public class ConcurrencyTests
{
    private const int Threads = 32;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(4);

    public static TheoryData<string> Workloads() => new(Work.Keys.Order(StringComparer.Ordinal));

    private static readonly IReadOnlyDictionary<string, Func<string>> Work = new Dictionary<string, Func<string>>
    {
        ["dataset"] = () =>
        {
            var sb = new StringBuilder();
            foreach (var c in ClaimSet.Shipped)
            {
                sb.Append(c).Append('|').Append(c.Figure.ToString("D", CultureInfo.InvariantCulture)).Append('|').Append(c.Figure.ImpliedPrecisionInterval()).Append('\n');
            }

            // A fresh load of the embedded file on every call, too.
            return sb.Append(EmbeddedData.LoadClaims().Count).ToString();
        },
        ["csv"] = () =>
        {
            var text = ClaimsCsv.WriteToString(ClaimSet.Shipped);
            var back = ClaimsCsv.ValidateText(text, "claims.csv");
            var bad = ClaimsCsv.ValidateText(text.Replace("USD/1000 m3", "USX/1000 m3", StringComparison.Ordinal), "bad.csv");
            return text + string.Join("\n", back.Claims.Select(c => c.ToString())) + string.Join("\n", bad.Diagnostics);
        },
        ["units"] = () =>
        {
            var sb = new StringBuilder();
            foreach (var u in ClaimGen.Units)
            {
                // A fresh spelling each time too, so that the parse cache is written concurrently.
                var unit = Unit.Parse(u);
                var canonical = unit.Canonical;
                sb.Append(unit.Symbol).Append(unit.ToString("N", null)).Append(canonical).Append(unit.IsEquivalentTo(canonical))
                    .Append((unit * unit).Symbol).Append((unit / canonical).Symbol).Append(Unit.TryParse(" " + u + " ", out var spaced) ? spaced!.Symbol : "-").Append('\n');
            }

            return sb.ToString();
        },
        ["intervals"] = () =>
        {
            var sb = new StringBuilder();
            var r = new Random(7);
            for (int i = 0; i < 300; i++)
            {
                decimal x = ClaimGen.Decimal(r) / 1_000_000m, y = ClaimGen.Decimal(r) / 1_000_000m;
                var a = Interval.Closed(Math.Min(x, y), Math.Max(x, y));
                var b = r.Next(3) == 0 ? Interval.Below(ClaimGen.Decimal(r) / 1000m, false) : Interval.Point(ClaimGen.Decimal(r) / 1000m + 0.5m);
                sb.Append(a + b).Append(a - b).Append(a * b).Append(b.Contains(0m) ? "/0" : (a / b).ToString()).Append('\n');
            }

            var q = ClaimSet.Shipped.Select(c => c.Figure.Quantity).ToList();
            foreach (var x in q)
            {
                sb.Append(x.ConvertTo(x.Unit.Canonical)).Append('\n');
            }

            return sb.ToString();
        },
        ["comparisons"] = () =>
        {
            var sb = new StringBuilder();
            var claims = ClaimSet.Shipped.ToList();
            foreach (var a in claims)
            {
                foreach (var b in claims)
                {
                    try
                    {
                        var d = Compare.Difference(Derive.From(a), Derive.From(b));
                        sb.Append(d).Append(d.Ordering).Append(d.Explain());
                    }
                    catch (EnergyFiguresException e)
                    {
                        sb.Append(e.Code);
                    }

                    sb.Append('\n');
                }
            }

            return sb.ToString();
        },
        ["checks"] = () =>
        {
            var sb = new StringBuilder();
            foreach (var row in ArticleChecks.All())
            {
                if (row.Result is null || row.ReferenceId is null)
                {
                    continue;
                }

                // Recomputed on this thread (ArticleChecks.All itself is computed once).
                if (row.ReferenceId.Split(" − ") is [var leftId, var rightId])
                {
                    var right = ReferenceLibrary.Shipped.Contains(rightId)
                        ? ComparisonSide.FromSeries(ReferenceLibrary.Shipped.Get(rightId), row.Result.ReferenceValues[^1].Period)
                        : ComparisonSide.Reported(ReportedFigures.Shipped.Get(rightId));
                    var c = Checker.CheckComparison(row.Claim, ComparisonSide.Reported(ReportedFigures.Shipped.Get(leftId)), right, row.Options);
                    sb.Append(c).Append(c.Margin).Append(c.Explanation).Append('\n');
                    continue;
                }

                var r = ReferenceLibrary.Shipped.Contains(row.ReferenceId)
                    ? Checker.Check(row.Claim, ReferenceLibrary.Shipped.Get(row.ReferenceId), row.Options)
                    : Checker.Check(row.Claim, ReportedFigures.Shipped.Get(row.ReferenceId), row.Options);
                sb.Append(r).Append(r.Margin).Append(r.Explanation).Append('\n');
            }

            return sb.Append(ArticleChecks.ToMarkdown()).ToString();
        },
        ["charts"] = () =>
        {
            var gas = ClaimSet.Shipped.Where(c => c.Figure.Unit.Symbol == "USD/1000 m3").ToList();
            var chart = Chart.Comparison("Gas prices <script>alert(1)</script>", gas);
            var svg = chart.ToSvg(ChartOptions.Default);
            return svg + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(chart.ToPng(ChartOptions.Default)));
        },
    };

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Thirty_two_threads_get_the_single_thread_result(string workload)
    {
        var work = Work[workload];
        var expected = work();
        var results = new ConcurrentBag<string>();
        var failures = new ConcurrentBag<Exception>();
        int runs = 0;
        using var start = new Barrier(Threads);
        var watch = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                // At least one run per thread, then more while the time budget lasts (at most 20).
                for (int i = 0; i < 20 && (i == 0 || watch.Elapsed < Budget); i++)
                {
                    var got = work();
                    Interlocked.Increment(ref runs);
                    if (!string.Equals(got, expected, StringComparison.Ordinal))
                    {
                        results.Add(got);
                    }
                }
            }
#pragma warning disable CA1031 // Any exception on a worker thread is a failure of the test.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => Assert.True(t.Join(TimeSpan.FromSeconds(120)), "a worker thread hangs"));

        Assert.Empty(failures);
        Assert.True(runs >= Threads, $"only {runs} runs");
        Assert.True(results.IsEmpty, $"{results.Count} of {runs} concurrent runs of '{workload}' differ from the single-thread result");
    }
}
