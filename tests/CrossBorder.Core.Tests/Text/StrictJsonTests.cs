using System.Text;
using System.Text.Json;
using CrossBorder.Text;
using NodaTime;

namespace CrossBorder.Tests.Text;

/// <summary>
/// The strict JSON node that the rule-pack and sale readers of Tax and LandedCost share (ADR 0006). The expected
/// messages are the reader's contract: the source, then the JSON path (dots for properties, [i] for items, "(label)"
/// for a named node), then what is wrong; every expected value below is written from that contract and RFC 8259,
/// not taken from a run.
/// </summary>
public class StrictJsonTests
{
    private const string Source = "rules.json";

    private static T Read<T>(string json, Func<StrictJson, T> read) =>
        StrictJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Source, (message, inner) => new FormatException(message, inner), read);

    private static string Error<T>(string json, Func<StrictJson, T> read) =>
        Assert.Throws<FormatException>(() => Read(json, read)).Message;

    [Fact]
    public void Reads_strings_booleans_and_absent_or_null_optionals()
    {
        Assert.Equal("EU", Read("""{"region":"EU"}""", n => n.String("region")));
        Assert.Equal("EU", Read("""{"region":"EU"}""", n => n.OptionalString("region")));
        Assert.Null(Read("""{"region":null}""", n => n.OptionalString("region")));
        Assert.Null(Read("{}", n => n.OptionalString("region")));
        Assert.True(Read("""{"b2b":true}""", n => n.OptionalBool("b2b")));
        Assert.False(Read("""{"b2b":false}""", n => n.OptionalBool("b2b")));
        Assert.Null(Read("""{"b2b":null}""", n => n.OptionalBool("b2b")));
        Assert.Null(Read("{}", n => n.OptionalBool("b2b")));
    }

    [Theory]
    [InlineData("""{"rate":"140.00"}""", "140.00")]
    [InlineData("""{"rate":140.00}""", "140.00")]
    [InlineData("""{"rate":1}""", "1")]
    [InlineData("""{"rate":"-0.5"}""", "-0.5")]
    [InlineData("""{"rate":1.5e2}""", "150")]
    [InlineData("""{"rate":"2E-2"}""", "0.02")]
    public void Decimals_come_from_strings_or_numbers_through_decimal_not_double(string json, string expected)
    {
        // decimal.Parse of the literal keeps the scale ("140.00" is 140.00, not 140); 1.5e2 is 150 by definition.
        var value = Read(json, n => n.Decimal("rate"));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void A_decimal_keeps_its_scale_and_every_digit_a_double_would_lose()
    {
        Assert.Equal("140.00", Read("""{"rate":"140.00"}""", n => n.Decimal("rate")).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // 0.1 + 0.2 as a double is 0.30000000000000004; 28 significant digits survive only through decimal.
        Assert.Equal(0.1234567890123456789012345678m, Read("""{"rate":0.1234567890123456789012345678}""", n => n.Decimal("rate")));
    }

    [Theory]
    [InlineData("""{"rate":"1,000"}""", "rules.json: rate: '1,000' is not a decimal number such as \"140.00\" (a point, no thousands separators, within ±7.9e28).")]
    [InlineData("""{"rate":" 1"}""", "rules.json: rate: ' 1' is not a decimal number such as \"140.00\" (a point, no thousands separators, within ±7.9e28).")]
    [InlineData("""{"rate":1e400}""", "rules.json: rate: '1e400' is not a decimal number such as \"140.00\" (a point, no thousands separators, within ±7.9e28).")]
    [InlineData("""{"rate":"$5"}""", "rules.json: rate: '$5' is not a decimal number such as \"140.00\" (a point, no thousands separators, within ±7.9e28).")]
    [InlineData("""{"rate":true}""", "rules.json: rate: must be a number or a string holding one, not True.")]
    [InlineData("""{"rate":[1]}""", "rules.json: rate: must be a number or a string holding one, not Array.")]
    [InlineData("""{}""", "rules.json: rate: is required.")]
    [InlineData("""{"rate":null}""", "rules.json: rate: is required.")]
    public void Bad_or_missing_decimals_are_errors_naming_the_path(string json, string message) =>
        Assert.Equal(message, Error(json, n => n.Decimal("rate")));

    [Fact]
    public void An_absent_or_null_optional_decimal_is_null() =>
        Assert.Equal([null, null], new[] { Read("{}", n => n.OptionalDecimal("rate")), Read("""{"rate":null}""", n => n.OptionalDecimal("rate")) });

    [Theory]
    [InlineData("""{"region":""}""", "rules.json: region: is required and must be a non-empty string.")]
    [InlineData("""{}""", "rules.json: region: is required and must be a non-empty string.")]
    [InlineData("""{"region":7}""", "rules.json: region: must be a string, not Number.")]
    [InlineData("""{"region":{}}""", "rules.json: region: must be a string, not Object.")]
    public void Bad_strings_are_errors_naming_the_path(string json, string message) =>
        Assert.Equal(message, Error(json, n => n.String("region")));

    [Theory]
    [InlineData("""{"b2b":"true"}""", "rules.json: b2b: must be true or false, not String.")]
    [InlineData("""{"b2b":1}""", "rules.json: b2b: must be true or false, not Number.")]
    public void Booleans_are_only_true_or_false(string json, string message) =>
        Assert.Equal(message, Error(json, n => n.OptionalBool("b2b")));

    [Fact]
    public void Dates_are_ISO_calendar_dates()
    {
        Assert.Equal(new LocalDate(2024, 2, 29), Read("""{"from":"2024-02-29"}""", n => n.Date("from")));
        Assert.Null(Read("{}", n => n.OptionalDate("from")));
        Assert.Null(Read("""{"from":null}""", n => n.OptionalDate("from")));

        // 2023 is not a leap year (Gregorian rule), so 2023-02-29 does not exist.
        Assert.Equal("rules.json: from: '2023-02-29' is not a yyyy-MM-dd date.", Error("""{"from":"2023-02-29"}""", n => n.Date("from")));
        Assert.Equal("rules.json: from: '01/03/2024' is not a yyyy-MM-dd date.", Error("""{"from":"01/03/2024"}""", n => n.Date("from")));
        Assert.Equal("rules.json: from: is required (yyyy-MM-dd).", Error("{}", n => n.Date("from")));
        Assert.Equal("rules.json: from: must be a string, not Number.", Error("""{"from":20240101}""", n => n.Date("from")));
    }

    [Fact]
    public void A_period_is_from_alone_or_from_to_with_to_not_before_from()
    {
        var open = Read("""{"from":"2021-07-01"}""", n => n.Period());
        Assert.Equal(EffectivePeriod.From(new LocalDate(2021, 7, 1)), open);
        Assert.True(open.IsOpenEnded);

        Assert.Equal(
            EffectivePeriod.Between(new LocalDate(2021, 7, 1), new LocalDate(2021, 12, 31)),
            Read("""{"from":"2021-07-01","to":"2021-12-31"}""", n => n.Period()));

        // A one-day period (to == from) is a period, not an error.
        Assert.Equal(
            EffectivePeriod.Between(new LocalDate(2021, 7, 1), new LocalDate(2021, 7, 1)),
            Read("""{"from":"2021-07-01","to":"2021-07-01"}""", n => n.Period()));

        Assert.Equal(
            "rules.json: to: 2021-06-30 is before from 2021-07-01.",
            Error("""{"from":"2021-07-01","to":"2021-06-30"}""", n => n.Period()));
        Assert.Equal("rules.json: from: is required (yyyy-MM-dd).", Error("""{"to":"2021-06-30"}""", n => n.Period()));
    }

    [Fact]
    public void Nested_objects_and_array_items_carry_their_path_into_errors()
    {
        const string Json = """{"tax":{"lines":[{"qty":"1"},{"qty":"x"}]}}""";

        Assert.Equal(
            "rules.json: tax.lines[1].qty: 'x' is not a decimal number such as \"140.00\" (a point, no thousands separators, within ±7.9e28).",
            Error(Json, n => n.Object("tax").Array("lines").Select(l => l.Decimal("qty")).ToList()));
        Assert.Equal(1m, Read(Json, n => n.Object("tax").Array("lines")[0].Decimal("qty")));
        Assert.Equal(2, Read(Json, n => n.Object("tax").OptionalArray("lines").Count));
        Assert.Equal("rules.json: tax.rate: is required.", Error(Json, n => n.Object("tax").Decimal("rate")));
    }

    [Fact]
    public void A_named_node_shows_its_label_after_its_path()
    {
        const string Json = """{"lines":[{"sku":"A-1","qty":"x"}]}""";

        Assert.Equal(
            "rules.json: lines[0] (A-1).qty: 'x' is not a decimal number such as \"140.00\" (a point, no thousands separators, within ±7.9e28).",
            Error(Json, n => n.Array("lines")[0].Named("A-1").Decimal("qty")));
        Assert.Equal("rules.json: lines[0] (A-1): is wrong.", Error<int>(Json, n => throw n.Array("lines")[0].Named("A-1").Error(null, "is wrong.")));
    }

    [Fact]
    public void An_error_at_the_root_names_only_the_source() =>
        Assert.Equal("rules.json: is wrong.", Error<int>("{}", n => throw n.Error(null, "is wrong.")));

    [Theory]
    [InlineData("""{}""", "rules.json: tax: is required and must be an object.")]
    [InlineData("""{"tax":null}""", "rules.json: tax: is required and must be an object.")]
    [InlineData("""{"tax":[]}""", "rules.json: tax: must be an object, not Array.")]
    [InlineData("""{"tax":"VAT"}""", "rules.json: tax: must be an object, not String.")]
    public void Objects_must_be_objects(string json, string message) =>
        Assert.Equal(message, Error(json, n => n.Object("tax")));

    [Fact]
    public void An_absent_or_null_optional_object_is_null()
    {
        Assert.False(Read("{}", n => n.OptionalObject("tax").HasValue));
        Assert.False(Read("""{"tax":null}""", n => n.OptionalObject("tax").HasValue));
        Assert.True(Read("""{"tax":{}}""", n => n.OptionalObject("tax").HasValue));
    }

    [Theory]
    [InlineData("""{}""", "rules.json: lines: is required and must be an array.")]
    [InlineData("""{"lines":null}""", "rules.json: lines: is required and must be an array.")]
    [InlineData("""{"lines":{}}""", "rules.json: lines: is required and must be an array.")]
    public void Required_arrays_must_be_arrays(string json, string message) =>
        Assert.Equal(message, Error(json, n => n.Array("lines")));

    [Fact]
    public void Optional_arrays_are_empty_when_absent_or_null_and_errors_when_not_arrays()
    {
        Assert.Empty(Read("{}", n => n.OptionalArray("lines")));
        Assert.Empty(Read("""{"lines":null}""", n => n.OptionalArray("lines")));
        Assert.Empty(Read("""{"lines":[]}""", n => n.Array("lines")));
        Assert.Equal("rules.json: lines: must be an array.", Error("""{"lines":3}""", n => n.OptionalArray("lines")));
    }

    [Fact]
    public void String_arrays_hold_non_empty_strings_and_name_the_bad_item()
    {
        Assert.Equal(["DE", "FR"], Read("""{"codes":["DE","FR"]}""", n => n.StringArray("codes")));
        Assert.Empty(Read("{}", n => n.StringArray("codes")));
        Assert.Empty(Read("""{"codes":null}""", n => n.StringArray("codes")));
        Assert.Equal("rules.json: codes: must be an array of strings.", Error("""{"codes":"DE"}""", n => n.StringArray("codes")));
        Assert.Equal("rules.json: codes[2]: must be a non-empty string.", Error("""{"codes":["DE","FR",""]}""", n => n.StringArray("codes")));
        Assert.Equal("rules.json: codes[1]: must be a non-empty string.", Error("""{"codes":["DE",5]}""", n => n.StringArray("codes")));
    }

    [Fact]
    public void Only_refuses_unknown_properties_and_non_objects()
    {
        Assert.Equal(0, Read("""{"a":1,"b":2}""", n => { n.Only("a", "b", "c"); return 0; }));
        Assert.Equal(
            "rules.json: d: is not a property of this object; expected a, b, c.",
            Error("""{"a":1,"d":2}""", n => { n.Only("a", "b", "c"); return 0; }));
        Assert.Equal(
            "rules.json: lines[0]: expected an object, found Number.",
            Error("""{"lines":[1]}""", n => { n.Array("lines")[0].Only("a"); return 0; }));
    }

    [Fact]
    public void Names_are_in_document_order_and_only_for_objects()
    {
        Assert.Equal(["zeta", "alpha", "mid"], Read("""{"zeta":1,"alpha":2,"mid":3}""", n => n.Names().ToList()));
        Assert.Equal("rules.json: lines[0]: expected an object, found String.", Error("""{"lines":["x"]}""", n => n.Array("lines")[0].Names().ToList()));
    }

    [Fact]
    public void Countries_are_alpha_2_codes_only()
    {
        Assert.Equal(CountryCode.FromAlpha2("DE"), Read("""{"to":"de"}""", n => n.Country("to")));

        // DEU is Germany's alpha-3 code (ISO 3166-1): CountryCode.Parse accepts it, a rule pack does not.
        Assert.Equal("rules.json: to: 'DEU' is not an ISO 3166-1 alpha-2 country code.", Error("""{"to":"DEU"}""", n => n.Country("to")));
        Assert.Equal("rules.json: to: 'XX' is not an ISO 3166-1 alpha-2 country code.", Error("""{"to":"XX"}""", n => n.Country("to")));
        Assert.Equal("rules.json: to: is required and must be a non-empty string.", Error("{}", n => n.Country("to")));
    }

    [Fact]
    public void Currencies_are_ISO_4217_codes()
    {
        Assert.Equal("JPY", Read("""{"currency":"JPY"}""", n => n.CurrencyOf("currency")).Code);
        Assert.Equal("rules.json: currency: 'EURO' is not an ISO 4217 currency code.", Error("""{"currency":"EURO"}""", n => n.CurrencyOf("currency")));
    }

    [Fact]
    public void Build_turns_argument_errors_into_errors_at_the_property_or_the_named_parameter()
    {
        static int Throw(string parameter) => throw new ArgumentOutOfRangeException(parameter, -1, "Rate must not be negative.");

        Assert.Equal(42, Read("{}", n => n.Build("rate", () => 42)));

        // At the property given, whatever the parameter; the "(Parameter 'x')" and "Actual value" tails are cut.
        Assert.Equal("rules.json: rate: Rate must not be negative.", Error("{}", n => n.Build("rate", () => Throw("value"))));

        // No property: at the parameter when it is one the node knows, else at the node itself.
        Assert.Equal("rules.json: threshold: Rate must not be negative.", Error("{}", n => n.Build(null, () => Throw("threshold"), "rate", "threshold")));
        Assert.Equal("rules.json: rate: Rate must not be negative.", Error("{}", n => n.Build(null, () => Throw("rate"), "rate", "threshold")));
        Assert.Equal("rules.json: Rate must not be negative.", Error("{}", n => n.Build(null, () => Throw("other"), "rate", "threshold")));
        Assert.Equal("rules.json: Rate must not be negative.", Error("{}", n => n.Build<int>(null, () => throw new ArgumentException("Rate must not be negative."), "rate")));

        // Other exceptions are not the node's to translate.
        Assert.Throws<InvalidOperationException>(() => Read("{}", n => n.Build<int>(null, () => throw new InvalidOperationException("bug"))));
    }

    [Fact]
    public void Malformed_json_is_an_error_naming_the_source_with_the_parser_error_inside()
    {
        var e = Assert.Throws<FormatException>(() => Read("""{"rate":}""", n => 0));

        Assert.StartsWith("rules.json: not valid JSON (", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(e.InnerException);
    }

    [Fact]
    public void Trailing_commas_are_refused_and_comments_skipped()
    {
        // RFC 8259 has no trailing commas; the readers document comments as allowed.
        Assert.StartsWith("rules.json: not valid JSON (", Error("""{"rate":1,}""", n => 0), StringComparison.Ordinal);
        Assert.StartsWith("rules.json: not valid JSON (", Error("""{"codes":["DE",]}""", n => 0), StringComparison.Ordinal);
        Assert.Equal(1m, Read("{ /* standard */ \"rate\": 1 // one\n}", n => n.Decimal("rate")));
    }

    [Fact]
    public void A_repeated_property_is_refused_with_its_path_and_no_inner_exception()
    {
        var e = Assert.Throws<FormatException>(() => Read("{\"rate\":1,\n\"rate\":2}", n => n.Decimal("rate")));

        Assert.Equal("rules.json: the property 'rate' appears twice in one object (at $.rate, line 2); give it once.", e.Message);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void Nesting_is_limited_to_16_levels()
    {
        // MaxDepth 16: sixteen nested arrays parse, seventeen do not.
        Assert.Equal(0, Read(new string('[', 16) + new string(']', 16), n => 0));
        Assert.StartsWith("rules.json: not valid JSON (", Error(new string('[', 17) + new string(']', 17), n => 0), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_the_stream_left_open()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"region":"EU"}""")).ToArray();
        using var stream = new MemoryStream(bytes);

        Assert.Equal("EU", StrictJson.Read(stream, Source, (m, e) => new FormatException(m, e), n => n.String("region")));
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        static FormatException Fail(string m, Exception? e) => new(m, e);

        Assert.Throws<ArgumentNullException>(() => StrictJson.Read<int>(null!, Source, Fail, n => 0));
        Assert.Throws<ArgumentException>(() => StrictJson.Read(new MemoryStream([.. "{}"u8]), " ", Fail, n => 0));
        Assert.Throws<ArgumentNullException>(() => StrictJson.Read(new MemoryStream([.. "{}"u8]), null!, Fail, n => 0));
    }

    [Fact]
    public void Echo_cuts_at_40_characters_and_escapes_control_characters()
    {
        var forty = new string('x', 40);

        Assert.Equal(forty, StrictJson.Echo(forty));
        Assert.Equal(forty + "…", StrictJson.Echo(forty + "y"));
        Assert.Equal("a\\u000Ab\\u0009", StrictJson.Echo("a\nb\t"));
    }
}
