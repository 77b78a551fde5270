using System.Text;
using EnergyFigures.Csv;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.TextHandling;

namespace EnergyFigures.Claims;

/// <summary>
/// The columns of a claim set, one row per appearance in file order (the rows of one claim are consecutive;
/// <see cref="ClaimStarts"/> says where each claim begins). Numbers are typed arrays; values that repeat
/// (periods, claimants, units, lists, publications) are dictionary-encoded; texts are UTF-8 slices
/// (<see cref="Utf8Column"/>). The claim columns (id … countries, notes, compared_with) hold the claim's
/// values on every one of its rows. Read-only and thread-safe; what <see cref="ClaimSet.Columns"/> returns.
/// </summary>
public sealed class ClaimColumns
{
    private readonly int[] _claimStarts;
    private readonly TextHandling.Utf8KeyTable _ids;

    internal ClaimColumns(Builder b)
    {
        RowCount = b.Subject.Count;
        ClaimCount = b.ClaimCount;
        _claimStarts = b.ClaimStartsArray();
        _ids = b.Ids;
        Id = b.Id.Build(emptyIsNull: false);
        Subject = b.Subject.Build(emptyIsNull: false);
        Period = b.Period.Build();
        Claimant = b.Claimant.Build();
        Text = b.Text.Build(emptyIsNull: false);
        Bound = b.Bound.Build();
        Value = b.Value.Build();
        ValueHigh = b.ValueHigh.Build();
        Tolerance = b.Tolerance.Build();
        Scale = b.Scale.Build();
        Unit = b.Unit.Build();
        Topics = b.Topics.Build();
        Countries = b.Countries.Build();
        Quote = b.Quote.Build(emptyIsNull: false);
        QuoteKind = b.QuoteKind.Build();
        SaidOn = b.SaidOn.Build();
        ReportedBy = b.ReportedBy.Build();
        Source = b.Source.Build();
        Notes = b.Notes.Build(emptyIsNull: true);
        ComparedWith = b.ComparedWith.Build(emptyIsNull: true);
    }

    /// <summary>The number of rows (appearances).</summary>
    public int RowCount { get; }

    /// <summary>The number of claims.</summary>
    public int ClaimCount { get; }

    /// <summary>The first row of each claim, then <see cref="RowCount"/>: claim <c>k</c> has rows <c>ClaimStarts[k]</c> to <c>ClaimStarts[k + 1] - 1</c>.</summary>
    public ReadOnlyMemory<int> ClaimStarts => _claimStarts.AsMemory(0, ClaimCount + 1);

    /// <summary>The claim's id.</summary>
    public Utf8Column Id { get; }

    /// <summary>What is measured.</summary>
    public Utf8Column Subject { get; }

    /// <summary>The period the value refers to.</summary>
    public CodedColumn<Period> Period { get; }

    /// <summary>Who made the claim.</summary>
    public CodedColumn<Claimant> Claimant { get; }

    /// <summary>The figure exactly as printed.</summary>
    public Utf8Column Text { get; }

    /// <summary>How the text bounds the number.</summary>
    public ReadOnlyMemory<BoundKind> Bound { get; }

    /// <summary>The number as printed (for a range, the low side), exact.</summary>
    public ReadOnlyMemory<decimal> Value { get; }

    /// <summary>The high side of a range; null otherwise.</summary>
    public ReadOnlyMemory<decimal?> ValueHigh { get; }

    /// <summary>The stated half-width; null when none.</summary>
    public ReadOnlyMemory<decimal?> Tolerance { get; }

    /// <summary>The scale word printed with the number.</summary>
    public ReadOnlyMemory<Scale> Scale { get; }

    /// <summary>The unit.</summary>
    public CodedColumn<Unit> Unit { get; }

    /// <summary>The topic words.</summary>
    public CodedColumn<EquatableArray<string>> Topics { get; }

    /// <summary>The countries (ISO 3166-1 alpha-2).</summary>
    public CodedColumn<EquatableArray<string>> Countries { get; }

    /// <summary>The appearance's quote.</summary>
    public Utf8Column Quote { get; }

    /// <summary>The appearance's quote kind.</summary>
    public ReadOnlyMemory<QuoteKind> QuoteKind { get; }

    /// <summary>When the claimant said it (<see cref="EnergyFigures.Period.Unknown"/> when not known).</summary>
    public CodedColumn<Period> SaidOn { get; }

    /// <summary>Who relayed it.</summary>
    public CodedColumn<EquatableArray<string>> ReportedBy { get; }

    /// <summary>The publication.</summary>
    public CodedColumn<Publication> Source { get; }

    /// <summary>The editors' notes of the claim (empty: none).</summary>
    public Utf8Column Notes { get; }

    /// <summary>For a comparison claim, what the subject is compared with (empty: a level claim).</summary>
    public Utf8Column ComparedWith { get; }

