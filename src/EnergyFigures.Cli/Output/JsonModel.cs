using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnergyFigures.Claims;
using EnergyFigures.Cli.Analysis;
using EnergyFigures.Csv;
using EnergyFigures.Numerics;

namespace EnergyFigures.Cli.Output;

/// <summary>
/// The JSON shapes of the CLI's <c>--format json</c> output. Decimals are written as JSON numbers with every
/// digit kept (the exact <see cref="decimal"/> text, e.g. <c>1.5</c>, <c>127</c>); an unbounded interval end is
/// <c>null</c>. Names are camelCase and stable.
/// </summary>
internal static class JsonModel
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    public static JsonObject Claim(Claim c, bool full)
    {
        var o = new JsonObject
        {
            ["id"] = c.Id,
            ["subject"] = c.Subject,
            ["period"] = c.Period.ToString(),
            ["claimant"] = new JsonObject { ["name"] = c.Claimant.Name, ["role"] = c.Claimant.Role },
            ["figure"] = Figure(c.Figure),
            ["topics"] = Strings(c.Topics),
            ["countries"] = Strings(c.Countries),
            ["citation"] = c.Citation,
        };
        if (full)
        {
            o["notes"] = c.Notes;
            o["appearances"] = new JsonArray(c.Appearances.Select(a => (JsonNode)Appearance(c, a)).ToArray());
        }

        return o;
    }

    public static JsonObject Figure(Figure f) => new()
    {
        ["text"] = f.Text,
        ["bound"] = f.Bound.ToName(),
        ["value"] = f.Value,
        ["valueHigh"] = f.ValueHigh,
        ["tolerance"] = f.Tolerance,
        ["scale"] = f.Scale.ToName(),
        ["unit"] = f.Unit.Symbol,
        ["interval"] = Interval(f.Interval),
        ["description"] = f.ToString("D", CultureInfo.InvariantCulture),
    };

    public static JsonObject Quantity(Quantity q) => new()
    {
        ["interval"] = Interval(q.Interval),
        ["unit"] = q.Unit.Symbol,
        ["text"] = q.ToString("E", CultureInfo.InvariantCulture),
    };

    public static JsonObject Interval(Interval i) => new()
    {
        ["low"] = i.Low,
        ["lowOpen"] = i.LowOpen,
        ["high"] = i.High,
        ["highOpen"] = i.HighOpen,
        ["empty"] = i.IsEmpty,
        ["text"] = i.ToString(null, CultureInfo.InvariantCulture),
    };

    public static JsonObject Appearance(Claim c, Appearance a) => new()
    {
        ["quote"] = a.Quote,
        ["quoteKind"] = a.QuoteKind == QuoteKind.Verbatim ? "verbatim" : "summary",
        ["saidOn"] = a.SaidOn.IsDefault ? null : a.SaidOn.ToString(),
        ["reportedBy"] = Strings(a.ReportedBy),
        ["chain"] = a.DescribeChain(c.Claimant),
        ["source"] = new JsonObject
        {
            ["title"] = a.Source.Title,
            ["author"] = a.Source.Author,
            ["outlet"] = a.Source.Outlet,
            ["date"] = a.Source.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["url"] = a.Source.Url?.OriginalString,
            ["originallyPublishedIn"] = a.Source.OriginallyPublishedIn,
        },
    };

    public static JsonObject Diagnostic(Diagnostic d) => new()
    {
        ["code"] = d.Code,
        ["file"] = d.File,
        ["line"] = d.Line,
        ["field"] = d.Field,
        ["column"] = d.Column,
        ["message"] = d.Message,
    };

    public static JsonObject Comparison(ComparisonView v) => new()
    {
        ["a"] = Claim(v.A, full: false),
        ["b"] = Claim(v.B, full: false),
        ["results"] = new JsonArray(v.Lines.Select(l => (JsonNode)new JsonObject
        {
            ["name"] = l.Name,
            ["result"] = Quantity(l.Result),
            ["explanation"] = l.Explanation,
        }).ToArray()),
        ["summary"] = v.Summary,
        ["assumptionsStated"] = Strings(v.Assumptions),
    };

    public static JsonObject Check(CheckView v)
    {
        var o = new JsonObject
        {
            ["claim"] = v.Claim.Id,
            ["figure"] = v.Claim.Figure.Text,
            ["role"] = v.Role,
            ["referenceId"] = v.ReferenceId,
            ["verdict"] = v.Verdict,
            ["shown"] = v.Shown,
            ["reference"] = v.Reference,
            ["margin"] = v.Margin,
            ["note"] = v.Note,
            ["explanation"] = v.Explanation,
            ["citations"] = Strings(v.Citations),
            ["assumptionsStated"] = Strings(v.Assumptions),
        };
        if (v.Result is { } r)
        {
            o["claimInterval"] = Quantity(r.ClaimInterval);
            o["referenceInterval"] = Quantity(r.ReferenceInterval);
            o["readWithImpliedPrecision"] = r.ReadWithImpliedPrecision;
            o["assumptions"] = Strings(r.Assumptions.Select(a => a.Id));
            o["notes"] = Strings(r.Notes);
        }

        return o;
    }

    public static JsonArray Strings(IEnumerable<string> items) => new(items.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
}
