using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Numerics;
using EnergyFigures.Reference;
using EnergyFigures.Tests.Support;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// Issue 13, item 9: every public <c>ToString()</c> of the library (its own or the one a record gets from the
/// compiler) prints the same text under any culture; a culture applies only where a provider is given. The types
/// are found by reflection, so a new public type needs a sample here or this test fails.
/// </summary>
public class InvariantToStringTests
{
    private static readonly Assembly Library = typeof(Figure).Assembly;

    /// <summary>Values from which instances of the public types are built (negative numbers, fractions, dates: what cultures print differently).</summary>
    private static readonly Dictionary<Type, object> Pool = BuildPool();

    private static Dictionary<Type, object> BuildPool()
    {
        var claim = ClaimSet.Shipped["gas-price-offered-2020"];
        var usd = Unit.Parse("USD/1000 m3");
        var pool = new Dictionary<Type, object>
        {
            [typeof(string)] = "x",
            [typeof(decimal)] = -12345.678m,
            [typeof(double)] = -12345.678,
            [typeof(int)] = -1234,
            [typeof(long)] = -123456L,
            [typeof(bool)] = true,
            [typeof(DateOnly)] = new DateOnly(2020, 2, 6),
            [typeof(DateTime)] = new DateTime(2020, 2, 6, 13, 45, 0, DateTimeKind.Utc),
            [typeof(Uri)] = new Uri("https://example.org/a"),
            [typeof(Unit)] = usd,
            [typeof(Interval)] = Interval.Closed(-1234.5m, 6789.25m),
            [typeof(Period)] = Period.Parse("2020-02"),
            [typeof(Claim)] = claim,
            [typeof(ClaimSet)] = ClaimSet.Shipped,
            [typeof(Figure)] = claim.Figure,
            [typeof(ReferenceLibrary)] = ReferenceLibrary.Shipped,
            [typeof(ReferenceSeries)] = ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR"),
            [typeof(Dimension)] = usd.Dimensions[0].Key,
            [typeof(CheckResult)] = ArticleChecks.All().First(c => c.Result is not null).Result!,
            [typeof(EquatableArray<string>)] = new EquatableArray<string>(["a", "b"]),
            [typeof(CheckOptions)] = new CheckOptions(),
            [typeof(EnergyFiguresException)] = new EnergyFiguresException(ErrorCodes.InvalidFigure, "x"),
            [typeof(EnergyFigures.Charts.Chart)] = EnergyFigures.Charts.Chart.Comparison("Prices -1,234.5", [claim]),
            [typeof(EnergyFigures.Derivation.DerivedFigure)] = EnergyFigures.Derivation.Derive.From(claim) / EnergyFigures.Derivation.Derive.Given(-3m, "1", "a factor of"),
        };
        return pool;
    }

    /// <summary>The public types whose ToString() is declared on the type itself (by hand or by the compiler for a record).</summary>
    public static TheoryData<string> Types()
    {
        var data = new TheoryData<string>();
        foreach (var t in Library.GetExportedTypes().Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t)))
        {
            var m = t.GetMethod("ToString", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            if (m is not null && m.DeclaringType == t)
            {
                data.Add(t.FullName!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void ToString_is_the_same_under_de_DE_and_ar_SA(string typeName)
    {
        var type = Library.GetType(typeName, throwOnError: true)!;
        var instance = Build(type, 0) ?? throw new InvalidOperationException($"No sample of {typeName}: add one to {nameof(BuildPool)}.");
        string invariant;
        using (new CultureScope(""))
        {
            invariant = instance.ToString()!;
        }

        foreach (var culture in new[] { "de-DE", "ar-SA", "fr-FR" })
        {
            using var scope = new CultureScope(culture);
            Assert.Equal(invariant, instance.ToString());
        }
    }

    [Fact]
    public void Check_margin_prints_a_point_under_de_DE()
    {
        var margin = new CheckMargin(0.7835m, 0.0078m, 100m, Unit.Parse("USD/1000 m3"));
        using var scope = new CultureScope("de-DE");
        Assert.Equal("0.7835 USD/1000 m3 inside the bound 100 (0.78%)", margin.ToString());
    }

    private static object? Build(Type t, int depth)
    {
        if (Pool.TryGetValue(t, out var v))
        {
            return v;
        }

        if (Nullable.GetUnderlyingType(t) is { } inner)
        {
            return Build(inner, depth);
        }

        if (t.IsEnum)
        {
            var values = Enum.GetValues(t);
            return values.Length > 1 ? values.GetValue(1) : values.GetValue(0);
        }

        if (t.IsGenericType && t.GetGenericTypeDefinition() is { } g && (g == typeof(IReadOnlyList<>) || g == typeof(IEnumerable<>) || g == typeof(IReadOnlyCollection<>)))
        {
            var e = t.GetGenericArguments()[0];
            var item = Build(e, depth + 1);
            var array = Array.CreateInstance(e, item is null ? 0 : 1);
            if (item is not null)
            {
                array.SetValue(item, 0);
            }

            return array;
        }

        if (depth > 6)
        {
            return null;
        }

        foreach (var ctor in t.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            var ps = ctor.GetParameters();
            if (ps.Length == 1 && ps[0].ParameterType == t)
            {
                continue; // a record's copy constructor
            }

            var args = ps.Select(p => Build(p.ParameterType, depth + 1)).ToArray();
            if (args.Zip(ps).All(a => a.First is not null || a.Second.ParameterType.IsClass || Nullable.GetUnderlyingType(a.Second.ParameterType) is not null))
            {
                try
                {
                    return ctor.Invoke(args);
                }
                catch (TargetInvocationException)
                {
                    // try the next constructor
                }
            }
        }

        return t.IsValueType ? Activator.CreateInstance(t) : null;
    }
}
