using System.Globalization;

namespace CrossBorder.Cli.Tests.Helpers;

/// <summary>One row of a forecast file: <c>series_id,method,step,mean,lo80,hi80,lo95,hi95</c>, NA as NaN.</summary>
public sealed record ForecastRow(string SeriesId, string Method, int Step, double Mean, double Lo80, double Hi80, double Lo95, double Hi95);

/// <summary>Reads the forecast files that the tool writes and R wrote, independently of the code under test.</summary>
public static class ForecastCsv
{
    public static List<ForecastRow> Read(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Split).Select(f => new ForecastRow(
            f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), Num(f[3]), Num(f[4]), Num(f[5]), Num(f[6]), Num(f[7])))];

    public static double Num(string s) => s == "NA" ? double.NaN : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Splits a CSV line with RFC 4180 quoting.</summary>
    public static string[] Split(string line) => CrossBorder.Text.Csv.SplitLine(line);

    /// <summary>Path of a file of the CLI tests' reference data.</summary>
    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "forecast", name);

    /// <summary>The repository root (the folder holding CrossBorder.Core.sln), found from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !System.IO.File.Exists(Path.Combine(folder.FullName, "CrossBorder.Core.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("CrossBorder.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
