using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Csv;

public static partial class ClaimsCsv
{
    // Building claims, figures and appearances from a row's validated fields (cached where values repeat).
    private sealed partial class Reader
    {
        private Claim? ParseClaim(string[] f, long line, out Appearance? appearance)
        {
            var inv = CultureInfo.InvariantCulture;
            bool ok = true;
            Require(f, 1, line, "what is measured, e.g. 'Price Russia proposed for gas delivered to Belarus'", ref ok);
            Require(f, 3, line, "who made the claim", ref ok);
            Require(f, 5, line, "the figure exactly as printed, e.g. '$127 per 1,000 cubic meters'", ref ok);
            if (f[5].Length > 0 && string.IsNullOrWhiteSpace(f[5]))
            {
                Add(ErrorCodes.MissingValue, line, 5, "The text is blank (white space only); expected the figure exactly as printed, e.g. '$127 per 1,000 cubic meters'.");
                ok = false;
            }

            Period period = default;
            if (f[2].Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, 2, "The period is empty; expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END.");
                ok = false;
            }
            else if (!TryParsePeriod(f[2], out period))
            {
                Add(ErrorCodes.BadPeriod, line, 2, $"'{Clip(f[2])}' is not a period; expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END (e.g. 2019/2020).");
                ok = false;
            }

            // The figure's own fields are judged on their own, so that a problem elsewhere in the row (a bad
            // period, a missing claimant) does not hide a problem of the figure until it is fixed: one pass finds all.
            int figureFrom = _diagnostics.Count;
            BoundKind bound = default;
            if (f[6].Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, 6, "The bound is empty; expected exact, approximately, under, at_most, over, at_least, range or plus_minus.");
                ok = false;
            }
            else if (!BoundNames.TryParseBound(f[6], out bound))
            {
                Add(ErrorCodes.BadBound, line, 6, $"'{Clip(f[6])}' is not a bound kind; expected exact, approximately, under, at_most, over, at_least, range or plus_minus.");
                ok = false;
            }

            decimal value = 0;
            bool haveValue = ParseNumber(f, 7, line, required: true, ref ok, out var v);
            if (haveValue)
            {
                value = v!.Value;
            }

            ParseNumber(f, 8, line, required: false, ref ok, out var high);
            ParseNumber(f, 9, line, required: false, ref ok, out var tolerance);

            if (!BoundNames.TryParseScale(f[10], out var scale))
            {
                Add(ErrorCodes.BadScale, line, 10, $"'{Clip(f[10])}' is not a scale word; expected empty, thousand, million, billion or trillion.");
                ok = false;
            }

