using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CrossBorder.Cli.Output;
using CrossBorder.Forecasting;
using CrossBorder.Forecasting.Batch;
using CrossBorder.Forecasting.Files;

namespace CrossBorder.Cli.Commands;

/// <summary>
/// <c>crossborder forecast</c>: reads series in long CSV format, forecasts each with a named method (inside the
/// fallback chain, so every series gets a forecast), streams the forecasts to R's long CSV format and prints a summary.
/// </summary>
internal static class ForecastCommand
{
    /// <summary>The largest horizon accepted; more is a typo, not a plan.</summary>
    public const int MaxHorizon = LongFormatReader.MaximumHorizon;

    /// <summary>The most decimals of a <c>--level</c> percentage: <c>99.9999</c> names columns <c>lo99.9999</c>, <c>hi99.9999</c>.</summary>
    public const int MaxLevelDecimals = 6;

    /// <summary>Progress appears on an interactive terminal only once a run has taken this long.</summary>
    private static readonly TimeSpan ProgressDelay = TimeSpan.FromSeconds(2);

    /// <summary>Builds the <c>forecast</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i")
        {
            Description = "Series in long format, CSV or .parquet (same column names): series_id,t,y with optional freq and h columns, or series_id,date,y " +
                "with ISO dates (yyyy-MM-dd; the period is inferred: daily 7, weekly 52, monthly 12, quarterly 4, yearly 1). " +
                "Rows of a series are contiguous and in time order; empty y, NA and missing dates are missing values.",
            HelpName = "FILE.csv|FILE.parquet",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the forecasts: series_id,method,step,mean,lo80,hi80,lo95,hi95 (NA where a method has no interval); " +
                "a .parquet file has the same columns, with null for NA.",
            HelpName = "FILE.csv|FILE.parquet",
        };
        var horizon = new Option<int?>("--horizon")
        {
            Description = "Steps ahead for every series, 1 to 10000. Default: each series' h column (held to the same limit), " +
                "else the M4 horizon of its period (weekly 13, monthly 18, quarterly 8, daily 14, yearly and others 6).",
            HelpName = "H",
        };
        var method = new Option<string>("--method", "-m")
        {
            Description = "The method: " + string.Join('|', ForecastMethods.Names) + ". 'auto' picks per series " +
                "(ETS for regular demand, combinations of Theta, TSB and SBA or the mean for intermittent demand).",
            DefaultValueFactory = _ => ForecastMethods.Auto,
            HelpName = "name",
        };
        var levels = new Option<string>("--level")
        {
            Description = "Prediction interval levels in percent (the % sign optional, at most 6 decimals), comma-separated; " +
                "each becomes a lo/hi column pair named after it: 80 gives lo80,hi80 and 99.9999 gives lo99.9999,hi99.9999.",
            DefaultValueFactory = _ => "80,95",
            HelpName = "80,95",
        };
        var threads = new Option<int?>("--threads")
        {
            Description = "Threads to use; default all cores.",
            HelpName = "N",
        };
        var summary = new Option<bool>("--summary")
        {
            Description = "Print the full summary: methods chosen, fallback reasons and demand classes with their counts.",
        };
        var chart = new Option<string?>("--chart")
        {
            Description = "Series ids to chart (history, forecast, 80% and 95% bands), comma-separated; needs --chart-output.",
            HelpName = "ID1,ID2",
        };
        var chartOutput = new Option<string?>("--chart-output")
        {
            Description = "Where to write the chart: a .svg file, or a .html page that holds the SVG.",
            HelpName = "chart.svg|chart.html",
        };
        var format = CommonOptions.CreateFormatOption();

        var command = new Command(
            "forecast",
            "Forecast every series of a long-format CSV file and write R's long forecast format. Every series gets a " +
            "forecast: empty, all-zero, constant, obsolete, too short or unfittable series take a fallback, whose reason " +
            "the summary counts.")
        {
            input,
            output,
            horizon,
            method,
            levels,
            threads,
            summary,
            chart,
            chartOutput,
            format,
        };

