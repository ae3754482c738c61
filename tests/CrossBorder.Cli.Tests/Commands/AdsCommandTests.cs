using System.Text.Json;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

public class AdsCommandTests
{
    private static readonly string SamplePath = Tool.SamplePath("sp-search-term-report.csv");

    // The bundled report's totals, summed from the CSV by a separate script (Python, decimal): 217,857 impressions,
    // 1,503 clicks, spend 1,167.19, sales 3,359.16, 74 orders; ACoS 1,167.19 / 3,359.16 = 0.347465 (6 places).
    [Fact]
    public void The_bundled_report_prints_metrics_by_campaign()
    {
        var run = Tool.Run("ads", "--report", SamplePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2026-11-01 to 2026-11-28, 7-day click attribution, amounts in USD, by campaign", run.OutLines[0]);
        var total = Assert.Single(run.OutLines, l => l.StartsWith("Total", StringComparison.Ordinal));
        Assert.Equal(["217857", "1503", "1167.19", "3359.16", "74"], total.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(5));
        Assert.Contains("34.75%", total, StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.Contains("No target ACoS was given", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_keeps_the_contract_names_and_writes_undefined_metrics_as_null()
    {
        using var report = new TempFile("""
            date,campaign,ad_group,search_term,match_type,impressions,clicks,spend,sales,orders,units,currency
            2026-11-01,Spend only,G,t,EXACT,100,4,2.00,0.00,0,0,USD
            2026-11-01,Nothing,G,t,EXACT,0,0,0.00,0.00,0,0,USD
            """);

        var run = Tool.Run("ads", "--report", report.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.GetProperty("rows");
        var spendOnly = rows[0];
        Assert.Equal("Spend only", spendOnly.GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, spendOnly.GetProperty("acos").ValueKind);
        Assert.Equal(0m, spendOnly.GetProperty("roas").GetDecimal());
        Assert.Equal(0.04m, spendOnly.GetProperty("ctr").GetDecimal());
        var nothing = rows[1];
        Assert.All(new[] { "ctr", "cpc", "cvr", "acos", "roas" }, name => Assert.Equal(JsonValueKind.Null, nothing.GetProperty(name).ValueKind));
        foreach (var name in new[] { "totals", "rows", "recommendations", "anomalies", "attribution", "currency" })
        {
            Assert.True(json.RootElement.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public void Csv_writes_the_rows_and_a_total()
    {
        var run = Tool.Run("ads", "--report", SamplePath, "--format", "csv", "--group-by", "ad-group");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("key,impressions,clicks,spend,sales,orders,units,ctr,cpc,cvr,acos,roas,currency", run.OutLines[0]);
        Assert.StartsWith("total,217857,1503,1167.19,3359.16,74,", run.OutLines[^1], StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("SP - Earbuds - Auto / Auto,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "ads" }, "--report is required")]
    [InlineData(new[] { "ads", "--report", "no-such-report.csv" }, "no-such-report.csv")]
    [InlineData(new[] { "ads", "--window", "5" }, "--window is 1, 7, 14 or 30 days")]
    public void Bad_arguments_are_one_error_line(string[] args, string mention)
    {
        var a = args.Length == 3 && args[1] == "--window" ? [.. args, "--report", SamplePath] : args;

        Assert.Contains(mention, Tool.AssertUserError(Tool.Run(a)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_report_names_its_line()
    {
        using var report = new TempFile("date,campaign,ad_group,search_term,match_type,impressions,clicks,spend,sales,orders,units,currency\n2026-11-01,C,G,t,EXACT,100,-4,2.00,0.00,0,0,USD\n");

        Assert.Contains("line 2: clicks '-4' is not a whole non-negative number", Tool.AssertUserError(Tool.Run("ads", "--report", report.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_target_acos_is_refused()
    {
        Assert.Contains("--target-acos", Tool.AssertUserError(Tool.Run("ads", "--report", SamplePath, "--target-acos", "abc")), StringComparison.Ordinal);
        Assert.Contains("target ACoS", Tool.AssertUserError(Tool.Run("ads", "--report", SamplePath, "--target-acos", "150%")), StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_target_and_bids_the_json_carries_recommendations_with_reasons_and_anomalies()
    {
        using var bids = new TempFile("key,bid,currency\nSP - Earbuds - Broad / Earbuds Broad / earbuds,1.00,USD\n");

        var run = Tool.Run("ads", "--report", SamplePath, "--target-acos", "25%", "--bids", bids.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var recommendations = json.RootElement.GetProperty("recommendations").EnumerateArray().ToArray();
        var broad = Assert.Single(recommendations, r => r.GetProperty("kind").GetString() == "lower-bid");
        Assert.Equal("1.00", broad.GetProperty("currentBid").GetProperty("amount").GetString());
        Assert.Contains(broad.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "cvr-below-break-even");
        Assert.Contains(recommendations, r => r.GetProperty("kind").GetString() == "harvest" && r.GetProperty("matchType").GetString() == "EXACT");
        Assert.Contains(json.RootElement.GetProperty("anomalies").EnumerateArray(), a => a.GetProperty("date").GetString() == "2026-11-21" && a.GetProperty("metric").GetString() == "cpc");
    }

    [Fact]
    public void A_malformed_bids_file_names_its_line()
    {
        using var bids = new TempFile("key,bid,currency\nk,abc,USD\n");

        Assert.Contains("line 2: bid = 'abc' is not a bid such as 0.85", Tool.AssertUserError(Tool.Run("ads", "--report", SamplePath, "--target-acos", "25%", "--bids", bids.Path)), StringComparison.Ordinal);
    }
}
