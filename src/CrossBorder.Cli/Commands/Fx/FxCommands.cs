using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Input;
using CrossBorder.Fx;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Cli.Commands.Fx;

/// <summary><c>crossborder fx convert|fees|hedge|watch</c>: the CLI of <c>CrossBorder.Fx</c>.</summary>
internal static class FxCommands
{
    /// <summary>The rounding of every amount the fx commands round: half away from zero, commercial rounding.</summary>
    public const MidpointRounding Rounding = MidpointRounding.AwayFromZero;

    /// <summary>Builds the <c>fx</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "fx",
            "Foreign exchange: convert with a rate and its provenance, compare payment routes by all-in cost, " +
            "plan layered hedges, and replay threshold rules over a rate history.");
        command.Subcommands.Add(FxConvertCommand.Create(context));
        command.Subcommands.Add(FxFeesCommand.Create(context));
        command.Subcommands.Add(FxHedgeCommand.Create(context));
        command.Subcommands.Add(FxWatchCommand.Create(context));
        return command;
    }

    /// <summary>A new <c>--date</c>-style option.</summary>
    public static Option<string?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
    };

    /// <summary>A new required file option.</summary>
    public static Option<string?> FileOption(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
    };

    /// <summary>The value of a required option, or one error line naming it (the parser's own message is not an error line).</summary>
    public static string Require(string? value, string option, string example) =>
        string.IsNullOrWhiteSpace(value) ? throw new UserErrorException($"{option} is required: {example}.") : value;

    /// <summary>An ISO 4217 currency by code.</summary>
    public static Currency ParseCurrency(string? code, string option)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new UserErrorException($"{option} is required: an ISO 4217 code such as CNY.");
        }

        return Currency.TryFromCode(code.Trim().ToUpperInvariant(), out var currency)
            ? currency
            : throw new UserErrorException($"{option}: unknown currency code '{code.Trim()}'.");
    }

    /// <summary>A maximum age such as <c>5d</c>.</summary>
    public static Duration ParseMaxAge(string? text, string option, Duration fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        return CompactDuration.TryParse(text, out var duration)
            ? duration
            : throw new UserErrorException($"{option} '{text}' is not a duration: write it as 5d, 36h, 90m or 1d12h, at most {CompactDuration.Format(CompactDuration.MaxValue)}.");
    }

    /// <summary>
    /// Runs a library computation on the user's numbers, turning the errors their values can cause (a withdrawn
    /// currency, an amount beyond decimal's range) into one error line.
    /// </summary>
    public static T Compute<T>(string what, Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            throw new UserErrorException($"{what}: {ExceptionText.FirstSentence(e.Message)}", e);
        }
    }

    /// <summary>A home or target currency for rounded amounts: it must have a minor unit.</summary>
    public static Currency RequireMinorUnit(Currency currency, string option) =>
        currency.MinorUnit is null
            ? throw new UserErrorException($"{option} {currency.Code} ({currency.EnglishName}) has no minor unit to round to; choose a currency that has one.")
            : currency;

    /// <summary>bid, mid or ask.</summary>
    public static PriceSide ParseSide(string? text, string where) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "mid" => PriceSide.Mid,
        "bid" => PriceSide.Bid,
        "ask" => PriceSide.Ask,
        _ => throw new UserErrorException($"{where}: side '{text}' is not bid, mid or ask."),
    };

    /// <summary>A side in lower case, as typed.</summary>
    public static string SideName(PriceSide side) => side.ToString().ToLowerInvariant();

    /// <summary>A resolver over a rates file: direct, then inverse, then cross via EUR (then USD), failing loudly when stale.</summary>
    public static FxRateResolver Resolver(RateFile rates, Duration maxAge) =>
        new(rates.Store, StalenessPolicy.MaxAgeOf(maxAge));

    /// <summary>The rate for a pair on a date, or one error line naming the pair, the date and the file.</summary>
    public static FxRate GetRate(FxRateResolver resolver, RateFile rates, CurrencyPair pair, LocalDate date)
    {
        try
        {
            return resolver.GetRate(pair, date, rates.Kind);
        }
        catch (CurrencyWithdrawnException e)
        {
            throw new UserErrorException(ExceptionText.FirstSentence(e.Message), e);
        }
        catch (RateNotFoundException e)
        {
            throw new UserErrorException($"no rate for {pair} on {CommonOptions.FormatDate(date)} in '{rates.Path}': {e.Message}", e);
        }
        catch (StaleRateException e)
        {
            throw new UserErrorException($"stale rate for {pair} on {CommonOptions.FormatDate(date)} in '{rates.Path}': {e.Message} Pass --max-age to accept older rates.", e);
        }
    }

    /// <summary>How a rate came about, in words: "direct", "inverse of EUR/USD", "cross via EUR (USD/EUR × EUR/CNY)".</summary>
    public static string Chain(FxRate rate) => rate.Origin switch
    {
        RateOrigin.Inverted => "inverse of " + rate.Legs[0].Pair,
        RateOrigin.Crossed => $"cross via {rate.Legs[0].Quote.Code} ({Describe(rate.Legs[0])} × {Describe(rate.Legs[1])})",
        _ => "direct",
    };

    /// <summary>Money rounded to its minor unit (half away from zero).</summary>
    public static Money Round(Money money) => money.Currency.MinorUnit is null ? money : money.Round(Rounding);

    /// <summary>Money as a table shows it: <c>CNY 7,100.00</c>.</summary>
    public static string Show(Money money) => Round(money).ToString("G", CultureInfo.InvariantCulture);

    /// <summary>A rate as a table shows it: at most 8 decimals.</summary>
    public static string ShowRate(decimal rate) => decimal.Round(rate, 8).ToString("0.########", CultureInfo.InvariantCulture);

    /// <summary>A percentage number (1.75 for 1.75%) with 3 decimals, then "%".</summary>
    public static string ShowPercent(decimal percent) => percent.ToString("0.000", CultureInfo.InvariantCulture) + "%";

    /// <summary>An instant as a date when it is midnight UTC, else as an ISO timestamp.</summary>
    public static string At(Instant instant)
    {
        var utc = instant.InUtc();
        return utc.TimeOfDay == LocalTime.Midnight ? CommonOptions.FormatDate(utc.Date) : InstantPattern.General.Format(instant);
    }

    /// <summary>A month as yyyy-MM.</summary>
    public static string Month(YearMonth month) => month.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    private static string Describe(FxRate leg) => leg.Origin == RateOrigin.Inverted ? $"{leg.Pair} = 1/{leg.Legs[0].Pair}" : leg.Pair.ToString();
}
