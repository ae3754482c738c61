using System.Globalization;
using NodaTime;

namespace CrossBorder.Advertising;

/// <summary>What the ad network counts as a conversion: clicks only, or clicks and views.</summary>
public enum AttributionBasis
{
    /// <summary>Last click (Amazon Sponsored Products).</summary>
    Click,

    /// <summary>Clicks and views (Sponsored Display vCPM, Meta's default).</summary>
    ClickAndView,
}

/// <summary>The kind of campaign a record comes from.</summary>
public enum CampaignType
{
    /// <summary>Amazon Sponsored Products.</summary>
    SponsoredProducts,

    /// <summary>Amazon Sponsored Brands.</summary>
    SponsoredBrands,

    /// <summary>Amazon Sponsored Display.</summary>
    SponsoredDisplay,

    /// <summary>Google Ads search and shopping.</summary>
    GoogleSearch,

    /// <summary>Meta (Facebook, Instagram) ads.</summary>
    Meta,
}

/// <summary>
/// How attributed sales were counted: the look-back window in days (1, 7, 14 or 30) and whether views count.
/// Numbers counted under different attributions are not added: a report refuses to mix them.
/// </summary>
public readonly record struct Attribution
{
    /// <summary>Creates an attribution.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The window is not 1, 7, 14 or 30 days, or the basis is unknown.</exception>
    public Attribution(int windowDays, AttributionBasis basis = AttributionBasis.Click)
    {
        if (windowDays is not (1 or 7 or 14 or 30))
        {
            throw new ArgumentOutOfRangeException(nameof(windowDays), windowDays, "An attribution window is 1, 7, 14 or 30 days.");
        }

        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not an attribution basis.");
        }

        WindowDays = windowDays;
        Basis = basis;
    }

    /// <summary>Amazon Sponsored Products for sellers: 7 days, last click.</summary>
    public static Attribution SevenDayClick => new(7);

    /// <summary>The look-back window in days.</summary>
    public int WindowDays { get; }

    /// <summary>Whether views count.</summary>
    public AttributionBasis Basis { get; }

    /// <summary><c>7-day click</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{WindowDays}-day {(Basis == AttributionBasis.Click ? "click" : "click and view")}");
}

/// <summary>Where a row sits in the account: campaign, ad group, the targeting (keyword or product) and the shopper's search term.</summary>
/// <param name="Campaign">The campaign name.</param>
/// <param name="AdGroup">The ad group name.</param>
/// <param name="Targeting">The keyword, product or category targeted (empty for auto campaigns' rows without one).</param>
/// <param name="MatchType">The match type (<c>EXACT</c>, <c>PHRASE</c>, <c>BROAD</c>, or an auto-targeting group).</param>
/// <param name="SearchTerm">The customer search term.</param>
public sealed record AdKey(string Campaign, string AdGroup, string Targeting, string MatchType, string SearchTerm);

/// <summary>One day's activity of one search term under one target, with how its sales were attributed.</summary>
/// <param name="Date">The day of the ad interaction (Amazon reports conversions on the day of the click, not of the order).</param>
/// <param name="Key">Where it sits.</param>
/// <param name="Metrics">The counts and amounts.</param>
/// <param name="Attribution">How its sales were counted.</param>
/// <param name="CampaignType">The campaign type.</param>
public sealed record AdRecord(LocalDate Date, AdKey Key, AdMetrics Metrics, Attribution Attribution, CampaignType CampaignType = CampaignType.SponsoredProducts);
