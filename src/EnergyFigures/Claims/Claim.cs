using System.Text;
using EnergyFigures.Errors;
using EnergyFigures.TextHandling;

namespace EnergyFigures.Claims;

/// <summary>Who made a claim.</summary>
/// <param name="Name">The claimant's name, e.g. <c>Alexander Lukashenko</c>.</param>
/// <param name="Role">The role at the time, e.g. <c>President of Belarus</c>; null when not recorded.</param>
public sealed record Claimant(string Name, string? Role = null)
{
    /// <summary>The name, and the role in parentheses when known.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Role is null ? Name : $"{Name} ({Role})";
}

/// <summary>Whether a quote is verbatim or a compiler's summary.</summary>
public enum QuoteKind
{
    /// <summary>Verbatim, as published.</summary>
    Verbatim,
    /// <summary>A compiler's summary of a page (used for figures reported in news pages).</summary>
    Summary,

    /// <summary>
    /// Not printed by any source: a figure derived by the dataset's editors from figures the named
    /// publication printed; the quote states the computation and its inputs.
    /// </summary>
    Derived,
}

/// <summary>A publication a claim appeared in.</summary>
/// <param name="Title">Its title.</param>
/// <param name="Author">Its author; null when not known.</param>
/// <param name="Outlet">Its outlet, e.g. <c>Global Research</c>.</param>
/// <param name="Date">Its date, as precisely as it is known (<see cref="PublicationDate.Unknown"/> when it could not be found).</param>
/// <param name="Url">Its absolute URL; null when not known.</param>
/// <param name="OriginallyPublishedIn">The outlet that first published it, for a re-publication; null otherwise.</param>
public sealed record Publication(string Title, string? Author, string Outlet, PublicationDate Date, Uri? Url = null, string? OriginallyPublishedIn = null)
{
    /// <summary>The title, unless it only repeats the outlet's name (then null), so that citations do not name the outlet twice.</summary>
    public string? DistinctTitle => string.Equals(Title.Trim(), Outlet.Trim(), StringComparison.OrdinalIgnoreCase) ? null : Title;

    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(Publication), PrintMembers);
}

/// <summary>One appearance of a claim: the quote, where it was published, and through whom it was relayed.</summary>
/// <param name="Quote">The passage containing the figure.</param>
/// <param name="QuoteKind">Verbatim or summary.</param>
/// <param name="SaidOn">When the claimant said it (a day, or the days it may have been); default when unknown.</param>
/// <param name="ReportedBy">Who relayed it between the claimant and the publication, in order (e.g. BelTA).</param>
/// <param name="Source">The publication.</param>
public sealed record Appearance(string Quote, QuoteKind QuoteKind, Period SaidOn, EquatableArray<string> ReportedBy, Publication Source)
{
    /// <summary>The record's members, printed with the invariant culture whatever the current one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => InvariantText.Record(nameof(Appearance), PrintMembers);

    /// <summary>
    /// The chain from the claimant to the original outlet, e.g.
    /// <c>Alexander Lukashenko → BelTA → Andrew Korybko, Global Research (2020-02-06) → originally OneWorld</c>.
    /// </summary>
    /// <param name="claimant">The claimant who starts the chain.</param>
    /// <returns>The chain as text.</returns>
    public string DescribeChain(Claimant claimant)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        var sb = new StringBuilder(claimant.Name);
        foreach (var r in ReportedBy)
        {
            sb.Append(" → ").Append(r);
        }

        // An author stating a claim in their own article is not a relay to themselves.
        bool ownWords = ReportedBy.Count == 0 && string.Equals(Source.Author, claimant.Name, StringComparison.Ordinal);
        sb.Append(ownWords ? ", " : " → ");
        if (Source.Author is not null && !ownWords)
        {
            sb.Append(Source.Author).Append(", ");
        }

        sb.Append(Source.Outlet).Append(" (").Append(Source.Date.ToString()).Append(')');
        if (Source.OriginallyPublishedIn is not null)
        {
            sb.Append(" → originally ").Append(Source.OriginallyPublishedIn);
        }

