namespace EnergyFigures;

/// <summary>
/// Ids similar to one that was not found, for "did you mean" hints: by Damerau–Levenshtein distance (optimal
/// string alignment: insertions, deletions, substitutions and swaps of two neighbours each count 1), ignoring
/// case, within a third of the id's length (at least 2); ids that contain the one asked for (or are contained
/// in it) count too. Closest first, then alphabetical.
/// </summary>
public static class SimilarIds
{
    /// <summary>Up to <paramref name="max"/> ids from <paramref name="candidates"/> similar to <paramref name="id"/>.</summary>
    /// <param name="id">The id that was not found.</param>
    /// <param name="candidates">The known ids.</param>
    /// <param name="max">The most to return.</param>
    /// <returns>The similar ids, closest first.</returns>
    public static IReadOnlyList<string> Find(string id, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = id.ToUpperInvariant();
        var limit = Math.Max(2, wanted.Length / 3);
        return candidates
            .Select(c => (Id: c, Distance: Score(wanted, c.ToUpperInvariant(), limit)))
            .Where(x => x.Distance is not null)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Id)
            .ToList();
    }

    private static int? Score(string a, string b, int limit)
    {
        if (a.Length > 0 && (b.Contains(a, StringComparison.Ordinal) || a.Contains(b, StringComparison.Ordinal)) && b.Length > 0)
        {
            return Math.Min(limit, Math.Abs(a.Length - b.Length));
        }

        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return null;
        }

        var d = Distance(a, b);
        return d <= limit ? d : null;
    }

    /// <summary>The optimal-string-alignment Damerau–Levenshtein distance.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }

                d[i, j] = v;
            }
        }

        return d[a.Length, b.Length];
    }
}
