using System.Collections;
using EnergyFigures.Errors;

namespace EnergyFigures.Claims;

/// <summary>
/// An immutable, thread-safe set of claims with unique ids, in file order; look up by id, query with LINQ.
/// </summary>
public sealed class ClaimSet : IReadOnlyList<Claim>
{
    // Either built from claim objects (every entry of _claims set, _byId filled), or backed by columns
    // (_columns set): then a claim object is made from its rows on first access, and kept, so that the same
    // index always gives the same object. Never changed otherwise after construction, so reads are thread-safe.
    private readonly Claim?[] _claims;
    private readonly ClaimColumns? _columns;
    // A plain dictionary, not a frozen one: freezing analyses every key, which cost more than a tenth of
    // loading a 1M-row file.
    private readonly Dictionary<string, Claim>? _byId;
    private ClaimColumns? _builtColumns;

    private ClaimSet(Claim[] claims, Dictionary<string, Claim> byId)
    {
        _claims = claims;
        _byId = byId;
    }

    private ClaimSet(ClaimColumns columns)
    {
        _columns = columns;
        _claims = new Claim?[columns.ClaimCount];
    }

    /// <summary>An empty set.</summary>
    public static ClaimSet Empty { get; } = new([], new Dictionary<string, Claim>(StringComparer.Ordinal));


    /// <summary>Creates a set from claims.</summary>
    /// <param name="claims">The claims, with unique ids.</param>
    /// <returns>The set.</returns>
    /// <exception cref="EnergyFiguresException">Two claims share an id (<see cref="ErrorCodes.DuplicateId"/>).</exception>
    public static ClaimSet Create(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var array = claims.ToArray();
        var dict = new Dictionary<string, Claim>(array.Length, StringComparer.Ordinal);
        foreach (var c in array)
        {
            ArgumentNullException.ThrowIfNull(c);
            if (!dict.TryAdd(c.Id, c))
            {
                throw new EnergyFiguresException(ErrorCodes.DuplicateId, $"Two claims have the id '{c.Id}'; expected unique ids.");
            }
        }

        return new ClaimSet(array, dict);
    }

    /// <summary>A set backed by columns (claims are made from their rows on access).</summary>
    internal static ClaimSet FromColumns(ClaimColumns columns) => columns.ClaimCount == 0 ? Empty : new ClaimSet(columns);

    /// <summary>
    /// The set's columns, one row per appearance (see <see cref="ClaimColumns"/>): typed and dictionary-encoded
    /// values and UTF-8 texts, for bulk work (comparisons, DataFrames, Arrow) without a claim object per row. A
    /// set read from a file is stored this way; for a set made from claim objects they are built on first use.
    /// </summary>
    public ClaimColumns Columns => _columns ?? Volatile.Read(ref _builtColumns) ?? BuildColumns();

    private ClaimColumns BuildColumns()
    {
        var built = ClaimColumns.From(this);
        return Interlocked.CompareExchange(ref _builtColumns, built, null) ?? built;
    }

    /// <inheritdoc />
    public int Count => _claims.Length;

    /// <inheritdoc />
    public Claim this[int index] => _claims[index] ?? Materialise(index);

    private Claim Materialise(int index)
    {
        var claim = _columns!.CreateClaim(index);
        return Interlocked.CompareExchange(ref _claims[index], claim, null) ?? claim;
    }

    /// <summary>The claim with the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="EnergyFiguresException">No claim has the id (<see cref="ErrorCodes.UnknownClaim"/>).</exception>
    public Claim this[string id] => Get(id);

    /// <summary>The claim with the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="EnergyFiguresException">No claim has the id (<see cref="ErrorCodes.UnknownClaim"/>).</exception>
    public Claim Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (TryGet(id, out var claim))
        {
            return claim;
        }

        var near = SimilarIds.Find(id, Ids());
        var hint = near.Count > 0 ? $" Similar ids: {string.Join(", ", near)}." : string.Empty;
        throw new UnknownIdException(ErrorCodes.UnknownClaim, id, near, $"No claim has the id '{id}'; expected one of the {Count} ids in the set.{hint}");
    }

    /// <summary>Tries to find a claim by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="claim">The claim, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Claim? claim)
    {
        if (_byId is not null)
        {
            return _byId.TryGetValue(id, out claim);
        }

        int index = _columns!.IndexOf(id);
        claim = index >= 0 ? this[index] : null;
        return claim is not null;
    }

    /// <summary>Whether a claim has the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string id) => _byId?.ContainsKey(id) ?? _columns!.IndexOf(id) >= 0;

    private IEnumerable<string> Ids()
    {
        if (_columns is null)
        {
            return _claims.Select(c => c!.Id);
        }

        var starts = _columns.ClaimStarts;
        var ids = _columns.Id;
        return Enumerable.Range(0, Count).Select(i => ids.GetString(starts.Span[i])!);
    }

    /// <summary>The claims whose topics include <paramref name="topic"/>.</summary>
    /// <param name="topic">A topic word.</param>
    /// <returns>A new set.</returns>
    public ClaimSet WithTopic(string topic) => Where(c => c.Topics.Contains(topic, StringComparer.OrdinalIgnoreCase));

    /// <summary>The claims about the country (ISO 3166-1 alpha-2).</summary>
    /// <param name="country">The code.</param>
    /// <returns>A new set.</returns>
    public ClaimSet AboutCountry(string country) => Where(c => c.Countries.Contains(country, StringComparer.OrdinalIgnoreCase));

    /// <summary>The claims made by the claimant (name, case-insensitive).</summary>
    /// <param name="name">The claimant's name.</param>
    /// <returns>A new set.</returns>
    public ClaimSet ByClaimant(string name) => Where(c => string.Equals(c.Claimant.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The claims matching a predicate, as a set.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>A new set.</returns>
    public ClaimSet Where(Func<Claim, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var list = Enumerable.Where(this, predicate).ToArray();
        return new ClaimSet(list, list.ToDictionary(c => c.Id, StringComparer.Ordinal));
    }

    /// <summary>This set and the claims of <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="EnergyFiguresException">An id is in both (<see cref="ErrorCodes.DuplicateId"/>).</exception>
    public ClaimSet Concat(ClaimSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Create(this.Concat<Claim>(other));
    }

    /// <inheritdoc />
    public IEnumerator<Claim> GetEnumerator()
    {
        for (int i = 0; i < _claims.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The number of claims.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"ClaimSet ({Count} claims)";
}