        return sb.ToString();
    }
}

/// <summary>
/// A quantitative claim: a figure about a subject, for a period, made by a claimant, with one or more
/// appearances. A claim, never a fact. Immutable; compares by value. Validated on construction (and by
/// <c>with</c>) with the codes the CSV reader gives the same mistakes: an id that is not lower-case letters,
/// digits and '-' (<see cref="ErrorCodes.BadId"/>), an empty subject or unknown period
/// (<see cref="ErrorCodes.MissingValue"/>), no claimant (<see cref="ErrorCodes.MissingClaimant"/>), no
/// appearance or an empty quote (<see cref="ErrorCodes.MissingQuote"/>), a country that is not ISO 3166-1
/// alpha-2 (<see cref="ErrorCodes.BadCountry"/>).
/// </summary>
/// <param name="Id">Stable id (lower-case letters, digits, '-').</param>
/// <param name="Subject">What is measured, and between whom.</param>
/// <param name="Period">The time the value refers to.</param>
/// <param name="Claimant">Who made the claim.</param>
/// <param name="Figure">The figure as stated.</param>
/// <param name="Appearances">Where it appeared (at least one).</param>
/// <param name="Topics">Topic words.</param>
/// <param name="Countries">ISO 3166-1 alpha-2 codes of the countries it is about.</param>
/// <param name="Notes">Editors' notes; null when none.</param>
public sealed record Claim(
    string Id,
    string Subject,
    Period Period,
    Claimant Claimant,
    Figure Figure,
    EquatableArray<Appearance> Appearances,
    EquatableArray<string> Topics,
    EquatableArray<string> Countries,
    string? Notes = null)
{
    private readonly string _id = ValidId(Id);
    private readonly string _subject = Required(Subject, "subject", "what is measured, e.g. 'Price Russia proposed for gas delivered to Belarus'");
    private readonly Period _period = Known(Period);
    private readonly Claimant _claimant = ValidClaimant(Claimant);
    private readonly Figure _figure = Figure ?? throw new EnergyFiguresException(ErrorCodes.MissingValue, "The claim has no figure; expected the figure as stated (Figure.Create).");
    private readonly EquatableArray<Appearance> _appearances = ValidAppearances(Appearances);
    private readonly EquatableArray<string> _countries = ValidCountries(Countries);

    /// <summary>Stable id (lower-case letters, digits, '-').</summary>
    public string Id { get => _id; init => _id = ValidId(value); }

    /// <summary>What is measured, and between whom.</summary>
    public string Subject { get => _subject; init => _subject = Required(value, "subject", "what is measured"); }

    /// <summary>The time the value refers to (never <see cref="Period.Unknown"/>).</summary>
    public Period Period { get => _period; init => _period = Known(value); }

    /// <summary>Who made the claim.</summary>
    public Claimant Claimant { get => _claimant; init => _claimant = ValidClaimant(value); }

    /// <summary>The figure as stated.</summary>
    public Figure Figure { get => _figure; init => _figure = value ?? throw new EnergyFiguresException(ErrorCodes.MissingValue, "The claim has no figure; expected the figure as stated (Figure.Create)."); }

    /// <summary>Where it appeared (at least one).</summary>
    public EquatableArray<Appearance> Appearances { get => _appearances; init => _appearances = ValidAppearances(value); }

    /// <summary>ISO 3166-1 alpha-2 codes of the countries it is about.</summary>
    public EquatableArray<string> Countries { get => _countries; init => _countries = ValidCountries(value); }

    /// <summary>The first appearance.</summary>
    public Appearance FirstAppearance => Appearances[0];

    /// <summary>
    /// A short citation for people: <c>Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06</c>. The
    /// outlet is not repeated when it is also the claimant (<c>Natural Gas World, 2020</c>); an unknown date is
    /// printed as <c>date unknown</c>; a derived figure is cited as <c>derived by the dataset's editors from
    /// figures in Rzeczpospolita (rp.pl), 2021</c>.
    /// </summary>
    public string Citation
    {
        get
        {
            var a = FirstAppearance;
            var date = a.Source.Date.IsKnown ? a.Source.Date.ToString() : "date unknown";
            if (a.QuoteKind == QuoteKind.Derived)
            {
                var via = a.ReportedBy.Count > 0 ? " (" + string.Join(", via ", a.ReportedBy) + ")" : string.Empty;
                return $"derived by the dataset's editors from figures in {a.Source.Outlet}{via}, {date}";
            }

            var relays = a.ReportedBy.Count > 0 ? ", via " + string.Join(" and ", a.ReportedBy) : string.Empty;
            return string.Equals(Claimant.Name.Trim(), a.Source.Outlet.Trim(), StringComparison.OrdinalIgnoreCase)
                ? $"{a.Source.Outlet}{relays}, {date}"
                : $"{Claimant.Name}{relays}, in {a.Source.Outlet}, {date}";
        }
    }

    /// <summary>
    /// For a comparison claim, the quantity the subject is compared with (e.g. <c>the price the West pays for
    /// Russian gas</c>); null for a claim about a level. A comparison claim's figure states the difference
    /// subject − compared quantity (relative, in percent, when its unit is <c>percent</c>): "equal to" is an
    /// exact 0, "higher than" is over 0, "lower than" under 0. See <see cref="Claims.Comparison"/>.
    /// </summary>
    public string? ComparedWith { get; init; }

    /// <summary>The comparison this claim states, or null when it is about a level (<see cref="ComparedWith"/> is null).</summary>
    public Comparison? Comparison => ComparedWith is null ? null : Claims.Comparison.Of(this);

    /// <summary>The id, the figure as printed, and the claimant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Figure.Text} — {Subject} ({Claimant.Name})";

    /// <summary>Whether an id is valid: lower-case letters, digits and '-', starting with a letter, at most 80 characters (as the CSV reader requires).</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 80 || !char.IsAsciiLetterLower(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static string ValidId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new EnergyFiguresException(ErrorCodes.MissingValue, "The id is empty; expected a stable id such as gas-price-offered-2020.");
        }

        return IsValidId(id)
            ? id
            : throw new EnergyFiguresException(ErrorCodes.BadId, $"The id '{(id.Length > 80 ? id[..80] + "…" : id)}' is not valid; expected lower-case letters, digits and '-', starting with a letter, at most 80 characters.");
    }

    private static string Required(string? text, string what, string expected) =>
        string.IsNullOrEmpty(text)
            ? throw new EnergyFiguresException(ErrorCodes.MissingValue, $"The {what} is empty; expected {expected}.")
            : text;

    private static Period Known(Period period) =>
        period.IsUnknown
            ? throw new EnergyFiguresException(ErrorCodes.MissingValue, "The period is unknown; expected the time the value refers to: YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END.")
            : period;

    private static Claimant ValidClaimant(Claimant? claimant) =>
        claimant is null || string.IsNullOrEmpty(claimant.Name)
            ? throw new EnergyFiguresException(ErrorCodes.MissingClaimant, "The claimant is empty; expected who made the claim.")
            : claimant;

    private static EquatableArray<Appearance> ValidAppearances(EquatableArray<Appearance> appearances)
    {
        if (appearances.Count == 0)
        {
            throw new EnergyFiguresException(ErrorCodes.MissingQuote, "The claim has no appearance; expected at least one quote with its publication.");
        }

        foreach (var a in appearances)
        {
            if (a is null || string.IsNullOrEmpty(a.Quote))
            {
                throw new EnergyFiguresException(ErrorCodes.MissingQuote, "An appearance has no quote; expected the passage containing the figure.");
            }
        }

        return appearances;
    }

    private static EquatableArray<string> ValidCountries(EquatableArray<string> countries)
    {
        foreach (var c in countries)
        {
            if (c is null || c.Length != 2 || !char.IsAsciiLetterUpper(c[0]) || !char.IsAsciiLetterUpper(c[1]))
            {
                throw new EnergyFiguresException(ErrorCodes.BadCountry, $"'{c}' is not an ISO 3166-1 alpha-2 country code; expected two upper-case letters such as BY or RU.");
            }
        }

        return countries;
    }
}
