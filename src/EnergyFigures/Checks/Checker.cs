using System.Globalization;
using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Data;

namespace EnergyFigures.Checks;

/// <summary>
/// Holds a claim against reference data — a series for the claim's period (or a window around the date it
/// was said), or a figure reported by others — under stated assumptions, and returns a verdict with the
/// reference values, the margin, the assumptions and a one-paragraph explanation with citations.
/// </summary>
/// <remarks>
/// Verdict rules (see <c>docs/checks.md</c>): with R the reference interval converted to the claim's unit
/// (a range when an assumption is a range or several periods are used) and C the claim's interval as read,
/// <see cref="Verdict.Consistent"/> when R lies entirely inside C, <see cref="Verdict.Inconsistent"/> when R
/// lies entirely outside C, <see cref="Verdict.Indeterminate"/> otherwise. Open ends count: a reference of
/// exactly 100 is outside "under 100".
/// </remarks>
public static partial class Checker
{
    private static readonly Unit Year = Unit.Parse("year");

    /// <summary>Checks a claim against a reference series.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="series">The series (e.g. <c>ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR")</c>).</param>
    /// <param name="options">The options; null means <see cref="CheckOptions.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="EnergyFiguresException">The reference period lies outside the series' coverage (<see cref="ErrorCodes.OutsideCoverage"/>), has no observation (<see cref="ErrorCodes.NoObservation"/>), or the units cannot be bridged by the assumptions (<see cref="ErrorCodes.MissingAssumption"/>, <see cref="ErrorCodes.IncompatibleUnits"/>).</exception>
    /// <example>
    /// <code>
    /// var claim = ClaimSet.Shipped.Get("europe-spot-gas-price-2020-02");           // "under $100" per 1,000 m³
    /// var series = ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR");             // USD/MMBtu, monthly
    /// var result = Checker.Check(claim, series);                                   // February 2020, BP's 36 GJ per 1,000 m³
    /// Console.WriteLine(result.Verdict);                                           // Consistent
    /// Console.WriteLine(result.Explanation);
    /// </code>
    /// </example>
    public static CheckResult Check(Claim claim, ReferenceSeries series, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(series);
        options ??= CheckOptions.Default;
        EnsureLevelClaim(claim, $"series {series.Id}");

        var window = Window(claim, options);
        var observations = series.ObservationsIn(window);
        if (observations.Count == 0)
        {
            // A daily series over days without observations (a weekend): the value in force at the window's end.
            observations = [series.ObservationOn(window.End)];
        }

        var values = observations.Select(o => new ReferenceValue(series.Id, o.Period, series.QuantityOf(o.Value))).ToArray();
        var notes = new List<string>();
        var used = new List<Assumption>();
        var quiet = new HashSet<Assumption>();
        Quantity converted;
        if (options.ExchangeRates is { } rule && rule.RatesFor(observations[0].Period, claim, series.Unit, claim.Figure.Unit).Count > 0)
        {
            // Each observation converts at its own period's rate (or the claim's day's, as the rule says).
            var each = new List<Quantity>();
            var rates = new List<(Period Period, IReadOnlyList<Assumption> Rates)>();
            foreach (var o in observations)
            {
                var r = rule.RatesFor(o.Period, claim, series.Unit, claim.Figure.Unit);
                each.Add(Convert(series.QuantityOf(o.Value), claim.Figure.Unit, options, used, r));
                rates.Add((o.Period, r));
                quiet.UnionWith(r);
            }

            converted = options.Aggregation == ReferenceAggregation.Mean ? MeanOf(each) : HullOf(each);
            notes.Add(RatesSentence(rule, rates));
        }
        else
        {
            var raw = options.Aggregation == ReferenceAggregation.Mean
                ? new Quantity(series.MeanInterval(window), series.Unit)
                : new Quantity(Interval.Closed(observations.Min(o => o.Value), observations.Max(o => o.Value)), series.Unit);
            converted = Convert(raw, claim.Figure.Unit, options, used);
        }

        converted = ApplySign(converted, options, notes, claim.Figure.Scale);

        var s = new StringBuilder();
        var refValues = string.Join(", ", values.Select(v => $"{v.Period}: {Formatting.Readable.Number(v.Value.Interval.Low!.Value)}"));
        var aggregated = values.Length == 1
            ? string.Empty
            : options.Aggregation == ReferenceAggregation.Mean ? " (their mean is used)" : " (their range is used)";
        var reference = $"{series.Citation.Publisher}, {series.Citation.Title}, series \u201C{series.Name}\u201D ({series.Id}; {series.Citation.Licence ?? "licence not stated"})";
        s.Append(CultureInfo.InvariantCulture, $"Reference: {reference}, {ReferenceSeries.Describe(series.Frequency)} values in {series.Unit.ToString("N", CultureInfo.InvariantCulture)} for the {(series.Frequency == Frequency.Monthly ? "months overlapping" : "days in")} {window}{(options.ReferencePeriod is null && options.DaysAroundDateSaid is null ? " (the claim's period)" : string.Empty)}: {refValues}{aggregated}.");
        return Finish(claim, options, series.Id, $"{series.Citation.Publisher}, {series.Name} ({series.Id})", [series.Citation], values, converted, used, quiet, notes, s.ToString());
    }

    /// <summary>Checks a claim against a shipped series by id (see <see cref="ReferenceLibrary.Shipped"/>).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="seriesId">The series id, e.g. <c>fred.TB3MS</c>.</param>
    /// <param name="options">The options; null means <see cref="CheckOptions.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="EnergyFiguresException">Unknown id (<see cref="ErrorCodes.UnknownSeries"/>), or as <see cref="Check(Claim, ReferenceSeries, CheckOptions?)"/>.</exception>
    public static CheckResult Check(Claim claim, string seriesId, CheckOptions? options = null) =>
        Check(claim, ReferenceLibrary.Shipped.Get(seriesId), options);

    /// <summary>
    /// Checks a claim against a figure reported by others (another claim, e.g. one of
    /// <see cref="ReportedFigures.Shipped"/>). The reported figure is read as stated. When the claim is a rate
    /// per year and the reported figure an amount for one calendar year, the amount is read per year (and
    /// the explanation says so).
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="reference">The reported figure.</param>
    /// <param name="options">The options; null means <see cref="CheckOptions.Default"/>. <see cref="CheckOptions.ReferencePeriod"/> and <see cref="CheckOptions.Aggregation"/> do not apply.</param>
    /// <returns>The result.</returns>
    /// <exception cref="EnergyFiguresException">The units cannot be bridged by the assumptions (<see cref="ErrorCodes.MissingAssumption"/>, <see cref="ErrorCodes.IncompatibleUnits"/>).</exception>
    public static CheckResult Check(Claim claim, Claim reference, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(reference);
        options ??= CheckOptions.Default;
        EnsureSameKind(claim, reference);

        var notes = new List<string>();
        var used = new List<Assumption>();
        var raw = reference.Figure.Quantity;
        var target = claim.Figure.Unit;
        if (!raw.Unit.IsConvertibleTo(target) && (raw.Unit / Year).IsConvertibleTo(target) && reference.Period.Kind == PeriodKind.Year)
        {
            raw = raw / Quantity.Exactly(1m, Year);
            notes.Add($"The reported figure is an amount for the calendar year {reference.Period}; it is read as that amount per year.");
        }

        var quiet = new HashSet<Assumption>();
        Quantity converted;
        if (options.ExchangeRates is { } rule && rule.RatesFor(reference.Period, claim, raw.Unit, target) is { Count: > 0 } rates)
        {
            converted = Convert(raw, target, options, used, rates);
            quiet.UnionWith(rates);
            notes.Add(RatesSentence(rule, [(reference.Period, rates)]));
        }
        else
        {
            converted = Convert(raw, target, options, used);
        }

        converted = ApplySign(converted, options, notes, claim.Figure.Scale);

        if (!reference.Period.Overlaps(claim.Period))
        {
            notes.Add($"The reported figure refers to {reference.Period}, the claim to {claim.Period}: the periods differ.");
        }

        if (string.Equals(reference.Claimant.Name, claim.Claimant.Name, StringComparison.OrdinalIgnoreCase))
        {
            notes.Add($"The reported figure was also stated by {reference.Claimant.Name}, so it does not confirm the claim independently.");
        }

        var src = reference.FirstAppearance.Source;
        var citation = new Citation(src.Outlet, src.Title, src.Url);
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"Reference: a figure reported by others, not an official statistic — {reference.Subject}, {reference.Period}: \u201C{reference.Figure.Text}\u201D (read as {Describe(reference.Figure.Interval, reference.Figure.Unit, reference.Figure.Scale)}), {(reference.FirstAppearance.QuoteKind == QuoteKind.Derived ? "not printed by a source but" : "attributed to " + reference.Claimant.Name)} (reported figure {reference.Id}; {reference.Citation}{(src.Url is null ? string.Empty : ", " + src.Url)}).");
        var values = new[] { new ReferenceValue(reference.Id, reference.Period, reference.Figure.Quantity) };
        return Finish(claim, options, reference.Id, $"{reference.Subject}, {reference.Period} ({reference.Claimant.Name}, in {src.Outlet})", [citation], values, converted, used, quiet, notes, s.ToString());
    }

    private static Period Window(Claim claim, CheckOptions options)
    {
        if (options.ReferencePeriod is { } p && !p.IsDefault)
        {
            return p;
        }

        if (options.DaysAroundDateSaid is { } days)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(days);
            var said = claim.FirstAppearance.SaidOn.IsDefault ? claim.Period : claim.FirstAppearance.SaidOn;
            var from = said.Start.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = said.End.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Period.Parse(from + "/" + to);
        }

        return claim.Period;
    }

