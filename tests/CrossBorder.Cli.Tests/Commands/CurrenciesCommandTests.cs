using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

public class CurrenciesCommandTests
{
    [Fact]
    public void Lists_the_currencies_valid_today_with_every_column()
    {
        var run = Tool.Run("currencies");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        Assert.Equal(["code", "numeric", "minor", "name", "type", "valid", "from", "valid", "to"], run.OutLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(run.OutLines, l => l.StartsWith("EUR   978          2  Euro", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("JPY   392          0  Yen", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("ALL   008", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("XAU   959       N.A.", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("BGN", StringComparison.Ordinal) && l.EndsWith("2025-12-31", StringComparison.Ordinal));
        Assert.DoesNotContain(run.OutLines, l => l.StartsWith("HRK", StringComparison.Ordinal));
        Assert.Matches(@"^\d+ currencies valid on 2025-06-01\.$", run.OutLines[^1]);
        Assert.All(run.OutLines, l => Assert.Equal(l.TrimEnd(), l));
    }

    [Fact]
    public void Bulgarian_lev_is_valid_on_2025_06_01_but_not_on_2026_06_01()
    {
        var before = Tool.Run("currencies", "--as-of", "2025-06-01", "--search", "BGN");
        var after = Tool.Run("currencies", "--as-of", "2026-06-01", "--search", "BGN");

        Assert.Equal(0, before.ExitCode);
        Assert.Contains(before.OutLines, l => l.StartsWith("BGN   975          2  Bulgarian Lev", StringComparison.Ordinal));
        Assert.Equal(0, after.ExitCode);
        Assert.DoesNotContain("Bulgarian Lev", after.Out, StringComparison.Ordinal);
        Assert.Equal("No currency valid on 2026-06-01 matches 'BGN'.", after.Out.Trim());
    }

    [Fact]
    public void Include_withdrawn_adds_the_currencies_withdrawn_before_the_date()
    {
        var run = Tool.Run("currencies", "--as-of", "2026-06-01", "--search", "lev", "--include-withdrawn");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.StartsWith("BGN", StringComparison.Ordinal) && l.EndsWith("2025-12-31", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("BGL", StringComparison.Ordinal));
        Assert.Equal("4 currencies valid on or withdrawn before 2026-06-01.", run.OutLines[^1]);
    }

    [Fact]
    public void Search_matches_code_or_name_ignoring_case()
    {
        var run = Tool.Run("currencies", "--search", "DINAR", "--as-of", "2025-06-01");

        Assert.Equal(0, run.ExitCode);
        foreach (var code in new[] { "BHD", "DZD", "IQD", "JOD", "KWD", "LYD", "RSD", "TND" })
        {
            Assert.Contains(run.OutLines, l => l.StartsWith(code, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(run.OutLines, l => l.StartsWith("EUR", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^KWD\s+414\s+3\s+Kuwaiti Dinar\s+ISO$"));
    }

    [Fact]
    public void Json_lists_the_same_currencies_with_typed_fields()
    {
        var table = Tool.Run("currencies", "--as-of", "2025-06-01");
        var json = Tool.Run("currencies", "--as-of", "2025-06-01", "--format", "json");

        Assert.Equal(0, json.ExitCode);
        var root = JsonOutput.Parse(json.Out);
        Assert.Equal("2025-06-01", root.GetProperty("asOf").GetString());
        Assert.False(root.GetProperty("includeWithdrawn").GetBoolean());
        var currencies = root.GetProperty("currencies").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("count").GetInt32(), currencies.Count);
        Assert.Equal(table.OutLines.Length - 4, currencies.Count);

        var bgn = Assert.Single(currencies, c => c.GetProperty("code").GetString() == "BGN");
        Assert.Equal("975", bgn.GetProperty("numeric").GetString());
        Assert.Equal(2, bgn.GetProperty("minorUnit").GetInt32());
        Assert.Equal("Bulgarian Lev", bgn.GetProperty("name").GetString());
        Assert.True(bgn.GetProperty("iso4217").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, bgn.GetProperty("validFrom").ValueKind);
        Assert.Equal("2025-12-31", bgn.GetProperty("validTo").GetString());

        var gold = Assert.Single(currencies, c => c.GetProperty("code").GetString() == "XAU");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, gold.GetProperty("minorUnit").ValueKind);
        Assert.Contains("\n  ", json.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_of_an_empty_search_is_an_empty_list()
    {
        var run = Tool.Run("currencies", "--search", "xyzzy", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonOutput.Parse(run.Out);
        Assert.Equal(0, root.GetProperty("count").GetInt32());
        Assert.Equal("xyzzy", root.GetProperty("search").GetString());
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("01/06/2025")]
    [InlineData("yesterday")]
    public void A_malformed_as_of_date_is_one_error_line(string date)
    {
        var line = Tool.AssertUserError(Tool.Run("currencies", "--as-of", date));

        Assert.Contains("--as-of", line, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", line, StringComparison.Ordinal);
    }
}
