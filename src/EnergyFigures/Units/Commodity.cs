namespace EnergyFigures.Units;

/// <summary>
/// What a physical amount is an amount of. A volume or a mass of one commodity never converts to a volume
/// or a mass of another (a barrel of crude oil and 159 litres of natural gas hold very different energy),
/// and a price per unit of one is not a price per unit of another: they convert only through explicit,
/// sourced assumptions (an energy content per volume or per tonne, a density). Energy itself is neutral: a
/// gigajoule is a gigajoule, so prices per unit of energy compare across commodities. See
/// <c>docs/arithmetic.md</c> for the rules that infer a commodity when a text does not state it.
/// </summary>
public enum Commodity
{
    /// <summary>Not stated and not inferred: a tonne of anything, or energy (neutral).</summary>
    Unspecified = 0,
    /// <summary>Natural gas in its gaseous state (pipeline gas): <c>{gas}</c>.</summary>
    NaturalGas,
    /// <summary>Liquefied natural gas, measured as a liquid (a cubic metre of LNG is about 600 of gas): <c>{lng}</c>.</summary>
    Lng,
    /// <summary>Crude oil: <c>{crude}</c>.</summary>
    CrudeOil,
    /// <summary>Refined oil products (diesel, gasoline, fuel oil): <c>{products}</c>.</summary>
    OilProducts,
    /// <summary>Coal: <c>{coal}</c>.</summary>
    Coal,
    /// <summary>Electricity: <c>{electricity}</c>.</summary>
    Electricity,
    /// <summary>Money itself: an amount in a currency with no physical unit (a debt, a payment).</summary>
    Money,
    /// <summary>Trade in goods: an amount of money that is the value of goods traded (a trade balance). Only a claim's topics state it; no unit carries it.</summary>
    GoodsTrade,
}

/// <summary>Names and annotation keys of <see cref="Commodity"/>, culture-invariant.</summary>
public static class Commodities
{
    /// <summary>The key written in a unit annotation, e.g. <c>crude</c> in <c>USD/t{crude}</c>; empty for commodities no unit carries.</summary>
    /// <param name="commodity">The commodity.</param>
    /// <returns>The key.</returns>
    public static string Key(this Commodity commodity) => commodity switch
    {
        Commodity.NaturalGas => "gas",
        Commodity.Lng => "lng",
        Commodity.CrudeOil => "crude",
        Commodity.OilProducts => "products",
        Commodity.Coal => "coal",
        Commodity.Electricity => "electricity",
        _ => string.Empty,
    };

    /// <summary>The name for people, e.g. <c>crude oil</c>.</summary>
    /// <param name="commodity">The commodity.</param>
    /// <returns>The name.</returns>
    public static string ToName(this Commodity commodity) => commodity switch
    {
        Commodity.NaturalGas => "natural gas",
        Commodity.Lng => "LNG",
        Commodity.CrudeOil => "crude oil",
        Commodity.OilProducts => "oil products",
        Commodity.Coal => "coal",
        Commodity.Electricity => "electricity",
        Commodity.Money => "money",
        Commodity.GoodsTrade => "goods trade",
        _ => "an unstated commodity",
    };

    /// <summary>
    /// Reads an annotation key (<c>gas</c>, <c>natural-gas</c>, <c>lng</c>, <c>crude</c>, <c>oil</c>,
    /// <c>products</c>, <c>coal</c>, <c>electricity</c>, <c>power</c>), ordinal and case-insensitive.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="commodity">The commodity, when known.</param>
    /// <returns><see langword="true"/> when the key is known.</returns>
    public static bool TryParse(ReadOnlySpan<char> key, out Commodity commodity)
    {
        commodity = key.Trim().ToString().ToLowerInvariant() switch
        {
            "gas" or "natural-gas" or "natural gas" or "ng" => Commodity.NaturalGas,
            "lng" => Commodity.Lng,
            "crude" or "crude-oil" or "crude oil" or "oil" => Commodity.CrudeOil,
            "products" or "oil-products" or "oil products" => Commodity.OilProducts,
            "coal" => Commodity.Coal,
            "electricity" or "power" => Commodity.Electricity,
            _ => Commodity.Unspecified,
        };
        return commodity != Commodity.Unspecified;
    }

    /// <summary>
    /// The commodity a claim's topics name, when they name exactly one (<c>gas</c>, <c>lng</c>, <c>oil</c>,
    /// <c>crude</c>, <c>coal</c>, <c>electricity</c>); otherwise <see cref="Commodity.Unspecified"/>. With
    /// <see cref="Unit.WithCommodity"/> it qualifies a unit whose volume or mass does not say what it measures
    /// (<c>USD/t</c> on a claim about oil → per tonne of crude oil, marked inferred). The CSV reader does not
    /// apply it: a claim reads back exactly as written.
    /// </summary>
    /// <param name="topics">The topics.</param>
    /// <returns>The commodity, or <see cref="Commodity.Unspecified"/>.</returns>
    public static Commodity FromTopics(IEnumerable<string> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var found = new HashSet<Commodity>();
        foreach (var t in topics)
        {
            if (t is not null && TryParse(t, out var c))
            {
                found.Add(c);
            }
        }

        return found.Count == 1 ? found.First() : Commodity.Unspecified;
    }
}
