using System.Collections;
using EnergyFigures.Errors;

namespace EnergyFigures.Claims;

/// <summary>
/// An immutable, thread-safe set of claims with unique ids, in file order; look up by id, query with LINQ.
/// </summary>
public sealed class ClaimSet : IReadOnlyList<Claim>
{
    private readonly Claim[] _claims;
    // Never changed after construction, so concurrent reads are safe. A plain dictionary, not a frozen one:
    // freezing analyses every key, which cost more than a tenth of loading a 1M-row file.
    private readonly Dictionary<string, Claim> _byId;

    private ClaimSet(Claim[] claims, Dictionary<string, Claim> byId)
    {
        _claims = claims;
        _byId = byId;
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

    /// <inheritdoc />
    public int Count => _claims.Length;

    /// <inheritdoc />
    public Claim this[int index] => _claims[index];

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
        if (_byId.TryGetValue(id, out var claim))
        {
            return claim;
        }

        var near = SimilarIds.Find(id, _claims.Select(c => c.Id));
        var hint = near.Count > 0 ? $" Similar ids: {string.Join(", ", near)}." : string.Empty;
        throw new UnknownIdException(ErrorCodes.UnknownClaim, id, near, $"No claim has the id '{id}'; expected one of the {Count} ids in the set.{hint}");
    }

    /// <summary>Tries to find a claim by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="claim">The claim, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Claim? claim) => _byId.TryGetValue(id, out claim);

    /// <summary>Whether a claim has the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string id) => _byId.ContainsKey(id);

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
        var list = _claims.Where(predicate).ToArray();
        return new ClaimSet(list, list.ToDictionary(c => c.Id, StringComparer.Ordinal));
    }

    /// <summary>This set and the claims of <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="EnergyFiguresException">An id is in both (<see cref="ErrorCodes.DuplicateId"/>).</exception>
    public ClaimSet Concat(ClaimSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Create(_claims.Concat(other._claims));
    }

    /// <inheritdoc />
    public IEnumerator<Claim> GetEnumerator() => ((IEnumerable<Claim>)_claims).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The number of claims.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"ClaimSet ({Count} claims)";
}
