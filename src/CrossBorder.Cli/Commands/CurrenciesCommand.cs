using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Output;
using NodaTime;

namespace CrossBorder.Cli.Commands;

/// <summary><c>crossborder currencies</c>: the ISO 4217 list as of a date.</summary>
internal static class CurrenciesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var search = new Option<string?>("--search", "-s")
        {
            Description = "Only currencies whose code or English name contains this text (case-insensitive).",
            HelpName = "text",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The date the list is valid on, as YYYY-MM-DD. Default: today.",
            HelpName = "YYYY-MM-DD",
        };
        var includeWithdrawn = new Option<bool>("--include-withdrawn")
        {
            Description = "Also list currencies withdrawn before the --as-of date (BGN after 2025, HRK after 2022...).",
        };
        var format = CommonOptions.CreateFormatOption();

        var command = new Command(
            "currencies",
            $"List ISO 4217 currencies (amendment {CurrencyRegistry.Iso4217Amendment}): code, numeric code, minor unit, " +
            "name, ISO or custom, and validity dates. By default only the currencies valid on --as-of.")
        {
            search,
            asOf,
            includeWithdrawn,
            format,
        };

        command.SetAction(parseResult => CommonOptions.Execute(context, () => Run(
            context,
            parseResult.GetValue(search),
            parseResult.GetValue(asOf),
            parseResult.GetValue(includeWithdrawn),
            parseResult.GetRequiredValue(format))));
        return command;
    }

    private static void Run(CliContext context, string? search, string? asOfText, bool includeWithdrawn, string format)
    {
        var asOf = CommonOptions.ParseDateOrToday(asOfText, "--as-of", context);
        var registry = CurrencyRegistry.Iso4217;
        var candidates = string.IsNullOrWhiteSpace(search) ? registry.Currencies : registry.Search(search.Trim());
        var currencies = candidates
            .Where(c => c.IsValidOn(asOf) || (includeWithdrawn && c.ValidTo is { } to && to < asOf))
            .ToList();

        if (format == CommonOptions.Json)
        {
            var json = new CurrencyListJson(
                FormatDate(asOf),
                includeWithdrawn,
                string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
                currencies.Count,
                [.. currencies.Select(ToJson)]);
            CliJson.Write(context.Output, json, CliJson.CurrencyList);
            return;
        }

        WriteTable(context.Output, currencies, asOf, includeWithdrawn, string.IsNullOrWhiteSpace(search) ? null : search.Trim());
    }

    private static void WriteTable(TextWriter output, List<Currency> currencies, LocalDate asOf, bool includeWithdrawn, string? search)
    {
        var scope = includeWithdrawn ? "valid on or withdrawn before" : "valid on";
        if (currencies.Count == 0)
        {
            output.WriteLine(search is null
                ? $"No currency is {scope} {FormatDate(asOf)}."
                : $"No currency {scope} {FormatDate(asOf)} matches '{CommonOptions.Echo(search)}'.");
            return;
        }

        var table = new TableWriter(
            new Column("code"),
            new Column("numeric"),
            new Column("minor", Align.Right),
            new Column("name"),
            new Column("type"),
            new Column("valid from"),
            new Column("valid to"));
        foreach (var c in currencies)
        {
            table.AddRow(
                c.Code,
                FormatNumeric(c.NumericCode) ?? string.Empty,
                c.MinorUnit?.ToString(CultureInfo.InvariantCulture) ?? "N.A.",
                c.EnglishName,
                Kind(c),
                c.ValidFrom is { } from ? FormatDate(from) : string.Empty,
                c.ValidTo is { } to ? FormatDate(to) : string.Empty);
        }

        table.Write(output);
        output.WriteLine();
        var noun = currencies.Count == 1 ? "currency" : "currencies";
        output.WriteLine($"{currencies.Count.ToString(CultureInfo.InvariantCulture)} {noun} {scope} {FormatDate(asOf)}.");
    }

    private static CurrencyJson ToJson(Currency c) => new(
        c.Code,
        FormatNumeric(c.NumericCode),
        c.MinorUnit,
        c.EnglishName,
        c.IsIso4217,
        c.IsFund,
        c.ValidFrom is { } from ? FormatDate(from) : null,
        c.ValidTo is { } to ? FormatDate(to) : null);

    private static string Kind(Currency c) => (c.IsIso4217, c.IsFund) switch
    {
        (true, true) => "ISO fund",
        (true, false) => "ISO",
        _ => "custom",
    };

    private static string? FormatNumeric(int? numeric) => numeric?.ToString("D3", CultureInfo.InvariantCulture);

    private static string FormatDate(LocalDate date) => CommonOptions.FormatDate(date);
}
