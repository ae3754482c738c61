namespace CrossBorder.Tax.Tests.Helpers;

/// <summary>Small rule packs written for the tests. Their sources say "test fixture": they are not the law.</summary>
public static class TestPacks
{
    /// <summary>A standard rate that changes twice and a reduced rate abolished at the end of 2025.</summary>
    public const string Estonia = """
        {
          "format": "crossborder-tax-rules/1",
          "version": "test-1",
          "jurisdictions": [
            {
              "code": "EE", "name": "Estonia", "tax": "VAT", "coverageFrom": "2020-01-01",
              "rates": [
                { "tier": "standard", "rate": "20%", "from": "2009-07-01", "to": "2023-12-31", "source": "test fixture" },
                { "tier": "standard", "rate": "22%", "from": "2024-01-01", "to": "2025-06-30", "source": "test fixture" },
                { "tier": "standard", "rate": "24%", "from": "2025-07-01", "source": "test fixture", "sourceUrl": "https://example.test/ee" },
                { "tier": "reduced", "rate": "9%", "from": "2020-01-01", "to": "2025-12-31", "source": "test fixture", "note": "books" }
              ],
              "categories": [
                { "category": "books", "tier": "reduced", "from": "2020-01-01", "to": "2025-12-31", "source": "test fixture" },
                { "category": "books", "tier": "standard", "from": "2026-01-01", "source": "test fixture" },
                { "category": "postage-stamps", "tier": "exempt", "from": "2020-01-01", "source": "test fixture" }
              ]
            },
            {
              "code": "US-CA", "name": "California", "tax": "sales tax", "coverageFrom": "2024-01-01",
              "rates": [ { "tier": "standard", "rate": "7.25%", "from": "2024-01-01", "source": "test fixture" } ]
            }
          ]
        }
        """;

    public static TaxRulePack Load(string json = Estonia) => TaxRulePackReader.Parse(json, "test.json");

    /// <summary>The Estonia pack with one fragment replaced, for the error tests.</summary>
    public static string With(string find, string replace)
    {
        Assert.Contains(find, Estonia, StringComparison.Ordinal);
        return Estonia.Replace(find, replace, StringComparison.Ordinal);
    }
}
