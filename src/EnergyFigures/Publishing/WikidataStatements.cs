using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnergyFigures.Claims;

namespace EnergyFigures.Publishing;

/// <summary>Where a figure's statement goes, and what the editor adds (<see cref="WikidataStatements"/>).</summary>
public sealed record WikidataOptions
{
    /// <summary>The item the statement is about (e.g. <c>Q42</c>); the placeholder <c>ITEM</c> by default, for the editor to replace.</summary>
    public string Item { get; init; } = "ITEM";

    /// <summary>The property (e.g. <c>P2284</c>, price); the placeholder <c>PROPERTY</c> by default, for the editor to choose.</summary>
    public string Property { get; init; } = "PROPERTY";

    /// <summary>The date the editor retrieved (reviewed) the source, for the reference's <c>retrieved</c> (P813); omitted when null, never guessed.</summary>
    public DateOnly? Retrieved { get; init; }

    /// <summary>The language of the title and quote (monolingual text); English by default.</summary>
    public string Language { get; init; } = "en";
}

/// <summary>
/// One figure as a Wikidata-style statement: the quantity (amount, lower and upper bound, unit item), its time
/// qualifiers, and the reference (URL, title, author, publication date, quote, retrieved).
/// </summary>
/// <param name="ClaimId">The claim the statement comes from.</param>
/// <param name="Item">The item (or the placeholder <c>ITEM</c>).</param>
/// <param name="Property">The property (or the placeholder <c>PROPERTY</c>).</param>
/// <param name="Amount">The amount, exact (scale word applied); null when the figure cannot be stated as a Wikidata quantity (see <paramref name="Notes"/>).</param>
/// <param name="LowerBound">The lower bound; null when the figure states none (an exact figure).</param>
/// <param name="UpperBound">The upper bound; null when the figure states none.</param>
/// <param name="Unit">The unit in EnergyFigures syntax.</param>
/// <param name="UnitItem">The unit's Wikidata item (e.g. <c>Q4917</c>); null when none is mapped (then the editor must choose one).</param>
/// <param name="Qualifiers">The qualifiers, property → QuickStatements value (e.g. <c>P585</c> → <c>+2020-00-00T00:00:00Z/9</c>).</param>
/// <param name="References">The reference's parts, property → QuickStatements value (P854, P1476, P2093, P577, P1683, P813).</param>
/// <param name="Notes">What the editor must know or do (a unit without an item, a one-sided bound that Wikidata cannot state).</param>
public sealed record WikidataStatement(
    string ClaimId,
    string Item,
    string Property,
    decimal? Amount,
    decimal? LowerBound,
    decimal? UpperBound,
    string Unit,
    string? UnitItem,
    IReadOnlyList<KeyValuePair<string, string>> Qualifiers,
    IReadOnlyList<KeyValuePair<string, string>> References,
    IReadOnlyList<string> Notes)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => TextHandling.InvariantText.Record(nameof(WikidataStatement), PrintMembers);
}

