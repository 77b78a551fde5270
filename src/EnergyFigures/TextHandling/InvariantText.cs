using System.Globalization;
using System.Text;

namespace EnergyFigures.TextHandling;

/// <summary>Culture-invariant text of records (their compiler-generated member list).</summary>
internal static class InvariantText
{
    /// <summary>
    /// The text a record's compiler-generated <c>ToString()</c> gives (<c>Name { A = 1, B = x }</c>), with every
    /// member printed under the invariant culture, whatever the current one.
    /// </summary>
    /// <param name="name">The record's name.</param>
    /// <param name="printMembers">The record's compiler-generated <c>PrintMembers</c>.</param>
    /// <returns>The text.</returns>
    public static string Record(string name, Func<StringBuilder, bool> printMembers)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var sb = new StringBuilder(name).Append(" { ");
            if (printMembers(sb))
            {
                sb.Append(' ');
            }

            return sb.Append('}').ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
