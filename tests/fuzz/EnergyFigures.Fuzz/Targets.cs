using System.Globalization;
using System.Text;
using System.Diagnostics;
using EnergyFigures.Cli;
using EnergyFigures.Csv;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.TextHandling;

namespace EnergyFigures.Fuzz;

/// <summary>
/// The fuzz targets. Each takes raw bytes and may end in exactly two ways: normally (a result, or a
/// <see cref="ValidationReport"/> with diagnostics) or with the library's documented
/// <see cref="EnergyFiguresException"/>. Any other exception is a crash. Each target also checks a few
/// properties of what it got back (round trips, known codes) and throws <see cref="FuzzOracleException"/>
/// when one fails. The same code runs the regression tests over <c>tests/fuzz/findings</c> and the corpus.
/// Every message a target sees (diagnostics, exception messages) must be safe to print (no control or
/// bidirectional character, see <see cref="MessageText"/>) and at most <see cref="MaxMessageLength"/> characters
/// long, and every input must stay within <see cref="AllocationBudget"/> bytes of allocation.
/// </summary>
public static class Targets
{
    /// <summary>The names of the targets, as given on the command line.</summary>
    public static IReadOnlyList<string> Names { get; } = ["csv", "unit", "figure", "extract", "path"];

    /// <summary>The longest message (diagnostic line or exception message) a target accepts.</summary>
    public const int MaxMessageLength = 4200;

    /// <summary>
    /// The bytes one input may make its target allocate in all (managed heap, counted by the runtime): 64 MiB plus
    /// 400 bytes per input byte. Deterministic, unlike peak memory; the AFL runs also cap the heap at 512 MB
    /// (<c>DOTNET_GCHeapHardLimit</c>) and the time at 2 s per input (<c>afl-fuzz -t 2000</c>).
    /// </summary>
    /// <param name="inputBytes">The input's length.</param>
    /// <returns>The budget in bytes.</returns>
    public static long AllocationBudget(long inputBytes) => (64L << 20) + (400L * inputBytes);

    private static readonly HashSet<string> KnownCodes = typeof(ErrorCodes).GetFields()
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs the named target on one input.</summary>
    /// <param name="name">csv, unit or figure.</param>
    /// <param name="input">The input bytes.</param>
    public static void Run(string name, Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        long length = input.CanSeek ? input.Length : 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        RunTarget(name, input);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Check(allocated <= AllocationBudget(length), $"input of {length} bytes allocated {allocated} bytes, more than the budget of {AllocationBudget(length)}");
    }

