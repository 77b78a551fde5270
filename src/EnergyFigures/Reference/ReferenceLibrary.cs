using System.Collections.Frozen;
using System.Collections.Immutable;
using EnergyFigures.Errors;

namespace EnergyFigures.Reference;

/// <summary>
/// A set of reference series, found by id. <see cref="Shipped"/> holds the series shipped with the library
/// (World Bank Pink Sheet, ECB reference rates, FRED TB3MS; see <c>data/SOURCES.md</c> in the package).
/// Immutable and thread-safe.
/// </summary>
public sealed class ReferenceLibrary
{
    private static readonly Lazy<ReferenceLibrary> ShippedLazy = new(ReferenceData.LoadLibrary, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> SourcesLazy = new(ReferenceData.LoadSources, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<ReferenceSeries> _series;
    private readonly FrozenDictionary<string, ReferenceSeries> _byId;

    private ReferenceLibrary(ImmutableArray<ReferenceSeries> series, FrozenDictionary<string, ReferenceSeries> byId)
    {
        _series = series;
        _byId = byId;
    }

    /// <summary>
    /// The series shipped with the library, loaded once, lazily and thread-safely from the assembly's
    /// embedded data (<c>data/reference/series.csv</c> and <c>observations.csv</c>); the file system is never touched.
    /// </summary>
    /// <exception cref="EnergyFiguresException">The embedded data is damaged (<see cref="ErrorCodes.EmbeddedDataDamaged"/>; a build problem).</exception>
    public static ReferenceLibrary Shipped => ShippedLazy.Value;

    /// <summary>
    /// The text of <c>data/SOURCES.md</c> as shipped in the assembly (it is also in the package under
    /// <c>data/SOURCES.md</c>): for every shipped data file its origin, publisher, licence and the required
    /// attribution — World Bank (CC BY 4.0), ECB, FRED/H.15, BP, and each news page of the reported figures.
    /// </summary>
    public static string SourcesMarkdown => SourcesLazy.Value;

    /// <summary>The series, sorted by id.</summary>
    public IReadOnlyList<ReferenceSeries> Series => _series;

    /// <summary>The ids, sorted.</summary>
    public IReadOnlyList<string> Ids => _series.Select(s => s.Id).ToArray();

    /// <summary>Creates a library from series.</summary>
    /// <param name="series">The series, with unique ids.</param>
    /// <returns>The library.</returns>
    /// <exception cref="EnergyFiguresException">Two series share an id (<see cref="ErrorCodes.DuplicateId"/>).</exception>
    public static ReferenceLibrary Create(IEnumerable<ReferenceSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var sorted = series.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray();
        var dict = new Dictionary<string, ReferenceSeries>(StringComparer.Ordinal);
        foreach (var s in sorted)
        {
            ArgumentNullException.ThrowIfNull(s);
            if (!dict.TryAdd(s.Id, s))
            {
                throw new EnergyFiguresException(ErrorCodes.DuplicateId, $"Two series have the id '{s.Id}'; expected unique ids.");
            }
        }

        return new ReferenceLibrary(sorted, dict.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The series with the id (ordinal, case-sensitive: <c>worldbank.NGAS_EUR</c>).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The series.</returns>
    /// <exception cref="EnergyFiguresException">No series has the id (<see cref="ErrorCodes.UnknownSeries"/>); the message lists the known ids.</exception>
    public ReferenceSeries Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_byId.TryGetValue(id, out var s))
        {
            return s;
        }

        var near = SimilarIds.Find(id, _series.Select(x => x.Id));
        var hint = near.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?";
        throw new UnknownIdException(ErrorCodes.UnknownSeries, id, near, $"No reference series has the id '{id}'.{hint} Known ids: {string.Join(", ", Ids)}.");
    }

    /// <summary>Tries to find the series with the id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="series">The series, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReferenceSeries? series)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out series);
    }

    /// <summary>Whether a series has the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string id) => id is not null && _byId.ContainsKey(id);

    /// <summary><c>ReferenceLibrary (9 series)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"ReferenceLibrary ({_series.Length} series)";
}
