using EnergyFigures.Claims;

namespace EnergyFigures.Data;

/// <summary>
/// The shipped dataset as a member of the type it fills: <c>ClaimSet.Shipped</c> (with <c>using EnergyFigures.Data;</c>).
/// It lives in the data layer, not on <see cref="ClaimSet"/> itself, because loading it reads the embedded claims
/// file through the CSV reader; the model knows nothing of files (docs/architecture.md).
/// </summary>
public static class ShippedClaims
{
    private static readonly Lazy<ClaimSet> Claims = new(EmbeddedData.LoadClaims, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped claims as a static member of <see cref="ClaimSet"/>.</summary>
    extension(ClaimSet)
    {
        /// <summary>
        /// The claims shipped with the library (the seed article's claims), loaded once, lazily and
        /// thread-safely from the assembly's embedded data; the file system is never touched.
        /// </summary>
        public static ClaimSet Shipped => Claims.Value;
    }
}
