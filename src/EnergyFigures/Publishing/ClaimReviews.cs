using EnergyFigures.Errors;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnergyFigures.Checks;
using EnergyFigures.Claims;

namespace EnergyFigures.Publishing;

/// <summary>Who publishes a ClaimReview, and where; the reviewer is always given by the publisher, never invented.</summary>
/// <param name="ReviewerName">The reviewing organisation's name (schema.org <c>author</c> of the review).</param>
public sealed record ClaimReviewOptions(string ReviewerName)
{
    /// <summary>The reviewing organisation's home page; omitted when null.</summary>
    public Uri? ReviewerUrl { get; init; }

    /// <summary>
    /// The address of the published review (schema.org <c>url</c>), where <c>{id}</c> is replaced by the claim's id
    /// (e.g. <c>https://example.org/checks/{id}</c>); omitted when null.
    /// </summary>
    public string? ReviewUrl { get; init; }

    /// <summary>The date the review is published (schema.org <c>datePublished</c>); omitted when null.</summary>
    public DateOnly? DatePublished { get; init; }

    /// <summary>The language of the review's text (schema.org <c>inLanguage</c>, BCP 47); English by default.</summary>
    public string Language { get; init; } = "en";
}

/// <summary>
/// A check as a schema.org <c>ClaimReview</c> (JSON-LD), the markup search engines and fact-check aggregators read: the
/// <c>Claim</c> reviewed (its author, the date it entered public discourse, every appearance), the review's author (the
/// organisation given in <see cref="ClaimReviewOptions"/>), and a <c>Rating</c> whose <c>alternateName</c> says the
/// verdict in words (e.g. "Consistent with World Bank data (Feb 2020)"). A figure consistent with reference data is not
/// thereby "true" — the data may measure something else, the assumptions may change the verdict — so the rating carries
/// no numeric <c>ratingValue</c> on a true/false scale, only the words, the explanation and the sources. The mapping is
/// in <c>docs/interchange.md</c>.
/// </summary>
public static class ClaimReviews
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether a check can be published as a review: it ran and has a verdict.</summary>
    /// <param name="check">The check.</param>
    /// <returns><see langword="true"/> when it has a verdict.</returns>
    public static bool IsReviewable(ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Result is not null;
    }

    /// <summary>The check as one ClaimReview JSON-LD document.</summary>
    /// <param name="check">The check (with a verdict: see <see cref="IsReviewable"/>).</param>
    /// <param name="options">The reviewer and where the review is published.</param>
    /// <returns>The document.</returns>
    /// <exception cref="EnergyFiguresException">
    /// No reviewer name (<see cref="ErrorCodes.ReviewerRequired"/>), or a check without a verdict
    /// (<see cref="ErrorCodes.NotReviewable"/>).
    /// </exception>
    public static JsonObject ToJsonLd(ArticleCheck check, ClaimReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ReviewerName))
        {
            throw new EnergyFiguresException(ErrorCodes.ReviewerRequired, "A ClaimReview needs the reviewing organisation's name (schema.org author); give it (--reviewer NAME): it is never filled in for you.");
        }

        if (check.Result is not { } result)
        {
            throw new EnergyFiguresException(ErrorCodes.NotReviewable, $"The check of '{check.Claim.Id}' has no verdict ({check.Shown}), so it cannot be published as a ClaimReview.");
        }

        var claim = check.Claim;
        var review = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
        };
        if (options.ReviewUrl is { } url)
        {
            review["url"] = url.Replace("{id}", claim.Id, StringComparison.Ordinal);
        }

        if (options.DatePublished is { } published)
        {
            review["datePublished"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        review["inLanguage"] = options.Language;
        var author = new JsonObject { ["@type"] = "Organization", ["name"] = options.ReviewerName.Trim() };
        if (options.ReviewerUrl is { } home)
        {
            author["url"] = home.OriginalString;
        }

        review["author"] = author;
        review["claimReviewed"] = $"{claim.Subject}: {claim.Figure.Text}";
        review["itemReviewed"] = Claim(claim);
        review["reviewRating"] = new JsonObject
        {
            ["@type"] = "Rating",
            ["alternateName"] = VerdictInWords(check),
            ["ratingExplanation"] = check.Note,
        };
        review["reviewBody"] = result.Explanation;
        review["citation"] = new JsonArray(result.ReferenceCitations.Select(c => (JsonNode)Work(c.Title, c.Publisher, c.Url)).ToArray());
        return review;
    }

    /// <summary>The document as indented JSON text (invariant; LF line ends).</summary>
    /// <param name="check">The check.</param>
    /// <param name="options">The reviewer.</param>
    /// <returns>The JSON-LD text.</returns>
    public static string Serialize(ArticleCheck check, ClaimReviewOptions options) => ToJsonLd(check, options).ToJsonString(Pretty).ReplaceLineEndings("\n");

    /// <summary>Writes one document per line (JSON Lines) for every check that has a verdict; returns how many were written.</summary>
    /// <param name="checks">The checks (those without a verdict are left out).</param>
    /// <param name="options">The reviewer.</param>
    /// <param name="output">The writer.</param>
    /// <returns>The number of documents written.</returns>
    public static int WriteJsonLines(IEnumerable<ArticleCheck> checks, ClaimReviewOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(output);
        int n = 0;
        foreach (var check in checks.Where(IsReviewable))
        {
            output.Write(ToJsonLd(check, options).ToJsonString(Compact));
            output.Write('\n');
            n++;
        }

        return n;
    }

    /// <summary>Writes the documents as one JSON array (indented); returns how many were written.</summary>
    /// <param name="checks">The checks (those without a verdict are left out).</param>
    /// <param name="options">The reviewer.</param>
    /// <param name="output">The writer.</param>
    /// <returns>The number of documents written.</returns>
    public static int WriteJsonArray(IEnumerable<ArticleCheck> checks, ClaimReviewOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(output);
        var docs = checks.Where(IsReviewable).Select(c => (JsonNode)ToJsonLd(c, options)).ToArray();
        output.Write(new JsonArray(docs).ToJsonString(Pretty).ReplaceLineEndings("\n"));
        output.Write('\n');
        return docs.Length;
    }

    /// <summary>
    /// The verdict in words, by role, naming the reference and its period: "Consistent with World Bank data (Feb 2020)",
    /// "Inconsistent with …", "Not settled by …" (indeterminate); a context check "agrees with" or "differs from" (not a
    /// confirmation or refutation); a proxy or single-instance check says it is not a verification; a sensitivity check
    /// says it is another reading.
    /// </summary>
    /// <param name="check">The check (with a verdict).</param>
    /// <returns>The words.</returns>
    public static string VerdictInWords(ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Result is not { } r)
        {
            return check.Shown;
        }

        var reference = $"{Source(check)} ({Periods(r)})";
        return (check.Role, r.Verdict) switch
        {
            (CheckRole.Context, Verdict.Consistent) => $"Agrees with {reference} (context, not a confirmation)",
            (CheckRole.Context, Verdict.Inconsistent) => $"Differs from {reference} (context, not a refutation)",
            (CheckRole.Context, _) => $"Not settled by {reference} (context)",
            (_, Verdict.Consistent) => $"Consistent with {reference}{Qualifier(check.Role)}",
            (_, Verdict.Inconsistent) => $"Inconsistent with {reference}{Qualifier(check.Role)}",
            _ => $"Not settled by {reference}: the data and assumptions cannot decide{Qualifier(check.Role)}",
        };
    }

    private static string Qualifier(CheckRole role) => role switch
    {
        CheckRole.Proxy => " (a proxy, not a verification)",
        CheckRole.SingleInstance => " (a single instance, not a verification)",
        CheckRole.Sensitivity => " (under another reading or assumption)",
        _ => string.Empty,
    };

    /// <summary>"World Bank data" for a series, "figures reported by Natural Gas World" for a reported figure.</summary>
    private static string Source(ArticleCheck check)
    {
        var publishers = check.Result!.ReferenceCitations.Select(c => c.Publisher).Distinct(StringComparer.Ordinal).ToList();
        var names = publishers.Count == 0 ? check.ReferenceId ?? "the reference" : string.Join(" and ", publishers);
        var target = check.Declaration?.Target;
        return target switch
        {
            { ComparedWith: not null } => $"figures from {names}",
            { Kind: CheckTargetKind.Series } => $"{names} data",
            { Kind: CheckTargetKind.ReportedFigure } => $"figures reported by {names}",
            { Kind: CheckTargetKind.Claim } => $"the claim {check.ReferenceId}",
            _ => check.ReferenceId is { } id && id.Contains('.', StringComparison.Ordinal) ? $"{names} data" : $"figures reported by {names}",
        };
    }

    /// <summary>The reference's periods for people: "Feb 2020", "2019", "7 Feb 2020", "Jan–Mar 2020", "2012/2018".</summary>
    private static string Periods(CheckResult r)
    {
        var periods = r.ReferenceValues.Select(v => v.Period).Distinct().OrderBy(p => p.IsDefault ? DateOnly.MinValue : p.Start).ToList();
        if (periods.Count == 0)
        {
            return "period not stated";
        }

        if (periods.Count == 1)
        {
            return Period(periods[0]);
        }

        var (first, last) = (periods[0], periods[^1]);
        return first.Kind == PeriodKind.Month && last.Kind == PeriodKind.Month && first.Start.Year == last.Start.Year
            ? $"{Month(first.Start.Month)}–{Month(last.Start.Month)} {first.Start.Year.ToString(CultureInfo.InvariantCulture)}"
            : $"{Period(first)} to {Period(last)}";
    }

    private static string Period(Period p) => p.IsDefault ? "period unknown" : p.Kind switch
    {
        PeriodKind.Month => $"{Month(p.Start.Month)} {p.Start.Year.ToString(CultureInfo.InvariantCulture)}",
        PeriodKind.Day => $"{p.Start.Day.ToString(CultureInfo.InvariantCulture)} {Month(p.Start.Month)} {p.Start.Year.ToString(CultureInfo.InvariantCulture)}",
        _ => p.ToString(),
    };

    private static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[month - 1];

    /// <summary>The schema.org Claim: its author, when it entered public discourse, and where it appeared.</summary>
    private static JsonObject Claim(Claim claim)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = claim.Claimant.Name };
        if (claim.Claimant.Role is { } role)
        {
            person["jobTitle"] = role;
        }

        var o = new JsonObject { ["@type"] = "Claim", ["author"] = person };
        var said = claim.FirstAppearance.SaidOn;
        if (!said.IsDefault && said.Kind == PeriodKind.Day)
        {
            o["datePublished"] = said.ToString();
        }
        else if (claim.FirstAppearance.Source.Date.IsKnown)
        {
            // When it was said is known only as a span (or not at all): the date it entered public discourse through
            // its first recorded publication (ISO 8601, as precise as known).
            o["datePublished"] = claim.FirstAppearance.Source.Date.ToString();
        }

        o["appearance"] = new JsonArray(claim.Appearances.Select(a => (JsonNode)Appearance(a)).ToArray());
        return o;
    }

    private static JsonObject Appearance(Appearance a)
    {
        var work = Work(a.Source.Title, a.Source.Outlet, a.Source.Url);
        if (a.Source.Author is { } author)
        {
            work["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
        }

        if (a.Source.Date.IsKnown)
        {
            work["datePublished"] = a.Source.Date.ToString();
        }

        return work;
    }

    private static JsonObject Work(string title, string publisher, Uri? url)
    {
        var o = new JsonObject { ["@type"] = "CreativeWork", ["headline"] = title };
        if (url is not null)
        {
            o["url"] = url.OriginalString;
        }

        o["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        return o;
    }
}
