using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CrossBorder.Advertising;

namespace CrossBorder.Benchmarks;

/// <summary>
/// A million-row search-term report, file to result: read (plain CSV), metrics by search term, and bid recommendations
/// for every target with a current bid, at a 25% target ACoS. Target: under 1 s on this machine. The report is
/// generated once, deterministically (seed 1): 60 days, 50 campaigns, 200 ad groups, 20,000 search terms.
/// </summary>
[MemoryDiagnoser]
public class AdsBenchmarks
{
    private string _path = string.Empty;
    private CurrentBid[] _bids = [];

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"crossborder-ads-{Rows}.csv");
        (_path, _bids) = Generate(Rows, _path);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Reading the file and computing the metrics by search term.</summary>
    [Benchmark]
    public int ReadAndGroup()
    {
        using var stream = File.OpenRead(_path);
        var report = AdReportReader.Read(stream, _path);
        return report.GroupBy(AdLevel.SearchTerm).Count;
    }

    /// <summary>Reading, metrics by search term, and bid recommendations: the "file to result".</summary>
    [Benchmark]
    public int FileToBids()
    {
        using var stream = File.OpenRead(_path);
        var report = AdReportReader.Read(stream, _path);
        var rows = report.GroupBy(AdLevel.SearchTerm).Count;
        var bids = new BidOptimizer().Recommend(report.Mature(report.Last, 3), _bids, AcosGoal.TargetOnly(Percentage.FromPercent(25m)));
        return rows + bids.Count;
    }

    /// <summary>A deterministic report of <paramref name="rows"/> rows at <paramref name="path"/>, and a current bid for every target.</summary>
    public static (string Path, CurrentBid[] Bids) Generate(int rows, string path)
    {
        var random = new Random(1);
        var start = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.WriteLine("date,campaign,ad_group,targeting,search_term,match_type,impressions,clicks,spend,sales,orders,units,currency");
            for (var i = 0; i < rows; i++)
            {
                var impressions = random.Next(0, 2000);
                var clicks = random.Next(0, Math.Min(impressions, 30) + 1);
                var orders = clicks == 0 ? 0 : random.Next(0, Math.Min(clicks, 3) + 1);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{start.AddDays(i % 60):yyyy-MM-dd},Campaign {i % 50},Group {i % 200},kw {i % 2000},term {i % 20000},EXACT,{impressions},{clicks},{clicks * 0.73m:0.00},{orders * 29.99m:0.00},{orders},{orders},USD"));
            }
        }

        var bids = Enumerable.Range(0, 2000)
            .Select(k => (Campaign: k % 50, Group: k % 200, Keyword: k))
            .Select(t => new CurrentBid(AdReport.KeyOf(new AdKey($"Campaign {t.Campaign}", $"Group {t.Group}", $"kw {t.Keyword}", "EXACT", string.Empty), AdLevel.Targeting), Money.Of(0.80m, "USD")))
            .DistinctBy(b => b.Key)
            .ToArray();
        return (path, bids);
    }

    /// <summary>The <c>ads-report N</c> mode: one timed run of each stage, for quick figures without BenchmarkDotNet.</summary>
    public static void Time(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crossborder-ads-{rows}.csv");
        var (_, bids) = Generate(rows, path);
        try
        {
            for (var run = 0; run < 3; run++)
            {
                var clock = Stopwatch.StartNew();
                AdReport report;
                using (var stream = File.OpenRead(path))
                {
                    report = AdReportReader.Read(stream, path);
                }

                var read = clock.Elapsed;
                var groups = report.GroupBy(AdLevel.SearchTerm).Count;
                var grouped = clock.Elapsed;
                var recommendations = new BidOptimizer().Recommend(report.Mature(report.Last, 3), bids, AcosGoal.TargetOnly(Percentage.FromPercent(25m))).Count;
                var total = clock.Elapsed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run + 1}: {rows:N0} rows read in {read.TotalMilliseconds:F0} ms, {groups:N0} search terms grouped in {(grouped - read).TotalMilliseconds:F0} ms, {recommendations:N0} bids in {(total - grouped).TotalMilliseconds:F0} ms; file to result {total.TotalMilliseconds:F0} ms"));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
