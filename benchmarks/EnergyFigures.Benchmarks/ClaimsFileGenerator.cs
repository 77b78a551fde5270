using System.Globalization;
using System.Text;
using EnergyFigures.Csv;

namespace EnergyFigures.Benchmarks;

/// <summary>
/// Writes deterministic synthetic claims files in the EnergyFigures CSV schema (<see cref="ClaimsCsv.Columns"/>):
/// the same seed and row count always give the same bytes. The mix is meant to look like a newsroom's archive
/// of extracted claims: seven units (USD/1000 m3, percent/year, USD, USD/year, EUR/MWh, USD/bbl, bcm/year), all
/// eight bound kinds with valid ranges and tolerances, scale words, quotes with commas and escaped quotes that
/// contain the figure's text verbatim, claims with one to three appearances, and a few hundred claimants and
/// outlets that repeat. Every row is valid: the reader must accept the whole file.
/// </summary>
public static class ClaimsFileGenerator
{
    /// <summary>The default seed.</summary>
    public const ulong DefaultSeed = 20200206;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] FirstNames =
    [
        "Alexander", "Vladimir", "Ursula", "Angela", "Olaf", "Emmanuel", "Recep", "Volodymyr", "Kassym", "Ilham", "Mohammed", "Joe", "Donald",
        "Alexei", "Dmitry", "Igor", "Maria", "Kadri", "Frans", "Fatih", "Amos", "Gazprom's", "Rosa", "Helen", "Jonathan", "Mike", "Ana", "Pierre",
        "Lars", "Sergei",
    ];

    private static readonly string[] LastNames =
    [
        "Lukashenko", "Putin", "von der Leyen", "Merkel", "Scholz", "Macron", "Erdogan", "Zelensky", "Tokayev", "Aliyev", "Barkindo", "Biden",
        "Trump", "Miller", "Novak", "Sechin", "Zakharova", "Simson", "Timmermans", "Birol", "Hochstein", "O'Brien", "Stern", "Henderson", "Kaplan",
        "Dubois", "Nilsen", "Lavrov", "Peskov", "Medvedev",
    ];

    private static readonly string[] Roles =
    [
        "President of Belarus", "President of Russia", "President of the European Commission", "Chancellor of Germany", "Energy Minister",
        "Chief Executive Officer", "Executive Director, IEA", "Spokesperson, Ministry of Foreign Affairs", "Deputy Prime Minister", "analyst",
        "Head of gas research, \"Oxford Institute\"", "Secretary General, OPEC",
    ];

    private static readonly string[] Outlets =
    [
        "Global Research", "BelTA", "TASS", "Reuters", "Bloomberg", "Financial Times", "The Moscow Times", "Euractiv", "Politico Europe",
        "Deutsche Welle", "RFE/RL", "Interfax", "Kommersant", "Vedomosti", "OilPrice.com", "Argus Media", "ICIS", "S&P Global Platts", "The Guardian",
        "Le Monde", "Der Spiegel", "Anadolu Agency", "Xinhua", "Al Jazeera", "OneWorld", "Meduza", "Energy Intelligence", "Natural Gas World",
        "Upstream", "Rigzone", "Neft i Kapital", "The Economist", "Wall Street Journal", "New York Times", "Washington Post", "BBC News",
        "Euronews", "Nikkei Asia", "Caixin", "Daily Sabah",
    ];

    private static readonly string[] Agencies = ["BelTA", "TASS", "RIA Novosti", "Interfax", "Reuters", "AFP", "AP", "Xinhua", "Anadolu"];

    private static readonly string[] Countries = ["BY", "RU", "UA", "DE", "PL", "LT", "KZ", "AZ", "TR", "US", "CN", "FR", "IT", "NL", "NO", "QA", "GB", "HU", "RS", "AM"];

    private static readonly string[] Reporters = ["the agency reported", "according to a transcript", "a spokesperson confirmed", "state media said", "he told reporters"];

    private static readonly string[] TitleWords =
    [
        "Gas", "Oil", "Transit", "Prices", "Deal", "Talks", "Pipeline", "Supplies", "Europe", "Russia", "Belarus", "Ukraine", "Winter", "Storage",
        "Sanctions", "Market", "Tariff", "Contract", "Discount", "Crisis", "LNG", "Refinery", "Duty", "Budget", "Loan", "Reserves",
    ];

    private enum UnitKind
    {
        GasPrice,
        RatePerYear,
        Money,
        MoneyPerYear,
        PowerPrice,
        OilPrice,
        GasVolume,
    }

    private readonly record struct Publication(string Title, string Author, string Outlet, string Date, string Url, string Original);

    /// <summary>Writes <paramref name="rows"/> data rows (plus the header) to a file.</summary>
    /// <param name="rows">The number of data rows (appearances).</param>
    /// <param name="path">The output path (overwritten).</param>
    /// <param name="seed">The seed.</param>
    public static void WriteFile(int rows, string path, ulong seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(rows, stream, seed);
    }

    /// <summary>Writes <paramref name="rows"/> data rows (plus the header) to a stream, UTF-8 without BOM, LF line ends.</summary>
    /// <param name="rows">The number of data rows (appearances).</param>
    /// <param name="stream">The output (left open).</param>
    /// <param name="seed">The seed.</param>
    public static void Write(int rows, Stream stream, ulong seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        w.Write(string.Join(',', ClaimsCsv.Columns));
        w.Write('\n');
        var rng = new SplitMix64(seed);
        var publications = MakePublications(ref rng, 4000);
        var row = new string[ClaimsCsv.Columns.Count];
        int written = 0;
        long claimNo = 0;
        while (written < rows)
        {
            int appearances = rng.Next(100) switch { < 75 => 1, < 95 => 2, _ => 3 };
            appearances = Math.Min(appearances, rows - written);
            FillClaim(ref rng, row, claimNo++);
            int firstPublication = rng.Next(publications.Length);
            for (int a = 0; a < appearances; a++)
            {
                FillAppearance(ref rng, row, publications[(firstPublication + (a * 37)) % publications.Length]);
                WriteRow(w, row);
                written++;
            }
        }

        w.Flush();
    }

    /// <summary>Generates a file into memory and returns its bytes (for tests and in-process benchmarks).</summary>
    /// <param name="rows">The number of data rows.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] GenerateBytes(int rows, ulong seed = DefaultSeed)
    {
        using var ms = new MemoryStream();
        Write(rows, ms, seed);
        return ms.ToArray();
    }

    private static Publication[] MakePublications(ref SplitMix64 rng, int count)
    {
        var result = new Publication[count];
        for (int i = 0; i < count; i++)
        {
            var outlet = Outlets[rng.Next(Outlets.Length)];
            var title = string.Create(Inv, $"{TitleWords[rng.Next(TitleWords.Length)]} {TitleWords[rng.Next(TitleWords.Length)]}: \u2018{TitleWords[rng.Next(TitleWords.Length)]}, {TitleWords[rng.Next(TitleWords.Length)]}\u2019 ({i})");
            var author = rng.Next(4) == 0 ? string.Empty : $"{FirstNames[rng.Next(FirstNames.Length)]} {LastNames[rng.Next(LastNames.Length)]}";
            var date = new DateOnly(2005, 1, 1).AddDays(rng.Next(7300)).ToString("yyyy-MM-dd", Inv);
            var url = rng.Next(3) == 0 ? string.Empty : string.Create(Inv, $"https://news.example.org/{outlet.Length}/{date}/article-{i}");
            var original = rng.Next(8) == 0 ? Outlets[rng.Next(Outlets.Length)] : string.Empty;
            result[i] = new Publication(title, author, outlet, date, url, original);
        }

        return result;
    }

    private static void FillClaim(ref SplitMix64 rng, string[] row, long claimNo)
    {
        var unit = (UnitKind)PickWeighted(ref rng, [30, 15, 15, 10, 10, 12, 8]);
        var bound = (BoundKind)rng.Next(8);
        var (value, scale) = MakeValue(ref rng, unit);
        decimal? high = null;
        decimal? tolerance = null;
        if (bound == BoundKind.Range)
        {
            high = value + ((1 + rng.Next(40)) * OneUlp(value));
        }
        else if (bound == BoundKind.PlusMinus || (bound == BoundKind.Approximately && rng.Next(3) == 0))
        {
            // About 5% of the value, in the value's digits, never zero.
            tolerance = Math.Max(OneUlp(value), decimal.Round(value / 20m, value.Scale));
        }

        var text = FigureText(unit, bound, value, high, tolerance, scale);
        var slug = unit switch
        {
            UnitKind.GasPrice => "gas-price",
            UnitKind.RatePerYear => "rate",
            UnitKind.Money => "debt",
            UnitKind.MoneyPerYear => "transit-fee",
            UnitKind.PowerPrice => "power-price",
            UnitKind.OilPrice => "oil-price",
            _ => "gas-volume",
        };
        var c1 = Countries[rng.Next(Countries.Length)];
        var c2 = Countries[rng.Next(Countries.Length)];
        int year = 2005 + rng.Next(20);
        row[0] = string.Create(Inv, $"{slug}-{claimNo:D7}");
        row[1] = Subject(unit, c1, c2);
        row[2] = rng.Next(6) switch
        {
            0 or 1 => year.ToString(Inv),
            2 => string.Create(Inv, $"{year}-Q{1 + rng.Next(4)}"),
            3 => string.Create(Inv, $"{year}-{1 + rng.Next(12):D2}"),
            4 => new DateOnly(year, 1, 1).AddDays(rng.Next(365)).ToString("yyyy-MM-dd", Inv),
            _ => string.Create(Inv, $"{year}/{year + 1 + rng.Next(3)}"),
        };
        int claimant = rng.Next(FirstNames.Length * 10);
        row[3] = $"{FirstNames[claimant % FirstNames.Length]} {LastNames[(claimant / 3) % LastNames.Length]}";
        row[4] = rng.Next(5) == 0 ? string.Empty : Roles[claimant % Roles.Length];
        row[5] = text;
        row[6] = bound.ToName();
        row[7] = value.ToString(Inv);
        row[8] = high?.ToString(Inv) ?? string.Empty;
        row[9] = tolerance?.ToString(Inv) ?? string.Empty;
        row[10] = scale.ToName();
        row[11] = unit switch
        {
            UnitKind.GasPrice => "USD/1000 m3",
            UnitKind.RatePerYear => "percent/year",
            UnitKind.Money => "USD",
            UnitKind.MoneyPerYear => "USD/year",
            UnitKind.PowerPrice => "EUR/MWh",
            UnitKind.OilPrice => "USD/bbl",
            _ => "bcm/year",
        };
        row[12] = unit switch
        {
            UnitKind.GasPrice => "gas;price",
            UnitKind.RatePerYear => "finance;interest-rate",
            UnitKind.Money => "debt;finance",
            UnitKind.MoneyPerYear => "gas;transit;fees",
            UnitKind.PowerPrice => "electricity;price;europe",
            UnitKind.OilPrice => "oil;price",
            _ => "gas;volume;pipeline",
        };
        row[13] = c1 == c2 ? c1 : $"{c1};{c2}";
        row[24] = rng.Next(10) == 0
            ? string.Create(Inv, $"Unit read from the sentence before; \"a year\" implied (p. {1 + rng.Next(9)}).")
            : string.Empty;
    }

    private static void FillAppearance(ref SplitMix64 rng, string[] row, Publication p)
    {
        var text = row[5];
        var who = row[3];
        row[14] = rng.Next(5) switch
        {
            0 => $"\"We were offered {text}, not a market price,\" {who} said.",
            1 => $"{who} said: \"{text}\", {Reporters[rng.Next(Reporters.Length)]}.",
            2 => $"As for the numbers, it is {text}, others say \"much less\".",
            3 => $"{who} put it at {text}; \"that's final,\" he said.",
            _ => $"Asked, {who} replied \"{text}, no more, no less\".",
        };
        row[15] = rng.Next(20) == 0 ? "summary" : string.Empty;
        var day = DateOnly.ParseExact(p.Date, "yyyy-MM-dd", Inv);
        row[16] = rng.Next(4) switch
        {
            0 => string.Empty,
            1 => day.ToString("yyyy-MM-dd", Inv),
            _ => string.Create(Inv, $"{day.AddDays(-3):yyyy-MM-dd}/{day:yyyy-MM-dd}"),
        };
        row[17] = rng.Next(5) switch
        {
            0 or 1 => string.Empty,
            2 or 3 => Agencies[rng.Next(Agencies.Length)],
            _ => $"{Agencies[rng.Next(Agencies.Length)]};{Agencies[rng.Next(Agencies.Length)]}",
        };
        row[18] = p.Title;
        row[19] = p.Author;
        row[20] = p.Outlet;
        row[21] = p.Date;
        row[22] = p.Url;
        row[23] = p.Original;
    }

    private static string Subject(UnitKind unit, string c1, string c2) => unit switch
    {
        UnitKind.GasPrice => $"Price of natural gas {c1} proposed {c2} pay, delivered at the border",
        UnitKind.RatePerYear => $"Interest rate {c1} pays on loans from {c2}, per year",
        UnitKind.Money => $"Debt of {c1} to {c2} for gas supplies, as of the period's end",
        UnitKind.MoneyPerYear => $"Transit fees {c1} earns from {c2}'s gas, per year",
        UnitKind.PowerPrice => $"Wholesale electricity price in {c1}, day-ahead, \"baseload\"",
        UnitKind.OilPrice => $"Price of crude oil {c1} sells to {c2}, per barrel",
        _ => $"Volume of gas {c1} ships to {c2} by pipeline, per year",
    };

    private static (decimal Value, Scale Scale) MakeValue(ref SplitMix64 rng, UnitKind unit) => unit switch
    {
        // $50 .. $1,549.9 per 1,000 m3, a quarter with one decimal.
        UnitKind.GasPrice => rng.Next(4) == 0 ? (Dec((50 + rng.Next(1500)) * 10L + rng.Next(10), 1), Scale.None) : (Dec(50 + rng.Next(1500), 0), Scale.None),

        // 0.1% .. 15.0% a year.
        UnitKind.RatePerYear => (Dec(1 + rng.Next(150), 1), Scale.None),

        // $1 .. $900 million or billion, some with one decimal.
        UnitKind.Money => (rng.Next(3) == 0 ? Dec(10 + rng.Next(9000), 1) : Dec(1 + rng.Next(900), 0), rng.Next(3) == 0 ? Scale.Million : Scale.Billion),
        UnitKind.MoneyPerYear => (Dec(1 + rng.Next(999), 0), rng.Next(2) == 0 ? Scale.Million : Scale.Billion),

        // EUR 10.00 .. 309.99 per MWh, two decimals as printed.
        UnitKind.PowerPrice => (Dec(1000 + rng.Next(30000), 2), Scale.None),

        // $20 .. $149.9 a barrel.
        UnitKind.OilPrice => (rng.Next(2) == 0 ? Dec((20 + rng.Next(130)) * 10L + rng.Next(10), 1) : Dec(20 + rng.Next(130), 0), Scale.None),

        // 1 .. 60.9 bcm a year.
        _ => (rng.Next(3) == 0 ? Dec(10 + rng.Next(600), 1) : Dec(1 + rng.Next(60), 0), Scale.None),
    };

    private static decimal Dec(long mantissa, int scale) => new((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)scale);

    private static decimal OneUlp(decimal value) => new(1, 0, 0, false, value.Scale);

    private static string FigureText(UnitKind unit, BoundKind bound, decimal value, decimal? high, decimal? tolerance, Scale scale)
    {
        var number = Number(unit, value, scale);
        var figure = bound switch
        {
            BoundKind.Exact => number,
            BoundKind.Approximately => "about " + number,
            BoundKind.Under => "under " + number,
            BoundKind.AtMost => "up to " + number,
            BoundKind.Over => "over " + number,
            BoundKind.AtLeast => "at least " + number,
            BoundKind.Range => $"from {number} to {Number(unit, high!.Value, scale)}",
            _ => $"{number} \u00b1 {Grouped(tolerance!.Value)}",
        };
        return unit switch
        {
            UnitKind.GasPrice => figure + " per 1,000 cubic meters",
            UnitKind.RatePerYear => figure + " a year",
            UnitKind.MoneyPerYear => figure + " a year",
            UnitKind.PowerPrice => figure + " per MWh",
            UnitKind.OilPrice => figure + " a barrel",
            UnitKind.GasVolume => figure + " bcm a year",
            _ => figure,
        };
    }

    private static string Number(UnitKind unit, decimal value, Scale scale)
    {
        var digits = Grouped(value);
        var word = scale == Scale.None ? string.Empty : " " + scale.ToName();
        return unit switch
        {
            UnitKind.RatePerYear => digits + "%",
            UnitKind.PowerPrice => "\u20ac" + digits,
            UnitKind.GasVolume => digits,
            _ => "$" + digits + word,
        };
    }

    // 1250.5 -> "1,250.5"; trailing zeros kept.
    private static string Grouped(decimal value)
    {
        var s = value.ToString(Inv);
        int dot = s.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? s : s[..dot];
        var fraction = dot < 0 ? string.Empty : s[dot..];
        if (integer.Length <= 3)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 4);
        for (int i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                sb.Append(',');
            }

            sb.Append(integer[i]);
        }

        return sb.Append(fraction).ToString();
    }

    private static int PickWeighted(ref SplitMix64 rng, ReadOnlySpan<int> weights)
    {
        int total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        int r = rng.Next(total);
        for (int i = 0; i < weights.Length; i++)
        {
            if (r < weights[i])
            {
                return i;
            }

            r -= weights[i];
        }

        return weights.Length - 1;
    }

    private static void WriteRow(StreamWriter w, string[] row)
    {
        for (int i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                w.Write(',');
            }

            var f = row[i];
            if (f.AsSpan().IndexOfAny(",\"\n\r") < 0)
            {
                w.Write(f);
                continue;
            }

            w.Write('"');
            int start = 0;
            int q;
            while ((q = f.IndexOf('"', start)) >= 0)
            {
                w.Write(f.AsSpan(start, q - start + 1));
                w.Write('"');
                start = q + 1;
            }

            w.Write(f.AsSpan(start));
            w.Write('"');
        }

        w.Write('\n');
    }

    /// <summary>A small deterministic generator (SplitMix64): the same seed gives the same file on every runtime.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound)
        {
            _state += 0x9E3779B97F4A7C15UL;
            ulong z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)((z >> 33) % (ulong)bound);
        }
    }
}
