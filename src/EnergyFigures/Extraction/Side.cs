namespace EnergyFigures.Extraction;

/// <summary>One side of a figure as read at a number: the number, its currency or unit, scale and denominator.</summary>
internal sealed class Side
{
    public int Start;
    public int NumStart;
    public int NumEnd;
    public int End;
    public decimal Value;
    public bool HasDecimalPoint;
    public bool IsWord;
    public Scale Scale;
    public string? Currency;
    public string? NumUnit;
    public string? Den;
    public bool DenInferred;
    public bool DenFromBenchmark;
    public bool IsDuration;
    public bool IsExchangeQuote;
}
