using System.Buffers;
using System.Globalization;
using System.Text;
using EnergyFigures.Errors;
using EnergyFigures.TextHandling;

namespace EnergyFigures.Csv;

public static partial class ClaimsCsv
{
    // The rules one field must follow: numbers, required values, ids, control characters.
    private sealed partial class Reader
    {
        private bool ParseNumber(string[] f, int k, long line, bool required, ref bool ok, out decimal? value)
        {
            value = null;
            var s = f[k];
            if (s.Length == 0)
            {
                if (required)
                {
                    Add(ErrorCodes.MissingValue, line, k, $"The {Columns[k]} is empty; expected a number such as 127 or 1.5 (no scale word, no thousands separators).");
                    ok = false;
                }

                return false;
            }

            if (NumberSyntaxProblem(s) is { } problem)
            {
                Add(ErrorCodes.BadNumber, line, k, $"'{Clip(s)}' is not a number: {problem}; expected digits with an optional leading '-' and '.' between digits as the decimal point, e.g. 127, -3 or 0.5 (no '+', no thousands separators, no exponent, no NaN).");
                ok = false;
                return false;
            }

            if (s.Length > 64 || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
            {
                Add(ErrorCodes.BadNumber, line, k, $"'{Clip(s)}' is not a number; expected digits with an optional '-' and '.' as the decimal point, e.g. 127 or 1.5 (no thousands separators, no exponent, no NaN).");
                ok = false;
                return false;
            }

            if (!Numerics.DecimalMath.KeepsEveryDigit(s, d))
            {
                Add(ErrorCodes.BadNumber, line, k, $"'{Clip(s)}' has more digits than a decimal keeps exactly and would be rounded to {d.ToString(CultureInfo.InvariantCulture)}; expected at most 28 digits after the point and 28 significant digits in all.");
                ok = false;
                return false;
            }

            if (d == 0m && s[0] == '-')
            {
                Add(ErrorCodes.BadNumber, line, k, $"'{Clip(s)}' is a negative zero, which a decimal cannot keep as printed; expected 0.");
                ok = false;
                return false;
            }

            value = d;
            return true;
        }

        /// <summary>
        /// The grammar of numbers in claims files (data/README.md): <c>-?[0-9]+(\.[0-9]+)?</c>. Returns what is wrong
        /// with <paramref name="s"/>, or null when it follows the grammar.
        /// </summary>
        internal static string? NumberSyntaxProblem(string s)
        {
            int i = 0;
            if (s.Length > 0 && s[0] == '+')
            {
                return "it starts with '+' (a positive number is written without a sign)";
            }

            if (s.Length > 0 && s[0] == '-')
            {
                i = 1;
            }

            int intDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                intDigits++;
            }

            if (i == s.Length)
            {
                return intDigits > 0 ? null : "it has no digits";
            }

            if (s[i] != '.')
            {
                return s[i] switch
                {
                    ',' => "it has a ',' (the decimal point is '.', and there are no thousands separators)",
                    'e' or 'E' => "it has an exponent",
                    ' ' or '\u00A0' or '\t' => "it has a space",
                    _ => string.Create(CultureInfo.InvariantCulture, $"character {i + 1} is not a digit"),
                };
            }

            if (intDigits == 0)
            {
                return "it has no digit before the decimal point (write 0.5, not .5)";
            }

            i++;
            int fraction = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                fraction++;
            }

            if (fraction == 0)
            {
                return "it has no digit after the decimal point (write 127 or 127.0, not 127.)";
            }

            return i == s.Length ? null : string.Create(CultureInfo.InvariantCulture, $"character {i + 1} is not a digit");
        }

        private void Require(string[] f, int k, long line, string expected, ref bool ok)
        {
            if (f[k].Length == 0)
            {
                var code = k switch
                {
                    3 => ErrorCodes.MissingClaimant,
                    14 => ErrorCodes.MissingQuote,
                    _ => ErrorCodes.MissingValue,
                };
                Add(code, line, k, $"The {Columns[k]} is empty; expected {expected}.");
                ok = false;
            }
        }

        private static bool IsValidId(string id)
        {
            if (id.Length > 80 || !char.IsAsciiLetterLower(id[0]))
            {
                return false;
            }

            foreach (var c in id)
            {
                if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasControl(string s, bool allowBreaks) =>
            s.AsSpan().IndexOfAny(allowBreaks ? ControlsButBreaks : Controls) >= 0;

        private static string ControlChars(bool allowBreaks)
        {
            var sb = new StringBuilder();
            for (char c = '\0'; c <= '\u009F'; c++)
            {
                if (char.IsControl(c) && !(allowBreaks && c is '\n' or '\r' or '\t'))
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        private static string Clip(string s) => MessageText.Clip(s);
    }
}