        command.SetAction(parseResult => CommonOptions.Execute(context, files =>
        {
            var chartOutputPath = parseResult.GetValue(chartOutput);
            var request = new ForecastRequest(
                Input: parseResult.GetValue(input) ?? throw new UserErrorException("--input is required: the series in long CSV format (series_id,t,y or series_id,date,y)."),
                Output: parseResult.GetValue(output) ?? throw new UserErrorException("--output is required: where to write the forecasts."),
                Horizon: ValidateHorizon(parseResult.GetValue(horizon)),
                Method: ValidateMethod(parseResult.GetRequiredValue(method)),
                Levels: ParseLevels(parseResult.GetRequiredValue(levels)),
                Threads: ValidateThreads(parseResult.GetValue(threads)),
                Chart: [.. CommonOptions.ParseChart(parseResult.GetValue(chart), chartOutputPath, "series", "SKU-001,SKU-002", ".svg", ".html", ".htm")],
                ChartOutput: chartOutputPath);
            var result = Run(context, files, request);
            var summaryFormat = parseResult.GetRequiredValue(format);
            if (summaryFormat == CommonOptions.Json)
            {
                ForecastSummaryWriter.WriteJson(context.Output, result);
            }
            else if (parseResult.GetValue(summary))
            {
                ForecastSummaryWriter.WriteTable(context.Output, result);
            }
            else
            {
                ForecastSummaryWriter.WriteShort(context.Output, result);
            }
        }));
        return command;
    }

    private static ForecastSummary Run(CliContext context, RunFiles files, ForecastRequest request)
    {
        // Every file is checked before any work: the output may not be the input or the chart, nor a folder.
        var inputPath = files.Input("--input", request.Input);
        var output = files.Output("--output", request.Output);
        var chartOutput = files.OptionalOutput("--chart-output", request.ChartOutput);
        var cancellation = files.Cancellation;

        var service = new ForecastingService(request.Method, levels: request.Levels, maxDegreeOfParallelism: request.Threads);
        SeriesForecaster forecaster = (series, _) =>
        {
            cancellation.ThrowIfCancellationRequested();
            var h = DefaultHorizons.For(series, request.Horizon);
            try
            {
                return service.Forecaster(series, h);
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException($"'{inputPath}': series '{CommonOptions.Echo(series.Id)}' cannot be forecast: {CliErrors.Describe(e)}", e);
            }
        };

        var started = Stopwatch.GetTimestamp();
        var summary = new ForecastSummary(request.Method, request.Levels, request.Output);
        var charted = new List<ChartSeries>();
        var progress = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected ? new Progress(context.Error, started) : null;
        try
        {
            // The format of each file follows its extension: .parquet or CSV.
            using var parquet = LongFormatFiles.IsParquet(output.Path) ? new ForecastParquetWriter(output.OpenStream(), request.Levels) : null;
            IForecastWriter csv = parquet is null ? new ForecastCsvWriter(output.OpenText(), request.Levels) : parquet;
            var series = LongFormatFiles.ReadFile(inputPath);
            foreach (var (item, forecast) in BatchForecaster.Stream(series, forecaster, 1, 1024, request.Threads))
            {
                cancellation.ThrowIfCancellationRequested();
                csv.Write(item.Id, forecast);
                summary.Add(item, forecast);
                if (request.Chart.Contains(item.Id))
                {
                    charted.Add(new ChartSeries(item.Id, item.Values.ToArray(), item.Start, item.Period, forecast));
                }

                progress?.Report(summary.SeriesCount);
            }

            progress?.Clear();
            if (summary.SeriesCount == 0)
            {
                throw new UserErrorException($"--input: '{CommonOptions.Echo(inputPath)}' has a header but no rows; expected one row per series and date.");
            }

            summary.Elapsed = Stopwatch.GetElapsedTime(started);
            if (chartOutput is not null)
            {
                var missing = request.Chart.Where(id => !charted.Exists(c => c.Id == id)).ToArray();
                if (missing.Length > 0)
                {
                    throw new UserErrorException($"--chart: the input has no series {string.Join(", ", missing.Select(m => "'" + CommonOptions.Echo(m) + "'"))}.");
                }

                ChartSeries[] ordered = [.. request.Chart.Select(id => charted.Find(c => c.Id == id)!)];
                var svg = ForecastChart.Svg(ordered);
                var html = chartOutput.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || chartOutput.Path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
                chartOutput.WriteAllText(html ? ForecastChart.Html(svg, ordered) : svg);
                summary.Chart = chartOutput.Path;
            }

            parquet?.Dispose();
            output.Commit();
            return summary;
        }
        catch (Exception e) when (Unwrap(e, inputPath) is { } user)
        {
            progress?.Clear();
            throw user;
        }
        catch
        {
            progress?.Clear();
            throw;
        }
    }

    /// <summary>The user's mistake behind <paramref name="e"/>, or <see langword="null"/> for a bug.</summary>
    /// <remarks>
    /// Forecasting errors are turned into <see cref="UserErrorException"/> by the forecaster (which names the series),
    /// so a remaining <see cref="FormatException"/> or <see cref="ArgumentException"/> comes from the reader: a malformed
    /// line, a date off the series' calendar, or an <c>h</c> below 1.
    /// </remarks>
    private static UserErrorException? Unwrap(Exception e, string input) => e switch
    {
        UserErrorException user => user,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(i => Unwrap(i, input)).FirstOrDefault(u => u is not null),
        FormatException => new UserErrorException(CliErrors.Describe(e), e), // the reader's messages start with the path and line
        ArgumentException => new UserErrorException($"'{input}': {CliErrors.Describe(e)}", e),
        StandardOutputException => null,
        IOException or UnauthorizedAccessException => new UserErrorException($"'{input}' cannot be read: {CliErrors.Describe(e)}", e),
        _ => null,
    };

    private static int? ValidateHorizon(int? horizon)
    {
        if (horizon is { } h && h is < 1 or > MaxHorizon)
        {
            throw new UserErrorException(
                $"--horizon must be between 1 and {MaxHorizon.ToString(CultureInfo.InvariantCulture)}, not {h.ToString(CultureInfo.InvariantCulture)}.");
        }

        return horizon;
    }

    private static string ValidateMethod(string method)
    {
        if (!ForecastMethods.IsKnown(method))
        {
            throw new UserErrorException($"--method: unknown method '{CommonOptions.Echo(method)}'; expected one of {string.Join(", ", ForecastMethods.Names)}.");
        }

        return method.Trim().ToLowerInvariant();
    }

    private static int ValidateThreads(int? threads)
    {
        if (threads is { } n && n is < 1 or > 4096)
        {
            throw new UserErrorException($"--threads must be between 1 and 4096, not {n.ToString(CultureInfo.InvariantCulture)}.");
        }

        return threads ?? -1;
    }

    /// <summary>
    /// The interval levels as fractions, from percentages (the % sign optional) strictly between 0 and 100 with at most
    /// <see cref="MaxLevelDecimals"/> decimals, so that each column name (<c>lo80</c>, <c>hi99.9999</c>) reads back as
    /// its level and no two columns share a name.
    /// </summary>
    private static double[] ParseLevels(string text)
    {
        var tokens = text.Split(',', StringSplitOptions.TrimEntries);
        var percents = new decimal[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var percent = CommonOptions.ParsePercentage(tokens[i], "--level", signOptional: true).Percent;
            if (!(percent > 0m && percent < 100m))
            {
                throw new UserErrorException($"--level '{CommonOptions.Echo(tokens[i])}' is not a percentage strictly between 0 and 100, such as 80 or 95.");
            }

            if (decimal.Round(percent, MaxLevelDecimals) != percent)
            {
                throw new UserErrorException(
                    $"--level '{CommonOptions.Echo(tokens[i])}' has more than {MaxLevelDecimals.ToString(CultureInfo.InvariantCulture)} decimals; its lo/hi columns could not be named exactly.");
            }

            percents[i] = percent;
        }

        if (percents.Distinct().Count() != percents.Length)
        {
            throw new UserErrorException($"--level '{CommonOptions.Echo(text)}' repeats a level.");
        }

        return [.. percents.Select(p => (double)(p / 100m))];
    }

    private sealed record ForecastRequest(
        string Input,
        string Output,
        int? Horizon,
        string Method,
        double[] Levels,
        int Threads,
        string[] Chart,
        string? ChartOutput);

    /// <summary>A one-line progress counter on an interactive terminal, shown once a run has taken over two seconds.</summary>
    private sealed class Progress(TextWriter error, long started)
    {
        private TimeSpan _lastShown = TimeSpan.MinValue;
        private bool _shown;

        public void Report(int count)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed < ProgressDelay || elapsed - _lastShown < TimeSpan.FromMilliseconds(250))
            {
                return;
            }

            _lastShown = elapsed;
            _shown = true;
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\rforecast: {count:N0} series, {elapsed.TotalSeconds:0.0} s"));
            error.Flush();
        }

        public void Clear()
        {
            if (_shown)
            {
                error.Write("\r" + new string(' ', 60) + "\r");
                error.Flush();
                _shown = false;
            }
        }
    }
}
