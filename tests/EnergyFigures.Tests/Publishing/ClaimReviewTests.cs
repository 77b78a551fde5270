using EnergyFigures.Data;
using EnergyFigures.Errors;
using System.Text.Json.Nodes;
using EnergyFigures.Checks;
using EnergyFigures.Publishing;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Publishing;

/// <summary>
/// ClaimReview JSON-LD: one document per check, the reviewer only from the options, the verdict in words, and every
/// @type and property in schema.org's published vocabulary (the fixture <c>schemaorg-vocabulary.txt</c>, with its source).
/// </summary>
public class ClaimReviewTests
{
    private static readonly ClaimReviewOptions Options = new("Example Fact Check")
    {
        ReviewerUrl = new Uri("https://factcheck.example.org/"),
        ReviewUrl = "https://factcheck.example.org/checks/{id}",
        DatePublished = new DateOnly(2026, 12, 6),
    };

    internal static ArticleCheck UnderHundred => ArticleChecks.All().First(c => c.Claim.Id == "europe-spot-gas-price-2020-02" && c.Role == CheckRole.Verification);

    [Fact]
    public void The_under_100_check_is_consistent_with_world_bank_data_and_never_rated_true()
    {
        using var culture = new CultureScope("de-DE");
        var doc = ClaimReviews.ToJsonLd(UnderHundred, Options);
        Assert.Equal("ClaimReview", (string?)doc["@type"]);
        Assert.Equal("https://schema.org", (string?)doc["@context"]);
        Assert.Equal("Consistent with World Bank data (Feb 2020)", (string?)doc["reviewRating"]!["alternateName"]);
        Assert.Null(doc["reviewRating"]!["ratingValue"]); // no true/false scale
        Assert.Equal("Example Fact Check", (string?)doc["author"]!["name"]);
        Assert.Equal("https://factcheck.example.org/checks/europe-spot-gas-price-2020-02", (string?)doc["url"]);
        Assert.Equal("2026-12-06", (string?)doc["datePublished"]);
        var claim = doc["itemReviewed"]!;
        Assert.Equal("Claim", (string?)claim["@type"]);
        Assert.Equal("Alexander Lukashenko", (string?)claim["author"]!["name"]);
        Assert.Equal("2020-02-06", (string?)claim["datePublished"]);
        Assert.Equal("Global Research", (string?)claim["appearance"]![0]!["publisher"]!["name"]);
        Assert.Contains("World Bank", doc["citation"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verdicts_in_words_say_what_a_context_proxy_or_sensitivity_check_is_not()
    {
        var words = ArticleChecks.All().Where(ClaimReviews.IsReviewable).ToDictionary(c => c, ClaimReviews.VerdictInWords);
        Assert.All(words.Where(w => w.Key.Role == CheckRole.Context), w => Assert.Matches("^(Agrees with|Differs from|Not settled by) .*\\(context", w.Value));
        Assert.All(words.Where(w => w.Key.Role == CheckRole.Proxy), w => Assert.EndsWith("(a proxy, not a verification)", w.Value));
        Assert.All(words.Where(w => w.Key.Role == CheckRole.Sensitivity), w => Assert.EndsWith("(under another reading or assumption)", w.Value));
        Assert.DoesNotContain(words.Values, w => w.Contains("true", StringComparison.OrdinalIgnoreCase) || w.Contains("false", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Consistent with figures reported by Natural Gas World (2020)", words.Values);
    }

    [Fact]
    public void Every_shipped_review_uses_only_schema_org_types_and_properties_on_their_domains()
    {
        var vocabulary = SchemaOrgVocabulary.Load();
        var reviewable = ArticleChecks.All().Where(ClaimReviews.IsReviewable).ToList();
        Assert.NotEmpty(reviewable);
        foreach (var check in reviewable)
        {
            Assert.Empty(vocabulary.Problems(ClaimReviews.ToJsonLd(check, Options)));
        }

        // The check itself catches an unknown property and a property on the wrong type.
        var bad = ClaimReviews.ToJsonLd(UnderHundred, Options);
        bad["verdict"] = "true";
        bad["itemReviewed"]!["reviewBody"] = "x";
        Assert.Equal(2, vocabulary.Problems(bad).Count);
    }

    [Fact]
    public void The_reviewer_is_never_invented_and_unchecked_claims_are_not_reviewed()
    {
        var e = Assert.Throws<EnergyFiguresException>(() => ClaimReviews.ToJsonLd(UnderHundred, new ClaimReviewOptions("")));
        Assert.Equal(ErrorCodes.ReviewerRequired, e.Code);
        var uncheckable = ArticleChecks.All().First(c => c.Result is null);
        Assert.Equal(ErrorCodes.NotReviewable, Assert.Throws<EnergyFiguresException>(() => ClaimReviews.ToJsonLd(uncheckable, Options)).Code);
        using var w = new StringWriter();
        Assert.Equal(ArticleChecks.All().Count(c => c.Result is not null), ClaimReviews.WriteJsonLines(ArticleChecks.All(), Options, w));
        Assert.All(w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Equal("ClaimReview", (string?)JsonNode.Parse(l)!["@type"]));
    }
}

/// <summary>The schema.org fixture: types with their supertypes, properties with the types they are defined on.</summary>
internal sealed class SchemaOrgVocabulary
{
    private readonly Dictionary<string, string?> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _properties = new(StringComparer.Ordinal);

    public static SchemaOrgVocabulary Load()
    {
        var v = new SchemaOrgVocabulary();
        foreach (var line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "EnergyFigures.Tests", "Publishing", "schemaorg-vocabulary.txt")))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0] == "type")
            {
                v._types[parts[1]] = parts.Length > 2 ? parts[2] : null;
            }
            else if (parts.Length >= 3 && parts[0] == "property")
            {
                v._properties[parts[1]] = parts.Skip(2).ToHashSet(StringComparer.Ordinal);
            }
        }

        return v;
    }

    /// <summary>Every @type that is not a known type, every property that is unknown or not defined on its object's type (or a supertype).</summary>
    public List<string> Problems(JsonNode node, string path = "$")
    {
        var problems = new List<string>();
        switch (node)
        {
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    problems.AddRange(Problems(a[i]!, $"{path}[{i}]"));
                }

                break;
            case JsonObject o:
                var type = (string?)o["@type"];
                if (type is null || !_types.ContainsKey(type))
                {
                    problems.Add($"{path}: @type '{type}' is not a schema.org type of the fixture");
                    break;
                }

                var lineage = new List<string>();
                for (string? t = type; t is not null; t = _types.GetValueOrDefault(t))
                {
                    lineage.Add(t);
                }

                foreach (var (name, value) in o)
                {
                    if (name.StartsWith('@'))
                    {
                        continue;
                    }

                    if (!_properties.TryGetValue(name, out var domains))
                    {
                        problems.Add($"{path}.{name}: not a schema.org property of the fixture");
                    }
                    else if (!lineage.Any(domains.Contains))
                    {
                        problems.Add($"{path}.{name}: defined on {string.Join(", ", domains)}, not on {type}");
                    }

                    if (value is JsonObject or JsonArray)
                    {
                        problems.AddRange(Problems(value, $"{path}.{name}"));
                    }
                }

                break;
        }

        return problems;
    }
}
