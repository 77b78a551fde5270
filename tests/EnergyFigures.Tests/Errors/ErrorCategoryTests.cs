using System.Reflection;
using EnergyFigures.Claims;
using EnergyFigures.Errors;
using EnergyFigures.Reference;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Errors;

/// <summary>Errors are classified by type and category, never by parsing strings.</summary>
public class ErrorCategoryTests
{
    public static TheoryData<string> AllCodes()
    {
        var data = new TheoryData<string>();
        foreach (var f in typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)f.GetRawConstantValue()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_code_has_a_category_matching_its_range(string code)
    {
        var category = ErrorCodes.CategoryOf(code);
        var expected = code switch
        {
            ErrorCodes.FileUnreadable => ErrorCategory.Unreadable,
            ErrorCodes.UnknownClaim or ErrorCodes.UnknownSeries => ErrorCategory.NotFound,
            ErrorCodes.EmbeddedDataDamaged => ErrorCategory.Internal,
            _ when code.StartsWith("EF1", StringComparison.Ordinal) => ErrorCategory.InvalidData,
            _ when code.StartsWith("EF2", StringComparison.Ordinal) => ErrorCategory.InvalidValue,
            _ when code.StartsWith("EF3", StringComparison.Ordinal) => ErrorCategory.CannotCompute,
            _ when code.StartsWith("EF4", StringComparison.Ordinal) => ErrorCategory.OutsideData,
            _ when code.StartsWith("EF5", StringComparison.Ordinal) => ErrorCategory.Chart,
            _ => ErrorCategory.Interchange,
        };
        Assert.Equal(expected, category);
        Assert.Equal(category, new EnergyFiguresException(code, "m").Category);
    }

    [Theory]
    [InlineData("")]
    [InlineData("EF10")]
    [InlineData("XX1001")]
    [InlineData("EF10a1")]
    public void A_text_that_is_not_a_code_is_refused(string text)
        => Assert.Throws<ArgumentException>(() => ErrorCodes.CategoryOf(text));

    [Fact]
    public void Unknown_claim_is_typed_with_its_id_and_similar_ids()
    {
        var e = Assert.Throws<UnknownIdException>(() => ClaimSet.Shipped.Get("gas-price-offerd-2020"));
        Assert.Equal(ErrorCodes.UnknownClaim, e.Code);
        Assert.Equal(ErrorCategory.NotFound, e.Category);
        Assert.Equal("gas-price-offerd-2020", e.Id);
        Assert.Contains("gas-price-offered-2020", e.SimilarIds);
    }

    [Fact]
    public void Unknown_series_is_typed_with_its_id()
    {
        var e = Assert.Throws<UnknownIdException>(() => ReferenceLibrary.Shipped.Get("no-such-series"));
        Assert.Equal(ErrorCodes.UnknownSeries, e.Code);
        Assert.Equal("no-such-series", e.Id);
    }

    [Fact]
    public void The_exception_has_no_constructor_without_a_code()
    {
        var ctors = typeof(EnergyFiguresException).GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        Assert.All(ctors, c => Assert.Equal(typeof(string), c.GetParameters()[0].ParameterType));
        Assert.All(ctors, c => Assert.Equal("code", c.GetParameters()[0].Name));
    }
}