    private static Quantity Convert(Quantity raw, Unit target, CheckOptions options, List<Assumption> used, IReadOnlyList<Assumption>? rates = null)
    {
        var candidates = new List<Assumption>(options.Assumptions);
        if (rates is not null)
        {
            candidates.AddRange(rates);
        }

        candidates.Add(options.GasEnergyContent ?? GasEnergyContent.Bp);
        if (options.GasEnergyContent is { } given && !given.Value.Unit.Dimensions.Any(d => d.Key.Commodity == Commodity.NaturalGas))
        {
            // An energy content of another commodity (EIA's 5.8 MMBtu per barrel of crude) is an extra
            // assumption, not a replacement for the gas default: oil meets gas through both.
            candidates.Add(GasEnergyContent.Bp);
        }

        var result = AssumptionBridge.Convert(raw, target, candidates, out var steps);
        foreach (var st in steps)
        {
            if (!used.Contains(st.Assumption))
            {
                used.Add(st.Assumption);
            }
        }

        return result;
    }

    private static Quantity HullOf(List<Quantity> values)
    {
        var unit = values[0].Unit;
        return new Quantity(values.Select(v => v.Interval).Aggregate((a, b) => a.Hull(b)), unit);
    }

    private static Quantity MeanOf(List<Quantity> values)
    {
        var unit = values[0].Unit;
        if (values.Any(v => !v.Interval.IsBounded))
        {
            return HullOf(values);
        }

        // Interval sum and division: the ends are rounded outward, so the result contains every true mean.
        var sum = values.Aggregate(Interval.Point(0m), (a, v) => a + v.Interval);
        return new Quantity(sum / Interval.Point(values.Count), unit);
    }

