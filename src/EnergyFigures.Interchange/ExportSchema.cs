using System.Globalization;

namespace EnergyFigures.Interchange;

/// <summary>The value type of a column of an exported table (see <c>docs/interchange.md</c>).</summary>
public enum ExportColumnType
{
    /// <summary>UTF-8 text; null when absent.</summary>
    Text,

    /// <summary>
    /// An exact decimal: decimal128 (precision 38) in Arrow and Parquet, with one scale per column (the smallest that
    /// keeps every value's digits); an exact JSON number; invariant text in CSV. Always followed by a <c>_text</c>
    /// column holding the decimal as text with its own scale (<c>127</c> stays <c>127</c> beside <c>1.5</c>).
    /// </summary>
    Decimal,

    /// <summary>A boolean, never null.</summary>
    Boolean,

    /// <summary>A calendar date (Arrow date32, Parquet DATE, <c>YYYY-MM-DD</c> in text formats); null when absent.</summary>
    Date,

    /// <summary>A 64-bit integer, never null.</summary>
    Integer,
}

/// <summary>One column of an exported table: its name, type, whether it can be null, and what it holds.</summary>
/// <param name="Name">The column name (lower case, <c>_</c>-separated).</param>
/// <param name="Type">The value type.</param>
/// <param name="Nullable">Whether a value may be null.</param>
/// <param name="Description">What it holds, for people.</param>
public sealed record ExportColumn(string Name, ExportColumnType Type, bool Nullable, string Description);

/// <summary>The columns of a table of <typeparamref name="TRow"/> records, declared once for every export format.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class ExportSchema<TRow>
{
    private readonly List<(ExportColumn Column, Func<TRow, object?> Get)> _columns = [];

    public ExportSchema(string tableName, string rowDescription)
    {
        TableName = tableName;
        RowDescription = rowDescription;
    }

    /// <summary>The table's name, written into the file metadata (<c>energyfigures.table</c>).</summary>
    public string TableName { get; }

    /// <summary>What one row is, for people.</summary>
    public string RowDescription { get; }

    public IReadOnlyList<(ExportColumn Column, Func<TRow, object?> Get)> Columns => _columns;

    public ExportSchema<TRow> Text(string name, string description, Func<TRow, string?> get, bool nullable = true)
    {
        _columns.Add((new ExportColumn(name, ExportColumnType.Text, nullable, description), r => get(r)));
        return this;
    }

    /// <summary>A decimal column and, after it, its exact text (<c>NAME_text</c>).</summary>
    public ExportSchema<TRow> Decimal(string name, string description, Func<TRow, decimal?> get)
    {
        _columns.Add((new ExportColumn(name, ExportColumnType.Decimal, true, description), r => get(r)));
        _columns.Add((
            new ExportColumn(name + "_text", ExportColumnType.Text, true, $"{name} as text, exactly, with its own scale (invariant culture: digits, '-', '.')."),
            r => get(r)?.ToString(CultureInfo.InvariantCulture)));
        return this;
    }

    public ExportSchema<TRow> Boolean(string name, string description, Func<TRow, bool> get)
    {
        _columns.Add((new ExportColumn(name, ExportColumnType.Boolean, false, description), r => get(r)));
        return this;
    }

    public ExportSchema<TRow> Date(string name, string description, Func<TRow, DateOnly?> get)
    {
        _columns.Add((new ExportColumn(name, ExportColumnType.Date, true, description), r => get(r)));
        return this;
    }

    public ExportSchema<TRow> Integer(string name, string description, Func<TRow, long> get)
    {
        _columns.Add((new ExportColumn(name, ExportColumnType.Integer, false, description), r => get(r)));
        return this;
    }
}
