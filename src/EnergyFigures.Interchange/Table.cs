using System.Globalization;

namespace EnergyFigures.Interchange;

/// <summary>The value type of a column in an exported table.</summary>
internal enum ColumnKind
{
    /// <summary>UTF-8 text; null when absent.</summary>
    Text,

    /// <summary>An exact decimal; null when absent (e.g. an unbounded side).</summary>
    Decimal,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A calendar date.</summary>
    Date,
}

/// <summary>One column of a <see cref="Table"/>: its name, kind, description and values.</summary>
internal sealed class TableColumn
{
    public TableColumn(string name, ColumnKind kind, string description, IReadOnlyList<object?> values)
    {
        Name = name;
        Kind = kind;
        Description = description;
        Values = values;
        if (kind == ColumnKind.Decimal)
        {
            (Precision, Scale) = DecimalShape(values.OfType<decimal>());
        }
    }

    public string Name { get; }

    public ColumnKind Kind { get; }

    public string Description { get; }

    public IReadOnlyList<object?> Values { get; }

    /// <summary>For decimals: the precision of the exported decimal type (always 38).</summary>
    public int Precision { get; }

    /// <summary>For decimals: the scale that holds every value's printed digits (as far as 38 digits allow).</summary>
    public int Scale { get; }

    /// <summary>The smallest scale that keeps every digit (capped so the integer part still fits in 38 digits).</summary>
    private static (int Precision, int Scale) DecimalShape(IEnumerable<decimal> values)
    {
        var shape = default(Interchange.DecimalShape);
        foreach (var v in values)
        {
            shape.Add(v);
        }

        return shape.Result;
    }
}

/// <summary>
/// A table in one neutral shape (typed columns, one row per record) that the DataFrame, Arrow and Parquet
/// writers all take, so the three exports have the same columns, names and types.
/// </summary>
internal sealed class Table
{
    public Table(string name, IReadOnlyList<TableColumn> columns, int rowCount)
    {
        Name = name;
        Columns = columns;
        RowCount = rowCount;
    }

    /// <summary>What the table holds, e.g. <c>claims</c> (written into the file metadata).</summary>
    public string Name { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    public int RowCount { get; }
}

/// <summary>Declares the columns of a table of <typeparamref name="TRow"/> records once, for every export.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class TableSpec<TRow>
{
    private readonly List<(string Name, ColumnKind Kind, string Description, Func<TRow, object?> Get)> _columns = [];

    public IEnumerable<string> Names => _columns.Select(c => c.Name);

    /// <summary>The columns' names, kinds and descriptions, in order.</summary>
    public IEnumerable<(string Name, ColumnKind Kind, string Description)> Shape => _columns.Select(c => (c.Name, c.Kind, c.Description));

    public TableSpec<TRow> Text(string name, string description, Func<TRow, string?> get)
    {
        _columns.Add((name, ColumnKind.Text, description, r => get(r)));
        return this;
    }

    public TableSpec<TRow> Decimal(string name, string description, Func<TRow, decimal?> get)
    {
        _columns.Add((name, ColumnKind.Decimal, description, r => get(r)));
        return this;
    }

    public TableSpec<TRow> Boolean(string name, string description, Func<TRow, bool> get)
    {
        _columns.Add((name, ColumnKind.Boolean, description, r => get(r)));
        return this;
    }

    public TableSpec<TRow> Date(string name, string description, Func<TRow, DateOnly?> get)
    {
        _columns.Add((name, ColumnKind.Date, description, r => get(r)));
        return this;
    }

    public Table Build(string tableName, IEnumerable<TRow> rows)
    {
        var list = rows.ToList();
        var columns = _columns.Select(c => new TableColumn(c.Name, c.Kind, c.Description, list.Select(c.Get).ToArray())).ToArray();
        return new Table(tableName, columns, list.Count);
    }
}
