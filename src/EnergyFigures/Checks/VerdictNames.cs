namespace EnergyFigures.Checks;

/// <summary>The names of verdicts, as files, the command line, JSON and exports write them: <c>consistent</c>, <c>inconsistent</c>, <c>indeterminate</c>.</summary>
public static class VerdictNames
{
    /// <summary>The verdict's name.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns><c>consistent</c>, <c>inconsistent</c> or <c>indeterminate</c>.</returns>
    public static string ToName(this Verdict verdict) => verdict switch
    {
        Verdict.Consistent => "consistent",
        Verdict.Inconsistent => "inconsistent",
        _ => "indeterminate",
    };
}
