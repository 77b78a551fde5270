namespace EnergyFigures;

/// <summary>How a text bounds the number it prints.</summary>
public enum BoundKind
{
    /// <summary>"$127": exactly the value, <c>[v, v]</c>.</summary>
    Exact,
    /// <summary>"about", "roughly": <c>[v − t, v + t]</c>, with the stated tolerance or the implied precision.</summary>
    Approximately,
    /// <summary>"under", "below", "less than": <c>(−∞, v)</c>.</summary>
    Under,
    /// <summary>"up to", "at most", "within": <c>(−∞, v]</c>.</summary>
    AtMost,
    /// <summary>"over", "more than", "above": <c>(v, +∞)</c>.</summary>
    Over,
    /// <summary>"at least", "no less than": <c>[v, +∞)</c>.</summary>
    AtLeast,
    /// <summary>"from 4% to 6%", "$40-45": <c>[low, high]</c>.</summary>
    Range,
    /// <summary>"5 ± 0.5": <c>[v − t, v + t]</c>.</summary>
    PlusMinus,
}

/// <summary>The scale word printed with a number ("$9 billion").</summary>
public enum Scale
{
    /// <summary>No scale word.</summary>
    None,
    /// <summary>"thousand" (10³).</summary>
    Thousand,
    /// <summary>"million" (10⁶).</summary>
    Million,
    /// <summary>"billion" (10⁹, short scale).</summary>
    Billion,
    /// <summary>"trillion" (10¹², short scale).</summary>
    Trillion,
}

/// <summary>Invariant names and multipliers of <see cref="BoundKind"/> and <see cref="Scale"/>.</summary>
public static class BoundNames
{
    /// <summary>The invariant name used in CSV files (<c>exact</c>, <c>at_most</c>, …).</summary>
    /// <param name="kind">The bound kind.</param>
    /// <returns>The name.</returns>
    public static string ToName(this BoundKind kind) => kind switch
    {
        BoundKind.Exact => "exact",
        BoundKind.Approximately => "approximately",
        BoundKind.Under => "under",
        BoundKind.AtMost => "at_most",
        BoundKind.Over => "over",
        BoundKind.AtLeast => "at_least",
        BoundKind.Range => "range",
        BoundKind.PlusMinus => "plus_minus",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Words for people ("under", "at most", "from … to").</summary>
    /// <param name="kind">The bound kind.</param>
    /// <returns>The phrase.</returns>
    public static string ToPhrase(this BoundKind kind) => kind switch
    {
        BoundKind.Exact => "exactly",
        BoundKind.Approximately => "about",
        BoundKind.Under => "under",
        BoundKind.AtMost => "at most",
        BoundKind.Over => "over",
        BoundKind.AtLeast => "at least",
        BoundKind.Range => "between",
        BoundKind.PlusMinus => "plus or minus",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Parses the invariant name of a bound kind.</summary>
    /// <param name="name">The name, e.g. <c>at_most</c>.</param>
    /// <param name="kind">The kind, when known.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public static bool TryParseBound(string? name, out BoundKind kind)
    {
        switch (name)
        {
            case "exact": kind = BoundKind.Exact; return true;
            case "approximately": kind = BoundKind.Approximately; return true;
            case "under": kind = BoundKind.Under; return true;
            case "at_most": kind = BoundKind.AtMost; return true;
            case "over": kind = BoundKind.Over; return true;
            case "at_least": kind = BoundKind.AtLeast; return true;
            case "range": kind = BoundKind.Range; return true;
            case "plus_minus": kind = BoundKind.PlusMinus; return true;
            default: kind = default; return false;
        }
    }

    /// <summary>The invariant name of a scale word (empty for none).</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The name.</returns>
    public static string ToName(this Scale scale) => scale switch
    {
        Scale.None => string.Empty,
        Scale.Thousand => "thousand",
        Scale.Million => "million",
        Scale.Billion => "billion",
        Scale.Trillion => "trillion",
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };

    /// <summary>Parses a scale word (empty means none).</summary>
    /// <param name="name">The word.</param>
    /// <param name="scale">The scale, when known.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public static bool TryParseScale(string? name, out Scale scale)
    {
        switch (name)
        {
            case null or "": scale = Scale.None; return true;
            case "thousand": scale = Scale.Thousand; return true;
            case "million": scale = Scale.Million; return true;
            case "billion": scale = Scale.Billion; return true;
            case "trillion": scale = Scale.Trillion; return true;
            default: scale = default; return false;
        }
    }

    /// <summary>The multiplier of a scale word (1, 10³, 10⁶, 10⁹, 10¹²).</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The multiplier.</returns>
    public static decimal Multiplier(this Scale scale) => scale switch
    {
        Scale.None => 1m,
        Scale.Thousand => 1_000m,
        Scale.Million => 1_000_000m,
        Scale.Billion => 1_000_000_000m,
        Scale.Trillion => 1_000_000_000_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };
}
