namespace CrossBorder.Fuzz.Tests;

/// <summary>
/// Every file of every fuzz corpus through its target, in-process: the reader accepts it or refuses it with a
/// documented exception that names the line or field (<see cref="FuzzTarget.Run"/>); anything else fails the test
/// with the exception afl-fuzz would have recorded as a crash. Crashing inputs found by fuzzing stay in the corpora,
/// so this is also their regression test at the reader's boundary.
/// </summary>
public sealed class CorpusReplayTests
{
    private static readonly string Corpora = Path.Combine(AppContext.BaseDirectory, "corpora");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Corpora, target.Name)).Order(StringComparer.Ordinal))
            {
                data.Add(target.Name, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_corpus_input_is_read_or_refused_as_documented(string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(Corpora, target, file));

        FuzzTargets.Find(target)!.Run(input);
    }

    [Fact]
    public void Every_target_has_a_corpus_and_every_corpus_a_target()
    {
        var names = FuzzTargets.All.Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        var folders = Directory.GetDirectories(Corpora).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(names, folders);
        Assert.All(names, n => Assert.NotEmpty(Directory.GetFiles(Path.Combine(Corpora, n))));
    }

    [Fact]
    public void An_undocumented_exception_escapes_the_contract()
    {
        // The check itself: a reader that throws what it does not document is a crash, and so is a documented
        // exception whose message does not say where; a documented one that does is handled.
        var undocumented = FuzzTarget.Text("t", "t", Naming.Line, _ => throw new InvalidCastException(), typeof(FormatException));
        var vague = FuzzTarget.Text("t", "t", Naming.Line, _ => throw new FormatException("bad input"), typeof(FormatException));
        var precise = FuzzTarget.Text("t", "t", Naming.Line, _ => throw new FormatException("fuzz-input line 3: bad date"), typeof(FormatException));
        var json = FuzzTarget.Text("t", "t", Naming.Source, _ => throw new FormatException("bad input, line 1"), typeof(FormatException));

        Assert.Throws<InvalidCastException>(() => undocumented.Run([1]));
        Assert.Throws<FuzzContractException>(() => vague.Run([1]));
        precise.Run([1]);
        Assert.Throws<FuzzContractException>(() => json.Run([1]));
    }

    [Fact]
    public void An_input_over_the_cap_is_skipped()
    {
        var target = FuzzTarget.Bytes("t", "t", Naming.Value, _ => throw new InvalidOperationException());

        target.Run(new byte[FuzzTarget.MaxInputBytes + 1]);
        Assert.Throws<InvalidOperationException>(() => target.Run(new byte[FuzzTarget.MaxInputBytes]));
    }
}
