using nietras.SeparatedValues;

namespace EnergyFigures.Benchmarks;

/// <summary>
/// A peer row: Sep (0.18, MIT) reading the same file. <see cref="Tokenise"/> only walks the fields (the floor of
/// any CSV reader); <see cref="Strings"/> turns every field into a string, as a string-per-field reader must.
/// </summary>
internal static class SepPeer
{
    /// <summary>Walks every field of every row; returns a checksum of the field lengths.</summary>
    public static long Tokenise(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        long sum = 0;
        foreach (var row in reader)
        {
            for (int i = 0; i < row.ColCount; i++)
            {
                sum += row[i].Span.Length;
            }
        }

        return sum;
    }

    /// <summary>Every field of every row as a string, kept (rows × columns strings).</summary>
    public static List<string[]> Strings(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            rows.Add(fields);
        }

        return rows;
    }
}
