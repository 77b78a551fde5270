using System.Diagnostics.CodeAnalysis;

namespace EnergyFigures.Checks;

/// <summary>What a declared check holds a claim against.</summary>
public enum CheckTargetKind
{
    /// <summary>A shipped reference series (<c>series:worldbank.NGAS_EUR</c>).</summary>
    Series,

    /// <summary>A shipped reported figure (<c>reported:ref-gas-price-belarus-2020</c>).</summary>
    ReportedFigure,

    /// <summary>Another claim of the same claims file (<c>claim:ID</c>), read as a figure reported by others.</summary>
    Claim,
}

/// <summary>
/// The reference of a declared check: a kind and an id, written <c>series:ID</c>, <c>reported:ID</c> or
/// <c>claim:ID</c>; for a comparison claim, a figure for each side, written <c>LEFT vs RIGHT</c> (e.g.
/// <c>reported:ref-gas-price-belarus-2020 vs series:worldbank.NGAS_EUR</c>), the left side in
/// <see cref="Kind"/>/<see cref="Id"/> and the right side in <see cref="ComparedWith"/>.
/// </summary>
/// <param name="Kind">What the id names (the left side's, for a comparison).</param>
/// <param name="Id">The series id, reported figure id or claim id (the left side's, for a comparison).</param>
public sealed record CheckTarget(CheckTargetKind Kind, string Id)
{
    /// <summary>For a comparison claim's check, the figure for the quantity its subject is compared with; null otherwise.</summary>
    public CheckTarget? ComparedWith { get; init; }

    /// <summary>The id shown for the check: <c>ID</c>, or <c>LEFT − RIGHT</c> for a comparison.</summary>
    public string DisplayId => ComparedWith is null ? Id : Id + " − " + ComparedWith.Id;

    /// <summary>Reads <c>series:ID</c>, <c>reported:ID</c>, <c>claim:ID</c>, or two of them joined by <c> vs </c> (a comparison).</summary>
    /// <param name="text">The text.</param>
    /// <param name="target">The target, when the text has one of the forms.</param>
    /// <returns>Whether it has.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CheckTarget? target)
    {
        target = null;
        var t = text?.Trim() ?? string.Empty;
        int vs = t.IndexOf(" vs ", StringComparison.Ordinal);
        if (vs >= 0)
        {
            if (!TryParse(t[..vs], out var left) || left.ComparedWith is not null || !TryParse(t[(vs + 4)..], out var right) || right.ComparedWith is not null)
            {
                return false;
            }

            target = left with { ComparedWith = right };
            return true;
        }

        int colon = t.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == t.Length - 1)
        {
            return false;
        }

        var id = t[(colon + 1)..].Trim();
        CheckTargetKind? kind = t[..colon].Trim() switch
        {
            "series" => CheckTargetKind.Series,
            "reported" => CheckTargetKind.ReportedFigure,
            "claim" => CheckTargetKind.Claim,
            _ => null,
        };
        if (kind is null || id.Length == 0 || id.Any(char.IsWhiteSpace))
        {
            return false;
        }

        target = new CheckTarget(kind.Value, id);
        return true;
    }

    /// <summary><c>series:worldbank.NGAS_EUR</c>, <c>reported:ID</c>, <c>claim:ID</c>, or <c>LEFT vs RIGHT</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        CheckTargetKind.Series => "series:",
        CheckTargetKind.ReportedFigure => "reported:",
        _ => "claim:",
    } + Id + (ComparedWith is null ? string.Empty : " vs " + ComparedWith);
}

/// <summary>
/// One row of a checks file: a claim, what to hold it against, the role of the check, the options (reference
/// period, reading, exchange-rate rule, energy content, density, sign convention, aggregation), and a note for
/// people. A declaration is data; <see cref="ArticleChecks.Run"/> runs it.
/// </summary>
/// <param name="ClaimId">The claim checked.</param>
/// <param name="Target">What it is held against; null for <see cref="CheckRole.Uncheckable"/>.</param>
/// <param name="Role">What the check is for.</param>
/// <param name="Options">The options; null for <see cref="CheckRole.Uncheckable"/>.</param>
/// <param name="Note">How to read the check, or why the claim cannot be checked.</param>
public sealed record CheckDeclaration(string ClaimId, CheckTarget? Target, CheckRole Role, CheckOptions? Options, string Note)
{
    /// <summary>Where it was declared: the file name; null when built in code.</summary>
    public string? File { get; init; }

    /// <summary>The 1-based line of the file where it was declared; 0 when built in code.</summary>
    public long Line { get; init; }
}
