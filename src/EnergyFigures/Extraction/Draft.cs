namespace EnergyFigures.Extraction;

/// <summary>A figure being read: its span, bound, value(s), unit parts and the sentence it belongs to.</summary>
internal sealed class Draft
{
    public int Start;
    public int End;
    public BoundKind Bound;
    public string? BoundPhrase;
    public decimal Value;
    public decimal? High;
    public decimal? Tolerance;
    public Scale Scale;
    public string? Currency;
    public string? NumUnit;
    public string? Den;
    public bool Inferred;
    public bool DenFromBenchmark;
    public bool HasDecimalPoint;
    public bool IsDuration;
    public bool IsExchangeQuote;
    public bool IsMultiplier;
    public bool IsAnnualCapacity;
    public bool IsZeroAmount;
    public int Sentence;
    public bool Removed;

    public bool Bare => Currency is null && NumUnit is null && !IsExchangeQuote;

    public string? UnitText => (Currency ?? NumUnit) is { } n ? (Den is null ? n : n + "/" + Den) : null;
}
