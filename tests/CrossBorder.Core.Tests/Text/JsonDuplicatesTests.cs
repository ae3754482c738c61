using CrossBorder.Text;

namespace CrossBorder.Tests.Text;

/// <summary>
/// The repeated-property check every JSON reader of the suite shares. RFC 8259 §4 says names within an object SHOULD be
/// unique and that readers differ on duplicates; we refuse them. Expected paths are JSONPath ($, .name, [index]) written
/// by hand from each document, lines counted by hand (1-based, one per '\n').
/// </summary>
public class JsonDuplicatesTests
{
    private static string Error(string json, bool ignoreCase = false) =>
        Assert.Throws<FormatException>(() => JsonDuplicates.Reject(json, "in.json", ignoreCase)).Message;

    private static string At(string name, string path, int line) =>
        $"in.json: the property '{name}' appears twice in one object (at {path}, line {line}); give it once.";

    [Theory]
    [InlineData("""{"a":1,"b":2}""")]
    [InlineData("""{"a":{"a":1},"b":{"a":2}}""")]
    [InlineData("""[{"a":1},{"a":2}]""")]
    [InlineData("""{"o":{"b":1},"b":2}""")]
    [InlineData("""{"Rate":1,"rate":2}""")]
    [InlineData("""[]""")]
    [InlineData("""42""")]
    public void Distinct_names_per_object_pass(string json) => JsonDuplicates.Reject(json, "in.json");

    [Theory]
    [InlineData("""{"a":1,"a":2}""", "a", "$.a")]
    [InlineData("""{"x":{"b":1,"b":2}}""", "b", "$.x.b")]
    [InlineData("""{"a":{"b":1},"a":2}""", "a", "$.a")]
    [InlineData("""{"a":1,"o":{"x":1,"x":2}}""", "x", "$.o.x")]
    [InlineData("""{"items":[{"a":1},{"a":1,"a":2}]}""", "a", "$.items[1].a")]
    [InlineData("""[1,"two",null,{"a":1,"a":1}]""", "a", "$[3].a")]
    [InlineData("""[[1],[{"a":1,"a":2}]]""", "a", "$[1][0].a")]
    [InlineData("""{"l":[1,[2,3],{"z":0}],"m":{"a":1,"a":2}}""", "a", "$.m.a")]
    [InlineData("""{"l":[{"k":[]},{"k":{}},{"k":1,"k":2}]}""", "k", "$.l[2].k")]
    [InlineData("""{"a":1,"\u0061":2}""", "a", "$.a")]
    public void A_repeated_property_is_named_with_its_path(string json, string name, string path) =>
        Assert.Equal(At(name, path, 1), Error(json));

    [Fact]
    public void The_line_is_the_line_of_the_second_occurrence()
    {
        Assert.Equal(At("rate", "$.rate", 3), Error("{\n  \"rate\": 1,\n  \"rate\": 2\n}"));
        Assert.Equal(At("rate", "$.rate", 4), Error("{\r\n\"rate\": 1,\r\n\r\n\"rate\": 2}"));
    }

    [Fact]
    public void Comments_and_trailing_commas_do_not_hide_a_repeat()
    {
        Assert.Equal(At("a", "$.a", 1), Error("""{"a":1, /* note */ "a":2,}"""));

        // The trailing comma comes before the repeat: a reader that stopped at it would miss the repeat.
        Assert.Equal(At("a", "$.a", 1), Error("""{"a":[1,],"a":2}"""));
    }

    [Fact]
    public void Case_insensitive_readers_refuse_names_differing_only_in_case() =>
        Assert.Equal(At("rate", "$.rate", 1), Error("""{"Rate":1,"rate":2}""", ignoreCase: true));

    [Fact]
    public void A_long_or_odd_name_is_echoed_cut_and_escaped()
    {
        var name = new string('n', 45);

        Assert.Equal(At(new string('n', 40) + "…", "$." + name, 1), Error($$"""{"{{name}}":1,"{{name}}":2}"""));
        Assert.Equal(At("a\\u000Ab", "$.a\nb", 1), Error("""{"a\nb":1,"a\nb":2}"""));
    }

    [Theory]
    [InlineData("""{"a":1,,}""")]
    [InlineData("""{"a":1}}""")]
    [InlineData("""{"a":""")]
    [InlineData("""not json""")]
    [InlineData("")]
    public void Malformed_json_is_left_to_the_caller(string json) => JsonDuplicates.Reject(json, "in.json");

    [Fact]
    public void A_null_document_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => JsonDuplicates.Reject(null!, "in.json"));
}