    private static void RunTarget(string name, Stream input)
    {
        switch (name)
        {
            case "csv":
                Csv(input);
                break;
            case "unit":
                UnitText(input);
                break;
            case "figure":
                FigureFields(input);
                break;
            case "extract":
                ExtractText(input);
                break;
            case "path":
                PathSpelling(input);
                break;
            default:
                throw new ArgumentException($"Unknown target '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name));
        }
    }

    /// <summary>The claims CSV reader on raw bytes: must return a report; valid claims must round-trip.</summary>
    /// <param name="input">The bytes.</param>
    public static void Csv(Stream input)
    {
        var report = ClaimsCsv.Validate(input, "fuzz.csv", maxRecordBytes: 64 * 1024);
        foreach (var d in report.Diagnostics)
        {
            Check(KnownCodes.Contains(d.Code), $"unknown diagnostic code {d.Code}");
            Check(d.Message.Length > 0, "empty diagnostic message");
            CheckMessage(d.ToString());
        }

        if (report.Claims.Count == 0)
        {
            return;
        }

        var text = ClaimsCsv.WriteToString(report.Claims);
        var back = ClaimsCsv.ValidateText(text, "roundtrip.csv");
        Check(back.IsValid, "the written claims do not read back: " + string.Join(" | ", back.Diagnostics.Take(3)));
        Check(back.Claims.Count == report.Claims.Count, "claim count changed on round trip");
        for (int i = 0; i < report.Claims.Count; i++)
        {
            Check(back.Claims[i].Equals(report.Claims[i]), $"claim {report.Claims[i].Id} changed on round trip");
        }

        foreach (var c in report.Claims)
        {
            _ = c.Figure.ToString();
            _ = c.Figure.ToString("D", CultureInfo.InvariantCulture);
            _ = c.Figure.ImpliedPrecisionInterval();
        }
    }

    /// <summary>The unit parser on text: a unit (whose symbol parses to itself) or EF2001/EF2002.</summary>
    /// <param name="input">The bytes (UTF-8).</param>
    public static void UnitText(Stream input)
    {
        var text = ReadText(input);
        Unit unit;
        try
        {
            unit = Unit.Parse(text);
        }
        catch (EnergyFiguresException e)
        {
            Check(e.Code is ErrorCodes.UnknownUnit or ErrorCodes.MalformedUnit or ErrorCodes.UnitFactorOutOfRange, $"unexpected code {e.Code} from Unit.Parse");
            CheckMessage(e.Message);
            Check(!Unit.TryParse(text, out _), "TryParse accepts what Parse rejects");
            return;
        }

        Check(Unit.Parse(unit.Symbol) == unit, $"the symbol '{unit.Symbol}' does not parse back to itself");
        _ = unit.ToString("N", CultureInfo.InvariantCulture);
        var canonical = unit.Canonical;
        Check(unit.IsConvertibleTo(canonical), "a unit does not convert to its canonical unit");
        Check(unit.IsEquivalentTo(unit), "a unit is not equivalent to itself");
        Guard(() => _ = unit * unit);
        Guard(() => Check((unit / unit).IsDimensionless, "u/u has a dimension"));
    }

    /// <summary>
    /// The figure parsers on fields, one per line: bound, value, value_high, tolerance, scale, unit, text,
    /// period, interval. Each part is parsed on its own, then the figure is made from the parts that parsed.
    /// </summary>
    /// <param name="input">The bytes (UTF-8).</param>
    public static void FigureFields(Stream input)
    {
        var fields = ReadText(input).Split('\n');
        string F(int i) => i < fields.Length ? fields[i] : string.Empty;

        Guard(() =>
        {
            var p = Period.Parse(F(7));
            Check(Period.Parse(p.ToString()) == p, "period round trip");
            Check(p.Start <= p.End, "period ends reversed");
        });

        Guard(() =>
        {
            var i = Interval.Parse(F(8));
            Check(Interval.Parse(i.ToString()) == i, $"interval round trip of {i}");
            _ = i + i;
            _ = i - i;
            _ = i * i;
            try
            {
                _ = i / i;
            }
            catch (EnergyFiguresException e) when (e.Code == ErrorCodes.DivisionByZero)
            {
            }
        });

        if (!BoundNames.TryParseBound(F(0), out var bound) || !BoundNames.TryParseScale(F(4), out var scale))
        {
            return;
        }

        var value = ParseDecimal(F(1));
        if (value is null)
        {
            return;
        }

        Guard(() =>
        {
            var unit = Unit.Parse(F(5).Length == 0 ? "USD" : F(5));
            var figure = Figure.Create(F(6), bound, value.Value, unit, scale, ParseDecimal(F(2)), ParseDecimal(F(3)));
            Check(!figure.Interval.IsEmpty, "a figure with an empty interval");
            _ = figure.ToString();
            _ = figure.ToString("D", CultureInfo.InvariantCulture);
            var implied = figure.ImpliedPrecisionInterval();
            Check(implied.Contains(figure.Interval), $"the implied-precision interval {implied} does not contain {figure.Interval}");
        });
    }

    /// <summary>The figure extractor on free text: candidates that point at their own text, or a documented error.</summary>
    /// <param name="input">The bytes (UTF-8).</param>
    public static void ExtractText(Stream input)
    {
        var text = ReadText(input);
        Guard(() =>
        {
            foreach (var c in Extraction.FigureExtractor.Extract(text))
            {
                Check(c.Start >= 0 && c.End <= text.Length && c.Start < c.End, $"candidate span {c.Start}..{c.End} outside the text");
                Check(string.Equals(text[c.Start..c.End], c.Figure.Text, StringComparison.Ordinal), $"candidate text '{c.Figure.Text}' is not the text at {c.Start}..{c.End}");
                Check(!c.Figure.Interval.IsEmpty, "a candidate with an empty interval");
                _ = c.Figure.ToString("D", CultureInfo.InvariantCulture);
                _ = c.ToDraftClaim();
            }
        });
    }

    private static decimal? ParseDecimal(string s) =>
        s.Length is > 0 and <= 64 && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (EnergyFiguresException e)
        {
            Check(KnownCodes.Contains(e.Code), $"unknown code {e.Code}");
            CheckMessage(e.Message);
        }
    }

    /// <summary>A message is safe to print: no control, bidirectional or lone surrogate character, and bounded in length.</summary>
    private static void CheckMessage(string message)
    {
        Check(message.Length <= MaxMessageLength, $"a message of {message.Length} characters");
        for (int i = 0; i < message.Length; i++)
        {
            char c = message[i];
            Check(!MessageText.MustEscape(c), $"U+{(int)c:X4} in a message at {i}");
            if (char.IsHighSurrogate(c) && i + 1 < message.Length && char.IsLowSurrogate(message[i + 1]))
            {
                i++;
                continue;
            }

            Check(!char.IsSurrogate(c), $"a lone surrogate in a message at {i}");
        }
    }