    private static string RatesSentence(ExchangeRateRule rule, IReadOnlyList<(Period Period, IReadOnlyList<Assumption> Rates)> rates)
    {
        var first = rates.SelectMany(r => r.Rates).FirstOrDefault();
        var list = string.Join(", ", rates.Select(r => $"{r.Period}: {string.Join(" and ", r.Rates.Select(a => $"{Formatting.Readable.Number(a.Value.Interval.Low!.Value)} {a.Value.Unit.ToString("N", CultureInfo.InvariantCulture)}{(a.AsOf is { } d ? " on " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)}"))}"));
        var source = first is null ? string.Empty : $" ({first.Source.Publisher}, {first.Source.Title})";
        return $"Exchange rates (--fx {rule.Source}, date rule {rule.DateName()}): {rule.Describe()}{source}; {list}.";
    }

    private static Quantity ApplySign(Quantity q, CheckOptions options, List<string> notes, Scale scale)
    {
        if (options.Sign != SignConvention.DeficitAgainstBalance)
        {
            return q;
        }

        var negated = -q;
        notes.Add($"Sign: the claim states a deficit as a positive amount, while the reference is a balance (exports minus imports, negative for a deficit); the reference's sign was reversed, so a balance of {Describe(q.Interval, q.Unit, scale)} is read as a deficit of {Describe(negated.Interval, q.Unit, scale)}.");
        return negated;
    }

