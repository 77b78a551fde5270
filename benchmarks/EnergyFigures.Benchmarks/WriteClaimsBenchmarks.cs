using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EnergyFigures.Claims;
using EnergyFigures.Csv;

namespace EnergyFigures.Benchmarks;

/// <summary>Writing a claim set back to CSV (one row per appearance) at 10k, 100k and 1M rows.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class WriteClaimsBenchmarks
{
    private ClaimSet _claims = ClaimSet.Empty;

    /// <summary>The number of data rows of the file the claims were read from.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Rows { get; set; } = 10_000;

    /// <summary>Loads the claims.</summary>
    [GlobalSetup]
    public void Setup() => _claims = ClaimsCsv.Load(BenchmarkData.ClaimsFile(Rows));

    /// <summary>Writes every claim to a stream that counts the bytes.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public long Write()
    {
        using var counter = new CountingStream();
        ClaimsCsv.Write(_claims, counter);
        return counter.Length;
    }

    /// <summary>A write-only stream that keeps only the count of bytes.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