            Unit? unit = null;
            if (f[11].Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, 11, "The unit is empty; expected a unit such as USD/1000 m3, percent/year or USD.");
                ok = false;
            }
            else if (!_units.TryGetValue(f[11], out unit))
            {
                if (!Unit.TryParse(f[11], out unit, out var unitError))
                {
                    Add(ErrorCodes.BadUnit, line, 11, unitError!.Message);
                    ok = false;
                }
                else if (_units.Count < CacheLimit)
                {
                    _units[f[11]] = unit!;
                }
            }

            bool figureOk = _diagnostics.Count == figureFrom && !string.IsNullOrWhiteSpace(f[5]);
            if (figureOk && haveValue && f[6].Length > 0)
            {
                if (bound == BoundKind.Range && high is null)
                {
                    Add(ErrorCodes.RangeMissingSide, line, 8, "A range needs its high side in value_high; expected e.g. value 4 and value_high 6 for \"from 4% to 6%\".");
                    ok = false;
                    figureOk = false;
                }
                else
                {
                    var problem = Figure.Check(bound, value, high, tolerance, out var code);
                    if (problem is not null)
                    {
                        int col = code is ErrorCodes.BadTolerance ? 9 : code is ErrorCodes.UnexpectedValue && high is not null && bound != BoundKind.Range ? 8 : code is ErrorCodes.UnexpectedValue ? 9 : 8;
                        Add(code, line, col, problem);
                        ok = false;
                        figureOk = false;
                    }
                }
            }

            var topics = List(f[12]);
            var countries = List(f[13]);
            for (int i = 0; i < countries.Count; i++)
            {
                var c = countries[i];
                if (c.Length != 2 || !char.IsAsciiLetterUpper(c[0]) || !char.IsAsciiLetterUpper(c[1]))
                {
                    Add(ErrorCodes.BadCountry, line, 13, $"'{Clip(c)}' is not an ISO 3166-1 alpha-2 country code; expected two upper-case letters such as BY or RU, separated by ';'.");
                    ok = false;
                }
            }

            Figure? figure = null;
            if (figureOk && unit is not null)
            {
                try
                {
                    figure = Figure.Create(f[5], bound, value, unit, scale, high, tolerance);
                }
                catch (EnergyFiguresException e)
                {
                    // Reading reports, it never throws: a figure the checks above let through is still a diagnostic.
                    Add(e.Code, line, e.Code == ErrorCodes.ScaledValueOutOfRange ? 7 : 5, e.Message);
                    ok = false;
                }
            }

            appearance = ParseAppearance(f, line, figure);
            if (!ok || figure is null || appearance is null)
            {
                return null;
            }

            var claimantKey = (f[3], f[4].Length == 0 ? null : f[4]);
            if (!_claimants.TryGetValue(claimantKey, out var claimant))
            {
                claimant = new Claimant(claimantKey.Item1, claimantKey.Item2);
                if (_claimants.Count < CacheLimit)
                {
                    _claimants[claimantKey] = claimant;
                }
            }

            // The other appearances are added when the claim is complete (FlushClaim). The claim validates
            // itself with the codes used here; reading reports, it never throws. A bad id was reported above.
            if (f[0].Length == 0 || !IsValidId(f[0]))
            {
                return null;
            }

            try
            {
                return NewClaim(f, period, claimant, figure, appearance, topics, countries);
            }
            catch (EnergyFiguresException e)
            {
                Add(e.Code, line, 0, e.Message);
                return null;
            }
        }

        private static Claim NewClaim(string[] f, Period period, Claimant claimant, Figure figure, Appearance appearance, EquatableArray<string> topics, EquatableArray<string> countries)
        {
            return new Claim(
                f[0],
                f[1],
                period,
                claimant,
                figure,
                new EquatableArray<Appearance>([appearance]),
                topics,
                countries,
                f[24].Length == 0 ? null : f[24])
            {
                ComparedWith = f[ComparedWithColumn].Length == 0 ? null : f[ComparedWithColumn],
            };
        }

        private Appearance? ParseAppearance(string[] f, long line, Figure? figure)
        {
            bool ok = true;
            if (f[14].Length == 0)
            {
                Add(ErrorCodes.MissingQuote, line, 14, "The quote is empty; expected the passage that contains the figure, verbatim as published.");
                ok = false;
            }
            else if (figure is not null && !f[14].Contains(figure.Text, StringComparison.Ordinal))
            {
                Add(ErrorCodes.QuoteLacksText, line, 14, $"The quote does not contain the figure's text '{Clip(figure.Text)}'; expected the printed text to occur verbatim in the quote.");
                ok = false;
            }

            var kind = QuoteKind.Verbatim;
            if (f[15] is "summary")
            {
                kind = QuoteKind.Summary;
            }
            else if (f[15] is "derived")
            {
                kind = QuoteKind.Derived;
            }
            else if (f[15] is not ("" or "verbatim"))
            {
                Add(ErrorCodes.BadQuoteKind, line, 15, $"'{Clip(f[15])}' is not a quote kind; expected verbatim (or empty), summary or derived.");
                ok = false;
            }

            Period saidOn = Period.Unknown;
            if (f[16].Length > 0 && !TryParsePeriod(f[16], out saidOn))
            {
                Add(ErrorCodes.BadPeriod, line, 16, $"'{Clip(f[16])}' is not a period; expected a day YYYY-MM-DD or START/END.");
                ok = false;
            }

            // A publication seen before was valid then: its title, outlet, date and URL need no second check.
            var key = (f[18], f[19].Length == 0 ? null : f[19], f[20], f[21], f[22].Length == 0 ? null : f[22], f[23].Length == 0 ? null : f[23]);
            if (_publications.TryGetValue(key, out var known))
            {
                return ok ? new Appearance(f[14], kind, saidOn, List(f[17]), known) : null;
            }

            Require(f, 18, line, "the title of the publication the quote is taken from", ref ok);
            Require(f, 20, line, "the outlet of the publication, e.g. Global Research", ref ok);
            PublicationDate date = default;
            if (f[21].Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, 21, "The source date is empty; expected YYYY-MM-DD (or YYYY-MM, YYYY when only that much is known, or unknown).");
                ok = false;
            }
            else if (!PublicationDate.TryParse(f[21], out date))
            {
                Add(ErrorCodes.BadDate, line, 21, $"'{Clip(f[21])}' is not a date; expected YYYY-MM-DD, e.g. 2020-02-06 (or YYYY-MM, YYYY when only that much is known, or unknown).");
                ok = false;
            }

            Uri? url = null;
            if (f[22].Length > 0 && (!Uri.TryCreate(f[22], UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
            {
                Add(ErrorCodes.BadUrl, line, 22, $"'{Clip(f[22])}' is not an absolute http or https URL; expected e.g. https://example.org/page, or leave it empty.");
                ok = false;
            }

            if (!ok)
            {
                return null;
            }

            var publication = new Publication(f[18], key.Item2, f[20], date, url, key.Item6);
            if (_publications.Count < CacheLimit)
            {
                _publications[key] = publication;
            }

            return new Appearance(f[14], kind, saidOn, List(f[17]), publication);
        }


        private static string[] SplitList(string s) =>
            s.Length == 0 ? [] : s.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        // A ';'-separated list, shared between the rows that hold the same text (the array is immutable).
        private EquatableArray<string> List(string s)
        {
            if (s.Length == 0)
            {
                return EmptyList;
            }

            if (!_lists.TryGetValue(s, out var list))
            {
                list = new EquatableArray<string>(SplitList(s));
                if (_lists.Count < CacheLimit)
                {
                    _lists[s] = list;
                }
            }

            return list;
        }

        private bool TryParsePeriod(string s, out Period period)
        {
            if (_periods.TryGetValue(s, out period))
            {
                return true;
            }

            if (!Period.TryParse(s, out period))
            {
                return false;
            }

            if (_periods.Count < CacheLimit)
            {
                _periods[s] = period;
            }

            return true;
        }
    }
}