    private static CheckResult Finish(Claim claim, CheckOptions options, string referenceId, string referenceDescription, IReadOnlyList<Citation> citations, IReadOnlyList<ReferenceValue> values, Quantity reference, List<Assumption> used, HashSet<Assumption> quiet, List<string> notes, string referenceSentence, Unit? convertedTo = null)
    {
        var figure = claim.Figure;
        var c = options.ReadWithImpliedPrecision ? figure.ImpliedPrecisionInterval() : figure.Interval;
        var r = reference.Interval;
        var verdict = c.Contains(r) ? Verdict.Consistent : c.Overlaps(r) ? Verdict.Indeterminate : Verdict.Inconsistent;
        var margin = Margin(verdict, c, r, figure.Unit);
        decimal? gap = Central(figure.Interval) is { } cc && r.Midpoint is { } rc && Numerics.DecimalMath.TryAdd(cc, -rc, out var diff, out _) ? diff : null;

        var scale = figure.Scale;
        var unitText = figure.Unit.ToString("N", CultureInfo.InvariantCulture);
        var s = new StringBuilder();
        var said = claim.FirstAppearance.SaidOn;
        s.Append(CultureInfo.InvariantCulture, $"{claim.Claimant} said \u201C{figure.Text}\u201D ({claim.Subject}, {claim.Period}; claim {claim.Id}; {claim.Citation}{(claim.FirstAppearance.Source.Url is { } u ? ", " + u : string.Empty)}{(said.IsDefault ? string.Empty : ", said " + said)}), ");
        s.Append(options.ReadWithImpliedPrecision && c != figure.Interval
            ? $"read with the implied precision of its printed digits as {Describe(c, figure.Unit, scale)} (exactly as stated: {Describe(figure.Interval, figure.Unit, scale)}). "
            : $"read as stated: {Describe(c, figure.Unit, scale)}. ");
        s.Append(referenceSentence).Append(' ');
        foreach (var a in used.Where(a => !quiet.Contains(a)))
        {
            s.Append(CultureInfo.InvariantCulture, $"Converted to {(convertedTo ?? figure.Unit).ToString("N", CultureInfo.InvariantCulture)} with the assumption \u201C{a.Description}\u201D: {Describe(a.Value.Interval, a.Value.Unit, Scale.None)}{(a.AsOf is { } d ? " on " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)} ({a.Source.Publisher}, {a.Source.Title}{(a.Source.Url is null ? string.Empty : ", " + a.Source.Url)}). ");
        }

        foreach (var n in notes)
        {
            s.Append(n).Append(' ');
        }

        s.Append(CultureInfo.InvariantCulture, $"The reference is {Describe(r, figure.Unit, scale)}. ");
        s.Append(Sentence(verdict, margin, scale, unitText));
        // A comparison claim's figure is a difference (often a bare 0 for "equal" or "higher than"): a gap as a share of the reference says nothing there.
        if (claim.ComparedWith is null && gap is { } g && r.Midpoint is { } mid && mid != 0m && Numerics.DecimalMath.TryDivide(g, mid, out var ratio, out _) && Math.Abs(ratio) < 1e20m)
        {
            var what = figure.Interval.IsBounded ? "stated value" : "bound";
            var stated = Amount(Central(figure.Interval)!.Value, scale);
            var rel = Math.Abs(ratio) * 100m;
            s.Append(g == 0m
                ? $" The claim's {what} ({stated}) equals the reference."
                : $" The claim's {what} ({stated}) is {Amount(Math.Abs(g), scale)} {unitText} {(g > 0 ? "above" : "below")} the reference ({Amount(mid, scale)}), a gap of {Formatting.Readable.Rounded(rel, 2)}% of the reference.");
        }

        return new CheckResult(claim, verdict, referenceId, referenceDescription, citations, values, new Quantity(c, figure.Unit), options.ReadWithImpliedPrecision, reference, margin, gap, used.ToArray(), notes.ToArray(), s.ToString().TrimEnd());
    }

