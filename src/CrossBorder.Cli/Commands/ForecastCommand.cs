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
    public const int MaxHorizon = 10_000;

    /// <summary>Progress appears on an interactive terminal only once a run has taken this long.</summary>
    private static readonly TimeSpan ProgressDelay = TimeSpan.FromSeconds(2);

    /// <summary>Builds the <c>forecast</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i")
        {
            Description = "Series in long CSV format: series_id,t,y with optional freq and h columns, or series_id,date,y " +
                "with ISO dates (yyyy-MM-dd; the period is inferred: daily 7, weekly 52, monthly 12, quarterly 4, yearly 1). " +
                "Rows of a series are contiguous and in time order; empty y, NA and missing dates are missing values.",
            HelpName = "FILE.csv",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the forecasts: series_id,method,step,mean,lo80,hi80,lo95,hi95 (NA where a method has no interval).",
            HelpName = "FILE.csv",
        };
        var horizon = new Option<int?>("--horizon")
        {
            Description = "Steps ahead for every series. Default: each series' h column, else the M4 horizon of its period " +
                "(weekly 13, monthly 18, quarterly 8, daily 14, yearly and others 6).",
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
            Description = "Prediction interval levels in percent, comma-separated; each becomes a lo/hi column pair.",
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

        command.SetAction(parseResult => CommonOptions.Execute(context, () =>
        {
            var request = new ForecastRequest(
                Input: parseResult.GetValue(input) ?? throw new UserErrorException("--input is required: the series in long CSV format (series_id,t,y or series_id,date,y)."),
                Output: parseResult.GetValue(output) ?? throw new UserErrorException("--output is required: where to write the forecasts."),
                Horizon: ValidateHorizon(parseResult.GetValue(horizon)),
                Method: ValidateMethod(parseResult.GetRequiredValue(method)),
                Levels: ParseLevels(parseResult.GetRequiredValue(levels)),
                Threads: ValidateThreads(parseResult.GetValue(threads)),
                Chart: ParseChartIds(parseResult.GetValue(chart), parseResult.GetValue(chartOutput)),
                ChartOutput: parseResult.GetValue(chartOutput));
            var result = Run(context, request);
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

    /// <summary>The M4 horizon of a seasonal period, for series without an <c>h</c> column and without <c>--horizon</c>.</summary>
    public static int DefaultHorizon(int period) => period switch
    {
        52 => 13,
        12 => 18,
        4 => 8,
        7 => 14,
        _ => 6,
    };

    private static ForecastSummary Run(CliContext context, ForecastRequest request)
    {
        if (!File.Exists(request.Input))
        {
            throw new UserErrorException($"Input file '{request.Input}' does not exist.");
        }

        var outputPath = Path.GetFullPath(request.Output);
        var outputDirectory = Path.GetDirectoryName(outputPath);
        if (outputDirectory is not null && !Directory.Exists(outputDirectory))
        {
            throw new UserErrorException($"The folder of --output '{request.Output}' does not exist.");
        }

        if (Directory.Exists(outputPath))
        {
            throw new UserErrorException($"--output '{request.Output}' is a folder; give a file name such as forecasts.csv.");
        }

        if (string.Equals(outputPath, Path.GetFullPath(request.Input), StringComparison.Ordinal))
        {
            throw new UserErrorException("--output must differ from --input.");
        }

        var service = new ForecastingService(request.Method, levels: request.Levels, maxDegreeOfParallelism: request.Threads);
        SeriesForecaster forecaster = (series, _) =>
        {
            var h = request.Horizon ?? series.Horizon ?? DefaultHorizon(series.Period);
            try
            {
                return service.Forecaster(series, h);
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException($"'{request.Input}': series '{series.Id}' cannot be forecast: {Describe(e)}", e);
            }
        };

        var started = Stopwatch.GetTimestamp();
        var summary = new ForecastSummary(request.Method, request.Levels, request.Output);
        var charted = new List<ChartSeries>();
        var progress = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected ? new Progress(context.Error, started) : null;
        var temporary = outputPath + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                var csv = new ForecastCsvWriter(writer, request.Levels);
                var series = LongFormatReader.ReadFile(request.Input);
                foreach (var (item, forecast) in BatchForecaster.Stream(series, forecaster, 1, 1024, request.Threads))
                {
                    csv.Write(item.Id, forecast);
                    summary.Add(item, forecast);
                    if (request.Chart.Contains(item.Id))
                    {
                        charted.Add(new ChartSeries(item.Id, item.Values.ToArray(), item.Start, item.Period, forecast));
                    }

                    progress?.Report(summary.SeriesCount);
                }
            }

            progress?.Clear();
            summary.Elapsed = Stopwatch.GetElapsedTime(started);
            if (request.ChartOutput is { } chartPath)
            {
                var missing = request.Chart.Where(id => !charted.Exists(c => c.Id == id)).ToArray();
                if (missing.Length > 0)
                {
                    throw new UserErrorException($"--chart: the input has no series {string.Join(", ", missing.Select(m => "'" + m + "'"))}.");
                }

                var ordered = request.Chart.Select(id => charted.Find(c => c.Id == id)!).ToArray();
                WriteChart(chartPath, ordered);
                summary.Chart = chartPath;
            }

            File.Move(temporary, outputPath, overwrite: true);
            return summary;
        }
        catch (Exception e) when (Unwrap(e, request.Input) is { } user)
        {
            progress?.Clear();
            throw user;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
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
        FormatException => new UserErrorException(e.Message, e), // the reader's messages start with the path and line
        ArgumentException argument => new UserErrorException($"'{input}': {Describe(argument)}", e),
        IOException or UnauthorizedAccessException => new UserErrorException(e.Message, e),
        _ => null,
    };

    /// <summary>The message of <paramref name="e"/> without the " (Parameter 'y')" that means nothing to a user.</summary>
    private static string Describe(ArgumentException e)
    {
        var message = e.Message;
        if (e.ParamName is { } name)
        {
            message = message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal);
        }

        return message;
    }

    private static void WriteChart(string path, IReadOnlyList<ChartSeries> series)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UserErrorException($"The folder of --chart-output '{path}' does not exist.");
        }

        var svg = ForecastChart.Svg(series);
        var html = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        File.WriteAllText(path, html ? ForecastChart.Html(svg, series) : svg, new System.Text.UTF8Encoding(false));
    }

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
            throw new UserErrorException($"Unknown method '{method}'; expected one of {string.Join(", ", ForecastMethods.Names)}.");
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

    private static double[] ParseLevels(string text)
    {
        var tokens = text.Split(',', StringSplitOptions.TrimEntries);
        var levels = new double[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!double.TryParse(tokens[i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) || !(percent > 0 && percent < 100))
            {
                throw new UserErrorException($"--level '{tokens[i]}' is not a percentage strictly between 0 and 100, such as 80 or 95.");
            }

            levels[i] = percent / 100;
        }

        if (levels.Distinct().Count() != levels.Length)
        {
            throw new UserErrorException($"--level '{text}' repeats a level.");
        }

        return levels;
    }

    private static HashSet<string> ParseChartIds(string? ids, string? chartOutput)
    {
        if (ids is null && chartOutput is null)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        if (ids is null)
        {
            throw new UserErrorException("--chart-output needs --chart with the series ids to draw.");
        }

        if (chartOutput is null)
        {
            throw new UserErrorException("--chart needs --chart-output, a .svg or .html file.");
        }

        if (!(chartOutput.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
            || chartOutput.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            || chartOutput.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UserErrorException($"--chart-output '{chartOutput}' must end in .svg or .html.");
        }

        var set = new HashSet<string>(ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        if (set.Count == 0)
        {
            throw new UserErrorException("--chart names no series; give ids such as SKU-001,SKU-002.");
        }

        if (set.Count > 50)
        {
            throw new UserErrorException("--chart draws at most 50 series.");
        }

        return set;
    }

    private sealed record ForecastRequest(
        string Input,
        string Output,
        int? Horizon,
        string Method,
        double[] Levels,
        int Threads,
        HashSet<string> Chart,
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
