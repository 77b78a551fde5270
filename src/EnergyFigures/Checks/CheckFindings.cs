namespace EnergyFigures.Checks;

/// <summary>
/// Words for a check's verdict that respect what the check is for: only a verification (and its sensitivity
/// variants) can refute a claim; a context check that disagrees "differs", a proxy or single instance that
/// disagrees says which it is.
/// </summary>
public static class CheckFindings
{
    /// <summary>
    /// The finding for people: <c>consistent</c>, <c>inconsistent</c>, <c>indeterminate</c> for a verification or
    /// sensitivity; <c>agrees</c>, <c>differs</c>, <c>undecided</c> with the role's caveat for a context, proxy or
    /// single-instance check.
    /// </summary>
    /// <param name="role">The check's role.</param>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The text.</returns>
    public static string Describe(CheckRole role, Verdict verdict)
    {
        var word = verdict switch
        {
            Verdict.Consistent => "consistent",
            Verdict.Inconsistent => "inconsistent",
            _ => "indeterminate",
        };
        var soft = verdict switch
        {
            Verdict.Consistent => "agrees",
            Verdict.Inconsistent => "differs",
            _ => "undecided",
        };
        return role switch
        {
            CheckRole.Verification or CheckRole.Sensitivity => word,
            CheckRole.Context => $"{soft} — context, not a verdict on the claim",
            CheckRole.Proxy => $"{soft} — proxy, not a verification",
            CheckRole.SingleInstance => $"{soft} — one instance, not a verification",
            _ => "uncheckable",
        };
    }

    /// <summary>The role's name as printed and in JSON: <c>verification</c>, <c>sensitivity</c>, <c>context</c>, <c>proxy</c>, <c>single-instance</c>, <c>uncheckable</c>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The name.</returns>
    public static string Name(CheckRole role) => role switch
    {
        CheckRole.Verification => "verification",
        CheckRole.Sensitivity => "sensitivity",
        CheckRole.Context => "context",
        CheckRole.Proxy => "proxy",
        CheckRole.SingleInstance => "single-instance",
        _ => "uncheckable",
    };
}