    private static string Sentence(Verdict verdict, CheckMargin? margin, Scale scale, string unitText)
    {
        string M() => margin is null ? string.Empty
            : $"{Amount(Math.Abs(margin.Absolute), scale)} {unitText}{(margin.Relative is { } rel ? $" ({Formatting.Readable.Rounded(Math.Abs(rel) * 100m, 2)}% of the bound {Amount(margin.Bound, scale)})" : $" (from the bound {Amount(margin.Bound, scale)})")}";
        return verdict switch
        {
            Verdict.Consistent => margin is { Absolute: 0m }
                ? $"Verdict: consistent — the reference lies inside the claim's interval, on its closed bound {Amount(margin.Bound, scale)}."
                : $"Verdict: consistent — the reference lies entirely inside the claim's interval, {M()} within its nearest bound.",
            Verdict.Inconsistent => $"Verdict: inconsistent — the reference lies entirely outside the claim's interval, {M()} beyond it.",
            _ => $"Verdict: indeterminate — the reference lies partly inside and partly outside the claim's interval (reaching {M()} beyond it); the data and assumptions cannot decide.",
        };
    }

    private static CheckMargin? Margin(Verdict verdict, Interval c, Interval r, Unit unit)
    {
        // A margin is measured from a bounded reference; an unbounded one (a reported "under $100") has none,
        // and neither has one whose distance to the claim does not fit a decimal.
        if (!r.IsBounded)
        {
            return null;
        }

        try
        {
            return MarginCore(verdict, c, r, unit);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static CheckMargin? MarginCore(Verdict verdict, Interval c, Interval r, Unit unit)
    {
        decimal? abs = null;
        decimal bound = 0m;
        void Take(decimal value, decimal b, bool smallest)
        {
            if (abs is null || (smallest ? value < abs : value > abs))
            {
                abs = value;
                bound = b;
            }
        }

        decimal rl = r.Low!.Value, rh = r.High!.Value;
        switch (verdict)
        {
            case Verdict.Consistent:
                if (c.Low is { } cl)
                {
                    Take(rl - cl, cl, smallest: true);
                }

                if (c.High is { } ch)
                {
                    Take(ch - rh, ch, smallest: true);
                }

                break;
            case Verdict.Inconsistent:
                if (c.Low is { } low && rh <= low)
                {
                    Take(-(low - rh), low, smallest: true);
                }
                else if (c.High is { } high)
                {
                    Take(-(rl - high), high, smallest: true);
                }

                break;
            default:
                if (c.High is { } h && rh >= h)
                {
                    Take(rh - h, h, smallest: false);
                }

                if (c.Low is { } l && rl <= l)
                {
                    Take(l - rl, l, smallest: false);
                }

                abs = -abs;
                break;
        }

        return abs is { } a ? new CheckMargin(a, bound == 0m ? null : a / Math.Abs(bound), bound, unit) : null;
    }

    private static decimal? Central(Interval i) => i.Midpoint ?? i.High ?? i.Low;

    private static string Describe(Interval i, Unit unit, Scale scale)
    {
        var u = unit.ToString("N", CultureInfo.InvariantCulture);
        string A(decimal v) => Amount(v, scale);
        if (i.IsPoint)
        {
            return $"{A(i.Low!.Value)} {u}";
        }

        if (i.IsBounded && A(i.Low!.Value) == A(i.High!.Value))
        {
            var a = A(i.Low.Value);
            return a.StartsWith('≈') ? $"{a} {u}" : $"about {a} {u}";
        }

        return (i.Low, i.High) switch
        {
            (null, { } h) => $"{(i.HighOpen ? "less than" : "at most")} {A(h)} {u}",
            ({ } l, null) => $"{(i.LowOpen ? "more than" : "at least")} {A(l)} {u}",
            ({ } l, { } h) => $"{(i.LowOpen ? "more than " : "from ")}{A(l)} to {(i.HighOpen ? "less than " : string.Empty)}{A(h)} {u}",
            _ => $"any value {u}",
        };
    }

    /// <summary>A number for people: divided by the claim's scale word and rounded to 4 significant digits (the exact values are on the result).</summary>
    private static string Amount(decimal v, Scale scale)
    {
        var m = scale.Multiplier();
        return m == 1m ? Formatting.Readable.Number(v) : $"{Formatting.Readable.Number(v / m)} {scale.ToName()}";
    }
}
