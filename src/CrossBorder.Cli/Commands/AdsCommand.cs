using System.CommandLine;
using System.Globalization;
using CrossBorder.Advertising;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;

namespace CrossBorder.Cli.Commands;

/// <summary><c>crossborder ads</c>: metrics, recommendations and anomalies of a search-term report (docs/advertising.md).</summary>
internal static class AdsCommand
{
    private const string Csv = "csv";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var report = new Option<string?>("--report", "-r")
        {
            Description = "Amazon's Sponsored Products search-term report as exported (CSV or XLSX), or the plain CSV date,campaign,ad_group,search_term,match_type,impressions,clicks,spend,sales,orders,units,currency.",
            HelpName = "report.csv|report.xlsx",
        };
        var groupBy = new Option<string>("--group-by")
        {
            Description = "The level of the metrics rows.",
            DefaultValueFactory = _ => "campaign",
            HelpName = "campaign|ad-group|targeting|search-term",
        };
        groupBy.AcceptOnlyFromAmong("campaign", "ad-group", "targeting", "search-term");
        var targetAcos = new Option<string?>("--target-acos")
        {
            Description = "The ACoS bids and rules aim at, such as 25%; without it, metrics only.",
            HelpName = "percent",
        };
        var bids = new Option<string?>("--bids")
        {
            Description = "Current bids as CSV key,bid,currency[,placement_adjustment,dynamic_factor], keyed as --group-by targeting prints them; without it, no bid change.",
            HelpName = "bids.csv",
        };
        var window = new Option<int?>("--window")
        {
            Description = "The attribution window to read (1, 7, 14 or 30 days) when the report has several.",
            HelpName = "days",
        };
        var maturity = new Option<int>("--maturity-days")
        {
            Description = "Days at the end of the report whose sales are still arriving, left out of decisions (default 3).",
            DefaultValueFactory = _ => 3,
            HelpName = "days",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: 'table', 'json' (indented, invariant) or 'csv' (the metrics rows).",
            DefaultValueFactory = _ => CommonOptions.Table,
            HelpName = "table|json|csv",
        };
        format.AcceptOnlyFromAmong(CommonOptions.Table, CommonOptions.Json, Csv);
        var command = new Command(
            "ads",
            "Read a search-term report and print ACoS, ROAS, CTR, CPC and CVR by campaign, ad group, target or search term (undefined metrics shown as such, never 0), " +
            "bid, harvest and negative recommendations with their reasons, and anomalies.")
        {
            report,
            groupBy,
            targetAcos,
            bids,
            window,
            maturity,
            format,
        };
        command.SetAction(parseResult => CommonOptions.Execute(context, files => Run(
            context,
            files,
            parseResult.GetValue(report),
            parseResult.GetRequiredValue(groupBy),
            parseResult.GetValue(targetAcos),
            parseResult.GetValue(bids),
            parseResult.GetValue(window),
            parseResult.GetValue(maturity),
            parseResult.GetRequiredValue(format))));
        return command;
    }

    private static void Run(CliContext context, RunFiles files, string? reportPath, string groupBy, string? targetAcos, string? bidsPath, int? window, int maturityDays, string format)
    {
        if (reportPath is null)
        {
            throw new UserErrorException("--report is required: a search-term report, such as samples/data/sp-search-term-report.csv.");
        }

        files.Input("--report", reportPath);
        if (bidsPath is not null)
        {
            files.Input("--bids", bidsPath);
        }
        if (window is { } days && days is not (1 or 7 or 14 or 30))
        {
            throw new UserErrorException(string.Create(CultureInfo.InvariantCulture, $"--window is 1, 7, 14 or 30 days, not {days.ToString(CultureInfo.InvariantCulture)}."));
        }

        var settings = Settings(() => new AdAnalysisSettings
        {
            GroupBy = groupBy switch
            {
                "ad-group" => AdLevel.AdGroup,
                "targeting" => AdLevel.Targeting,
                "search-term" => AdLevel.SearchTerm,
                _ => AdLevel.Campaign,
            },
            TargetAcos = targetAcos is null ? null : CommonOptions.ParsePercentage(targetAcos, "--target-acos"),
            MaturityDays = maturityDays,
            CurrentBids = bidsPath is null ? [] : JsonInput.ReadWith(bidsPath, "--bids", text => CurrentBidsCsv.Read(new StringReader(text), bidsPath)),
        });

        AdReport parsed;
        try
        {
            using var stream = File.OpenRead(reportPath);
            parsed = AdReportReader.Read(stream, reportPath, new AdReportReadOptions { WindowDays = window });
        }
        catch (FormatException e)
        {
            throw new UserErrorException(e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException(string.Create(CultureInfo.InvariantCulture, $"--report '{reportPath}': {e.Message}"), e);
        }

        var analysis = CommonOptions.Calculate(reportPath, () => AdAnalyzer.Analyze(parsed, settings));
        switch (format)
        {
            case CommonOptions.Json:
                CommonOptions.WriteJson(context, stream => AdAnalysisJson.Write(stream, analysis));
                return;
            case Csv:
                AdAnalysisJson.WriteCsv(context.Output, analysis);
                return;
            default:
                WriteTable(context.Output, analysis);
                return;
        }
    }

    private static void WriteTable(TextWriter output, AdAnalysis analysis)
    {
        static string Ratio(Ratio r, bool percent) => r.Kind switch
        {
            RatioKind.Infinite => "∞",
            RatioKind.Undefined => "—",
            _ => percent ? (r.Value * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%" : r.Value.ToString("0.00", CultureInfo.InvariantCulture),
        };
        static string Amount(Money m) => m.Amount.ToString("F" + (m.Currency.MinorUnit ?? 0).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{NodaTime.Text.LocalDatePattern.Iso.Format(analysis.First)} to {NodaTime.Text.LocalDatePattern.Iso.Format(analysis.Last)}, {analysis.Attribution} attribution, amounts in {analysis.Currency.Code}, by {AdAnalysisJson.LevelCode(analysis.Level)}"));
        output.WriteLine();
        var table = new TableWriter(
            new Column("Key"),
            new Column("Impr.", Align.Right),
            new Column("Clicks", Align.Right),
            new Column("Spend", Align.Right),
            new Column("Sales", Align.Right),
            new Column("Orders", Align.Right),
            new Column("CTR", Align.Right),
            new Column("CPC", Align.Right),
            new Column("CVR", Align.Right),
            new Column("ACoS", Align.Right),
            new Column("ROAS", Align.Right));
        void Row(string key, AdMetrics m) => table.AddRow(
            key, m.Impressions.ToString(CultureInfo.InvariantCulture), m.Clicks.ToString(CultureInfo.InvariantCulture), Amount(m.Spend), Amount(m.Sales), m.Orders.ToString(CultureInfo.InvariantCulture),
            Ratio(m.Ctr, true), m.Cpc is { } cpc ? cpc.Amount.ToString("0.00", CultureInfo.InvariantCulture) : "—", Ratio(m.Cvr, true), Ratio(m.Acos, true), Ratio(m.Roas, false));
        foreach (var row in analysis.Rows)
        {
            Row(row.Key, row.Metrics);
        }

        table.AddRule();
        Row("Total", analysis.Totals);
        table.Write(output);

        if (analysis.Recommendations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Recommendations (dry run):");
            foreach (var r in analysis.Recommendations)
            {
                var bid = r.NewBid is { } b ? string.Create(CultureInfo.InvariantCulture, $" {(r.CurrentBid is { } c ? c + " → " : string.Empty)}{b}") : string.Empty;
                var match = r.MatchType is { } mt ? string.Create(CultureInfo.InvariantCulture, $" [{mt}]") : string.Empty;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {AdAnalysisJson.KindCode(r.Kind)}{match} {r.Key}{bid}"));
                foreach (var reason in r.Reasons)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {reason.Code}: {reason.Detail}"));
                }
            }
        }

        if (analysis.Anomalies.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Anomalies:");
            foreach (var a in analysis.Anomalies)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {NodaTime.Text.LocalDatePattern.Iso.Format(a.Date)} {a.Key} {a.Metric}: {a.Detail}"));
            }
        }

        if (analysis.Notes.Count > 0)
        {
            output.WriteLine();
            foreach (var note in analysis.Notes)
            {
                output.WriteLine("Note: " + note);
            }
        }
    }

    /// <summary>Makes the settings, naming the option whose value they refuse.</summary>
    private static AdAnalysisSettings Settings(Func<AdAnalysisSettings> make)
    {
        try
        {
            return make();
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName is nameof(AdAnalysisSettings.TargetAcos) or nameof(AdAnalysisSettings.MaturityDays))
        {
            var option = e.ParamName == nameof(AdAnalysisSettings.TargetAcos) ? "--target-acos" : "--maturity-days";
            throw new UserErrorException($"{option}: {CliErrors.Describe(e)}", e);
        }
    }
}