    /// <summary>
    /// The CLI's input guard on random spellings of paths in a sandbox (Linux): <c>real/sub/claims.csv</c> is the
    /// input; <c>real/sub/hard.csv</c> is a hard link of it, <c>real/sub/link.csv</c> a symbolic link to it,
    /// <c>real/sub/other.csv</c> another file; <c>alias</c> links to <c>real</c>, <c>deep</c> to <c>real/sub</c>,
    /// <c>real/sub/back</c> to <c>..</c>. Each input byte picks a step (a folder, a link, <c>.</c>, <c>..</c>, an
    /// extra <c>/</c>) from the folder the spelling has reached, starting from the sandbox's absolute path, a
    /// <c>/proc/self/root</c> or <c>/proc/self/cwd</c> spelling; the last byte picks the file. The guard must refuse
    /// exactly the spellings that reach the input, and <see cref="FileIdentity.Resolve"/> must give the real path.
    /// </summary>
    /// <param name="input">The bytes.</param>
    public static void PathSpelling(Stream input)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var ms = new MemoryStream();
        input.CopyTo(ms);
        var bytes = ms.ToArray();
        if (bytes.Length == 0)
        {
            return;
        }

        var root = Sandbox.Value;
        var real = Path.Combine(root, "real");
        var sub = Path.Combine(real, "sub");
        var input0 = Path.Combine(sub, "claims.csv");
        var guard = new InputGuard();
        guard.AddInput(input0);

        // Where the spelling is (the real folder) and the spelling so far.
        var prefix = (bytes[0] % 4) switch
        {
            0 => root,
            1 => "/proc/self/root" + root,
            2 => "/proc/thread-self/root" + root,
            _ => "/proc/self/cwd/" + Path.GetRelativePath(PhysicalCwd.Value, root),
        };
        var spelling = new StringBuilder(prefix);
        var at = root;
        foreach (var b in bytes.AsSpan(1, Math.Min(bytes.Length - 1, 64)))
        {
            string[] steps = at == root ? ["real", "alias", "deep", ".", ""] : at == real ? ["sub", "..", ".", ""] : ["..", "back", ".", ""];
            var step = steps[b % steps.Length];
            spelling.Append('/').Append(step);
            at = (at == root ? step switch { "real" or "alias" => real, "deep" => sub, _ => root }
                : at == real ? step switch { "sub" => sub, ".." => root, _ => real }
                : step switch { ".." or "back" => real, _ => sub });
        }

        string[] names = ["claims.csv", "hard.csv", "link.csv", "other.csv", "missing.csv"];
        var name = names[bytes[^1] % names.Length];
        spelling.Append('/').Append(name);
        var path = spelling.ToString();
        bool same = at == sub && name is "claims.csv" or "hard.csv" or "link.csv";
        Check((guard.IsInput(path) is not null) == same, $"the guard {(same ? "lets through" : "refuses")} '{path}'");
        var resolved = FileIdentity.Resolve(path);
        var expected = Path.Combine(at, name == "link.csv" && at == sub ? "claims.csv" : name);
        Check(resolved == expected, $"'{path}' resolves to '{resolved}', expected '{expected}'");
    }

    private static readonly Lazy<string> PhysicalCwd = new(() =>
        File.ResolveLinkTarget("/proc/self/cwd", returnFinalTarget: false)?.FullName ?? Directory.GetCurrentDirectory());

    /// <summary>The sandbox of the <c>path</c> target, made once per process (and removed at its end).</summary>
    private static readonly Lazy<string> Sandbox = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), $"ef-fuzz-path-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var sub = Path.Combine(root, "real", "sub");
        Directory.CreateDirectory(sub);
        File.WriteAllText(Path.Combine(sub, "claims.csv"), "id\n");
        File.WriteAllText(Path.Combine(sub, "other.csv"), "id\n");
        File.CreateSymbolicLink(Path.Combine(sub, "link.csv"), "claims.csv");
        Directory.CreateSymbolicLink(Path.Combine(sub, "back"), "..");
        Directory.CreateSymbolicLink(Path.Combine(root, "alias"), "real");
        Directory.CreateSymbolicLink(Path.Combine(root, "deep"), sub);
        using (var ln = Process.Start(new ProcessStartInfo("ln", [Path.Combine(sub, "claims.csv"), Path.Combine(sub, "hard.csv")]) { UseShellExecute = false }))
        {
            ln!.WaitForExit();
        }

        var physical = FileIdentity.Resolve(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return physical;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string ReadText(Stream input)
    {
        using var ms = new MemoryStream();
        input.CopyTo(ms);
        return Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length);
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new FuzzOracleException(what);
        }
    }
}

/// <summary>A property a fuzz target checks did not hold (a crash, like an unexpected exception).</summary>
public sealed class FuzzOracleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FuzzOracleException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What did not hold.</param>
    public FuzzOracleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What did not hold.</param>
    /// <param name="inner">The cause.</param>
    public FuzzOracleException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
