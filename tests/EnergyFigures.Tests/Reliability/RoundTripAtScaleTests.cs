using System.Collections.Concurrent;
using System.Diagnostics;
using EnergyFigures.Claims;
using EnergyFigures.Csv;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// Exactness at scale: 100,000 random valid claims (random units, bounds and scales, decimals of up to 28
/// digits, RTL, combining marks and emoji, commas, quotes and line breaks, formula-like starts) written
/// to CSV and read back are all equal to what was written, digit for digit and character for character.
/// </summary>
public class RoundTripAtScaleTests
{
    private const int BatchSize = 10_000;
    private const int Batches = 10;
    private const int FileSize = 1000;

    [Fact]
    public void Hundred_thousand_random_claims_are_written_and_read_back_equal()
    {
        var watch = Stopwatch.StartNew();
        long seen = 0;
        Props.Check(ClaimGen.Batch(BatchSize), batch =>
        {
            // Each batch is written as files of 1,000 claims, round-tripped on all cores.
            var problems = new ConcurrentBag<string>();
            Parallel.For(0, BatchSize / FileSize, f =>
            {
                var claims = batch.Claims.AsSpan(f * FileSize, FileSize).ToArray();
                var report = ClaimsCsv.ValidateText(ClaimsCsv.WriteToString(claims), "random.csv");
                if (!report.IsValid || report.Claims.Count != claims.Length)
                {
                    problems.Add($"seed {batch.Seed} file {f}: {report.Claims.Count} of {claims.Length} claims read back; " + string.Join("\n", report.Diagnostics.Take(5)));
                    return;
                }

                for (int i = 0; i < claims.Length; i++)
                {
                    if (!claims[i].Equals(report.Claims[i]))
                    {
                        problems.Add($"claim {claims[i].Id} (seed {batch.Seed}) differs after the round trip:\nwritten: {Describe(claims[i])}\nread:    {Describe(report.Claims[i])}");
                    }
                }

                Interlocked.Add(ref seen, claims.Length);
            });
            Assert.True(problems.IsEmpty, string.Join("\n", problems.Take(3)));
        }, maxTest: Batches);
        Assert.Equal(BatchSize * Batches, seen);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"took {watch.Elapsed}");
    }

    private static string Describe(Claim c) =>
        string.Join(" | ", c.Subject, c.Claimant, c.Figure.ToString(), c.Period, c.Notes ?? "(no notes)",
            string.Join(" / ", c.Appearances.Select(a => $"{a.Quote} [{a.QuoteKind}] {a.SaidOn} {string.Join(";", a.ReportedBy)} {a.Source}")));
}