    /// <summary>The index of the claim with the id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The claim's index.</returns>
    public int IndexOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length > 256)
        {
            return -1;
        }

        Span<byte> utf8 = stackalloc byte[1024];
        return _ids.Find(utf8[..Encoding.UTF8.GetBytes(id, utf8)]);
    }

    /// <summary>The claim at an index, built from its rows (a new object on every call).</summary>
    /// <param name="index">The claim's index.</param>
    /// <returns>The claim.</returns>
    public Claim CreateClaim(int index)
    {
        if (index < 0 || index >= ClaimCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        int first = _claimStarts[index], end = _claimStarts[index + 1];
        var figure = Figure.Create(Text.GetString(first)!, Bound.Span[first], Value.Span[first], Unit[first], Scale.Span[first], ValueHigh.Span[first], Tolerance.Span[first]);
        var appearances = new Appearance[end - first];
        for (int r = first; r < end; r++)
        {
            appearances[r - first] = new Appearance(Quote.GetString(r)!, QuoteKind.Span[r], SaidOn[r], ReportedBy[r], Source[r]);
        }

        return new Claim(Id.GetString(first)!, Subject.GetString(first)!, Period[first], Claimant[first], figure, new EquatableArray<Appearance>(appearances), Topics[first], Countries[first], Notes.GetString(first))
        {
            ComparedWith = ComparedWith.GetString(first),
        };
    }

    /// <summary>The columns of claims given as objects.</summary>
    internal static ClaimColumns From(IReadOnlyList<Claim> claims)
    {
        int rows = 0;
        foreach (var c in claims)
        {
            rows += c.Appearances.Count;
        }

        var b = new Builder(rows);
        var periods = new Dictionary<Period, int>();
        var claimants = new Dictionary<Claimant, int>();
        var units = new Dictionary<Unit, int>();
        var lists = new Dictionary<EquatableArray<string>, int>[] { [], [], [] };
        var saidOn = new Dictionary<Period, int>();
        var sources = new Dictionary<Publication, int>();
        foreach (var c in claims)
        {
            b.StartClaim(c.Id);
            foreach (var a in c.Appearances)
            {
                var f = c.Figure;
                b.Id.Add(c.Id);
                b.Subject.Add(c.Subject);
                b.Period.Add(Code(b.Period, periods, c.Period));
                b.Claimant.Add(Code(b.Claimant, claimants, c.Claimant));
                b.Text.Add(f.Text);
                b.Bound.Add(f.Bound);
                b.Value.Add(f.Value);
                b.ValueHigh.Add(f.ValueHigh);
                b.Tolerance.Add(f.Tolerance);
                b.Scale.Add(f.Scale);
                b.Unit.Add(Code(b.Unit, units, f.Unit));
                b.Topics.Add(Code(b.Topics, lists[0], c.Topics));
                b.Countries.Add(Code(b.Countries, lists[1], c.Countries));
                b.Quote.Add(a.Quote);
                b.QuoteKind.Add(a.QuoteKind);
                b.SaidOn.Add(Code(b.SaidOn, saidOn, a.SaidOn));
                b.ReportedBy.Add(Code(b.ReportedBy, lists[2], a.ReportedBy));
                b.Source.Add(Code(b.Source, sources, a.Source));
                b.Notes.Add(c.Notes);
                b.ComparedWith.Add(c.ComparedWith);
            }
        }

        return new ClaimColumns(b);
    }

    private static int Code<T>(CodedColumnBuilder<T> column, Dictionary<T, int> codes, T value)
        where T : notnull
    {
        if (!codes.TryGetValue(value, out int code))
        {
            code = column.AddValue(value);
            codes[value] = code;
        }

        return code;
    }

    /// <summary>Collects the columns row by row (the reader's, or <see cref="From"/>).</summary>
    internal sealed class Builder
    {
        private int[] _claimStarts = new int[1024];

        public Builder(int rows, bool trackIds = true)
        {
            TrackIds = trackIds;
            int r = Math.Clamp(rows, 16, 8192); // grown to the estimated final size by Reserve
            Id = new Utf8Column.Builder(r, r * 16);
            Subject = new Utf8Column.Builder(r, r * 32);
            Period = new CodedColumnBuilder<Period>(r);
            Claimant = new CodedColumnBuilder<Claimant>(r);
            Text = new Utf8Column.Builder(r, r * 16);
            Bound = new ValueColumnBuilder<BoundKind>(r);
            Value = new ValueColumnBuilder<decimal>(r);
            ValueHigh = new ValueColumnBuilder<decimal?>(r);
            Tolerance = new ValueColumnBuilder<decimal?>(r);
            Scale = new ValueColumnBuilder<Scale>(r);
            Unit = new CodedColumnBuilder<Unit>(r);
            Topics = new CodedColumnBuilder<EquatableArray<string>>(r);
            Countries = new CodedColumnBuilder<EquatableArray<string>>(r);
            Quote = new Utf8Column.Builder(r, r * 64);
            QuoteKind = new ValueColumnBuilder<QuoteKind>(r);
            SaidOn = new CodedColumnBuilder<Period>(r);
            ReportedBy = new CodedColumnBuilder<EquatableArray<string>>(r);
            Source = new CodedColumnBuilder<Publication>(r);
            Notes = new Utf8Column.Builder(r, 0);
            ComparedWith = new Utf8Column.Builder(r, 0);
        }

        public int ClaimCount { get; private set; }

        /// <summary>Whether ids are kept in <see cref="Ids"/> and checked for duplicates (not in the parallel reader's pieces: the merge checks them).</summary>
        public bool TrackIds { get; }

        /// <summary>The first row of a claim.</summary>
        public int ClaimStart(int claim) => _claimStarts[claim];

        public TextHandling.Utf8KeyTable Ids { get; } = new();

        public Utf8Column.Builder Id { get; }

        public Utf8Column.Builder Subject { get; }

        public CodedColumnBuilder<Period> Period { get; }

        public CodedColumnBuilder<Claimant> Claimant { get; }

        public Utf8Column.Builder Text { get; }

        public ValueColumnBuilder<BoundKind> Bound { get; }

        public ValueColumnBuilder<decimal> Value { get; }

        public ValueColumnBuilder<decimal?> ValueHigh { get; }

        public ValueColumnBuilder<decimal?> Tolerance { get; }

        public ValueColumnBuilder<Scale> Scale { get; }

        public CodedColumnBuilder<Unit> Unit { get; }

        public CodedColumnBuilder<EquatableArray<string>> Topics { get; }

        public CodedColumnBuilder<EquatableArray<string>> Countries { get; }

        public Utf8Column.Builder Quote { get; }

        public ValueColumnBuilder<QuoteKind> QuoteKind { get; }

        public CodedColumnBuilder<Period> SaidOn { get; }

        public CodedColumnBuilder<EquatableArray<string>> ReportedBy { get; }

        public CodedColumnBuilder<Publication> Source { get; }

        public Utf8Column.Builder Notes { get; }

        public Utf8Column.Builder ComparedWith { get; }

        /// <summary>
        /// Grows every column at once to <paramref name="factor"/> times its present size: the reader's estimate of
        /// the final size (bytes of the file ÷ bytes read so far), which saves the copies (and the memory peak) of
        /// doubling arrays that are hundreds of megabytes long.
        /// </summary>
        public void Reserve(double factor)
        {
            Ids.Reserve((int)Math.Min(int.MaxValue / 2, (ClaimCount * factor) + 16), (long)(Id.ByteCount * factor * ClaimCount / Math.Max(Id.Count, 1)) + 4096);
            Id.Reserve(factor);
            Subject.Reserve(factor);
            Period.Reserve(factor);
            Claimant.Reserve(factor);
            Text.Reserve(factor);
            Bound.Reserve(factor);
            Value.Reserve(factor);
            ValueHigh.Reserve(factor);
            Tolerance.Reserve(factor);
            Scale.Reserve(factor);
            Unit.Reserve(factor);
            Topics.Reserve(factor);
            Countries.Reserve(factor);
            Quote.Reserve(factor);
            QuoteKind.Reserve(factor);
            SaidOn.Reserve(factor);
            ReportedBy.Reserve(factor);
            Source.Reserve(factor);
            Notes.Reserve(factor);
            ComparedWith.Reserve(factor);
        }

        /// <summary>Starts a claim at the next row; false when its id was used before.</summary>
        public bool StartClaim(ReadOnlySpan<byte> id) => StartClaimAt(id, Subject.Count);

        /// <summary>Starts a claim at a row (rows are added in order); false when its id was used before.</summary>
        public bool StartClaimAt(ReadOnlySpan<byte> id, int row)
        {
            if (TrackIds)
            {
                Ids.FindOrAdd(id, out bool added);
                if (!added)
                {
                    return false;
                }
            }

            if (ClaimCount + 2 > _claimStarts.Length)
            {
                Array.Resize(ref _claimStarts, _claimStarts.Length * 2);
            }

            _claimStarts[ClaimCount++] = row;
            return true;
        }

        /// <summary>Forgets the rows and claims (arrays and distinct values are kept; ids must not be tracked).</summary>
        public void ClearRows()
        {
            ClaimCount = 0;
            Id.Clear();
            Subject.Clear();
            Period.ClearRows();
            Claimant.ClearRows();
            Text.Clear();
            Bound.Clear();
            Value.Clear();
            ValueHigh.Clear();
            Tolerance.Clear();
            Scale.Clear();
            Unit.ClearRows();
            Topics.ClearRows();
            Countries.ClearRows();
            Quote.Clear();
            QuoteKind.Clear();
            SaidOn.ClearRows();
            ReportedBy.ClearRows();
            Source.ClearRows();
            Notes.Clear();
            ComparedWith.Clear();
        }

        public void StartClaim(string id)
        {
            Span<byte> utf8 = stackalloc byte[1024];
            if (!StartClaim(utf8[..Encoding.UTF8.GetBytes(id, utf8)]))
            {
                throw new EnergyFiguresException(ErrorCodes.DuplicateId, $"Two claims have the id '{id}'; expected unique ids.");
            }
        }

        public int[] ClaimStartsArray()
        {
            var starts = _claimStarts;
            if (ClaimCount + 1 > starts.Length)
            {
                Array.Resize(ref starts, ClaimCount + 1);
            }

            starts[ClaimCount] = Subject.Count;
            return starts;
        }
    }
}