/// <summary>
/// Wikidata-style statements for figures, as QuickStatements (version 1, tab-separated) text or JSON, so that a data
/// editor can contribute a reviewed figure: the amount with its bounds (a range or ± figure as lower/upper bound), the
/// unit as a Wikidata item where one is mapped (<see cref="UnitItems"/>), the period as <c>point in time</c> (P585) or
/// <c>start time</c>/<c>end time</c> (P580/P582), and the reference: <c>reference URL</c> (P854), <c>title</c> (P1476),
/// <c>author name string</c> (P2093), <c>publication date</c> (P577), <c>quote</c> (P1683) and <c>retrieved</c> (P813, only
/// when the editor gives the date). A one-sided figure ("under $100") has no Wikidata quantity form (bounds are closed
/// and come in pairs): its statement has no amount and says so, rather than stating the bound as the value; so has a
/// comparison claim (its figure bounds a difference between two quantities).
/// </summary>
public static class WikidataStatements
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The units mapped to Wikidata items (EnergyFigures symbol → item), only those whose item was verified: United
    /// States dollar Q4917, euro Q4916, cubic metre Q25517, percent Q11229, tonne Q191118, year Q577. A unit not listed
    /// (a compound such as <c>USD/1000 m3</c>, or megawatt hour, whose item was not verified) gets no item: the
    /// statement says so and the editor chooses.
    /// </summary>
    public static IReadOnlyDictionary<string, string> UnitItems { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["USD"] = "Q4917",
        ["EUR"] = "Q4916",
        ["m3"] = "Q25517",
        ["percent"] = "Q11229",
        ["t"] = "Q191118",
        ["year"] = "Q577",
    };

    /// <summary>The statement of a claim's figure.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="options">The item, property and retrieval date; null for the defaults.</param>
    /// <returns>The statement.</returns>
    public static WikidataStatement For(Claim claim, WikidataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        options ??= new WikidataOptions();
        var f = claim.Figure;
        var i = f.Interval;
        var notes = new List<string>();
        decimal? amount = null, lower = null, upper = null;
        if (claim.ComparedWith is not null)
        {
            notes.Add($"'{f.Text}' compares ({claim.Subject} against {claim.ComparedWith}): the figure bounds a difference, not a quantity of the item, so no amount is given.");
        }
        else if (i.IsPoint)
        {
            amount = i.Low;
        }
        else if (i.IsBounded)
        {
            lower = i.Low;
            upper = i.High;
            amount = f.Bound is BoundKind.PlusMinus or BoundKind.Approximately && f.Tolerance is not null ? ScaledValue(f) : (i.Low!.Value + i.High!.Value) / 2m;
            if (i.LowOpen || i.HighOpen)
            {
                notes.Add($"The interval {i.ToString(null, CultureInfo.InvariantCulture)} excludes an end; Wikidata bounds include both.");
            }
        }
        else
        {
            notes.Add($"'{f.Text}' states a one-sided bound ({f.Bound.ToName()}, {i.ToString(null, CultureInfo.InvariantCulture)}): a Wikidata quantity cannot state it (its bounds are closed and come in pairs), so no amount is given; do not enter the bound as the value.");
        }

        var qualifiers = new List<KeyValuePair<string, string>>();
        if (f.Bound == BoundKind.Approximately && f.Tolerance is null)
        {
            qualifiers.Add(new("P1480", "Q5727902")); // sourcing circumstances: circa
        }

        qualifiers.AddRange(Time(claim.Period));
        var unitItem = UnitItems.GetValueOrDefault(f.Unit.Symbol);
        if (unitItem is null && f.Unit.Symbol != "1")
        {
            notes.Add($"The unit {f.Unit.Symbol} has no mapped Wikidata item: replace UNIT with the item of the unit chosen (or restate the amount in a unit that has one).");
        }

        var a = claim.FirstAppearance;
        var references = new List<KeyValuePair<string, string>>();
        if (a.Source.Url is { } url)
        {
            references.Add(new("S854", Quoted(url.OriginalString)));
        }

        references.Add(new("S1476", $"{options.Language}:{Quoted(a.Source.Title)}"));
        if (a.Source.Author is { } author)
        {
            references.Add(new("S2093", Quoted(author)));
        }

        if (a.Source.Date.IsKnown)
        {
            references.Add(new("S577", Time(a.Source.Date)));
        }

        if (a.QuoteKind == QuoteKind.Verbatim)
        {
            references.Add(new("S1683", $"{options.Language}:{Quoted(a.Quote)}"));
        }

        if (options.Retrieved is { } retrieved)
        {
            references.Add(new("S813", Time(retrieved, 11)));
        }

        return new WikidataStatement(claim.Id, options.Item, options.Property, amount, lower, upper, f.Unit.Symbol, unitItem, qualifiers, references, notes);
    }

    /// <summary>
    /// The statement as one QuickStatements (v1) line: <c>ITEM TAB PROPERTY TAB 127U4917 TAB P585 TAB +2020-00-00T00:00:00Z/9
    /// TAB S854 TAB "…"</c>, the editor's notes as its edit summary (<c>/* … */</c>). A figure without an amount gives no line
    /// (null): see <see cref="WikidataStatement.Notes"/>.
    /// </summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The line, or null.</returns>
    public static string? ToQuickStatements(WikidataStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Amount is not { } amount)
        {
            return null;
        }

        var quantity = new StringBuilder(Number(amount));
        if (statement.LowerBound is { } lo && statement.UpperBound is { } hi)
        {
            quantity.Append('[').Append(Number(lo)).Append(',').Append(Number(hi)).Append(']');
        }

        if (statement.UnitItem is { } unit)
        {
            quantity.Append('U').Append(unit.AsSpan(1));
        }
        else if (statement.Unit != "1")
        {
            quantity.Append("UUNIT");
        }

        var parts = new List<string> { statement.Item, statement.Property, quantity.ToString() };
        foreach (var (p, v) in statement.Qualifiers.Concat(statement.References))
        {
            parts.Add(p);
            parts.Add(v);
        }

        var line = string.Join('\t', parts);
        var summary = string.Join(" ", statement.Notes.Prepend($"EnergyFigures claim {statement.ClaimId}")).Replace("*/", "* /", StringComparison.Ordinal);
        return line + "\t/* " + OneLine(summary) + " */";
    }

    /// <summary>QuickStatements text for claims: one line per figure that has an amount (see <see cref="ToQuickStatements(WikidataStatement)"/>).</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="options">The item, property and retrieval date; null for the defaults.</param>
    /// <returns>The text (LF line ends).</returns>
    public static string ToQuickStatements(IEnumerable<Claim> claims, WikidataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var sb = new StringBuilder();
        foreach (var c in claims)
        {
            if (ToQuickStatements(For(c, options)) is { } line)
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>The statement as JSON: amount and bounds as exact JSON numbers, the unit with its item, qualifiers, reference and notes.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The JSON object.</returns>
    public static JsonObject ToJson(WikidataStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new JsonObject
        {
            ["claim"] = statement.ClaimId,
            ["item"] = statement.Item,
            ["property"] = statement.Property,
            ["amount"] = statement.Amount is { } a ? JsonValue.Create(a) : null,
            ["lowerBound"] = statement.LowerBound is { } l ? JsonValue.Create(l) : null,
            ["upperBound"] = statement.UpperBound is { } u ? JsonValue.Create(u) : null,
            ["unit"] = statement.Unit,
            ["unitItem"] = statement.UnitItem,
            ["qualifiers"] = Pairs(statement.Qualifiers),
            ["references"] = Pairs(statement.References),
            ["notes"] = new JsonArray(statement.Notes.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
            ["quickStatements"] = ToQuickStatements(statement),
        };
    }

    /// <summary>The statements of claims as an indented JSON array (LF line ends).</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="options">The item, property and retrieval date; null for the defaults.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IEnumerable<Claim> claims, WikidataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return new JsonArray(claims.Select(c => (JsonNode)ToJson(For(c, options))).ToArray()).ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonArray Pairs(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new(pairs.Select(p => (JsonNode)new JsonObject { ["property"] = p.Key, ["value"] = p.Value }).ToArray());

    /// <summary>The figure's value with its scale word applied (for ± figures, the centre).</summary>
    private static decimal ScaledValue(Figure f) => f.Interval.IsBounded ? (f.Interval.Low!.Value + f.Interval.High!.Value) / 2m : f.Value;

    /// <summary>A decimal as QuickStatements takes it: invariant and exact, with its scale (as OpenRefine's exporter writes a BigDecimal).</summary>
    private static string Number(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    /// <summary>The period as qualifiers: point in time (P585) for a year, month or day; start and end time (P580, P582) otherwise.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Time(Period p)
    {
        if (p.IsDefault)
        {
            yield break;
        }

        switch (p.Kind)
        {
            case PeriodKind.Year:
                yield return new("P585", Time(p.Start, 9));
                break;
            case PeriodKind.Month:
                yield return new("P585", Time(p.Start, 10));
                break;
            case PeriodKind.Day:
                yield return new("P585", Time(p.Start, 11));
                break;
            default:
                var halves = p.ToString().Split('/');
                var (start, end) = halves.Length == 2 ? (EnergyFigures.Period.Parse(halves[0]), EnergyFigures.Period.Parse(halves[1])) : (p, p);
                yield return new("P580", Time(start.Start, Precision(start)));
                yield return new("P582", Time(end.End, Precision(end)));
                break;
        }
    }

    private static int Precision(Period p) => p.Kind switch
    {
        PeriodKind.Year => 9,
        PeriodKind.Month => 10,
        _ => 11,
    };

    /// <summary>A Wikidata time value: <c>+2020-02-06T00:00:00Z/11</c>; month and year precision zero the finer parts.</summary>
    private static string Time(DateOnly date, int precision) => precision switch
    {
        9 => string.Create(CultureInfo.InvariantCulture, $"+{date.Year:D4}-00-00T00:00:00Z/9"),
        10 => string.Create(CultureInfo.InvariantCulture, $"+{date.Year:D4}-{date.Month:D2}-00T00:00:00Z/10"),
        _ => string.Create(CultureInfo.InvariantCulture, $"+{date.Year:D4}-{date.Month:D2}-{date.Day:D2}T00:00:00Z/11"),
    };

    private static string Time(PublicationDate date) => date.Precision switch
    {
        DatePrecision.Day => Time(date.Date!.Value, 11),
        DatePrecision.Month => Time(new DateOnly(date.Year!.Value, date.Month!.Value, 1), 10),
        _ => Time(new DateOnly(date.Year!.Value, 1, 1), 9),
    };

    /// <summary>A QuickStatements string: in double quotes, which it cannot escape, so a double quote inside becomes a typographic one; line breaks and tabs become spaces.</summary>
    private static string Quoted(string s) => "\"" + OneLine(s).Replace('"', '\u201D') + "\"";

    private static string OneLine(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
