using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests;

/// <summary>The shared output-file mechanism: atomic writes, same-file refusal, special files, cleanup on failure and cancellation.</summary>
public sealed class RunFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_output_is_written_beside_the_target_and_moved_into_place_on_commit()
    {
        var path = _folder.Write("out.csv", "old");
        using var files = new RunFiles(CancellationToken.None);
        var output = files.Output("--output", path);

        var writer = output.OpenText();
        writer.Write("new");
        writer.Flush();

        // Until the commit the user's file is untouched and the text sits in a temporary file in the same folder.
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(_folder.Path, Path.GetDirectoryName(output.TemporaryPath));
        Assert.Equal("new", File.ReadAllText(output.TemporaryPath!));

        output.Commit();

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void A_failed_run_removes_its_temporary_file_and_leaves_the_old_output()
    {
        var path = _folder.Write("out.csv", "old");

        Assert.Throws<InvalidOperationException>(new Action(() =>
        {
            using var files = new RunFiles(CancellationToken.None);
            files.Output("--output", path).OpenText().Write("partial");
            throw new InvalidOperationException("the forecast failed half-way");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void A_cancelled_run_does_not_commit_and_removes_its_temporary_file()
    {
        var path = _folder.Write("out.csv", "old");
        using var cancellation = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() =>
        {
            using var files = new RunFiles(cancellation.Token);
            var output = files.Output("--output", path);
            output.OpenText().Write("partial");
            cancellation.Cancel();
            output.Commit();
        });

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void An_output_equal_to_an_input_is_refused_whichever_is_registered_first()
    {
        var input = _folder.Write("sales.csv", "x");
        using var files = new RunFiles(CancellationToken.None);
        files.Input("--sales", input);

        var first = Assert.Throws<UserErrorException>(() => files.Output("--output", input));

        using var other = new RunFiles(CancellationToken.None);
        other.Output("--output", input);
        var second = Assert.Throws<UserErrorException>(() => other.Input("--sales", input));

        Assert.Contains("--output '" + input + "' is the same file as --sales", first.Message, StringComparison.Ordinal);
        Assert.Contains("is the same file as --sales", second.Message, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(input));
    }

    [Fact]
    public void Paths_are_compared_after_resolving_relative_parts_and_symbolic_links()
    {
        var input = _folder.Write("sales.csv", "x");
        var subfolder = Directory.CreateDirectory(_folder.File("sub")).FullName;
        var linkedFolder = _folder.File("linked");
        Directory.CreateSymbolicLink(linkedFolder, subfolder);
        var linkedFile = _folder.File("link.csv");
        File.CreateSymbolicLink(linkedFile, input);
        using var files = new RunFiles(CancellationToken.None);
        files.Input("--input", input);

        Assert.Throws<UserErrorException>(() => files.Output("--output", linkedFile));
        Assert.Throws<UserErrorException>(() => files.Output("--output", Path.Combine(subfolder, "..", "sales.csv")));
        Assert.Throws<UserErrorException>(() => files.Output("--output", Path.Combine(linkedFolder, "..", "linked", "..", "sales.csv")));
    }

    [Fact]
    public void Two_outputs_naming_one_file_are_refused()
    {
        using var files = new RunFiles(CancellationToken.None);
        files.Output("--output", _folder.File("a.svg"));

        var error = Assert.Throws<UserErrorException>(() => files.Output("--chart-output", _folder.File("a.svg")));

        Assert.Contains("--chart-output '" + _folder.File("a.svg") + "' is the same file as --output", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void An_empty_path_is_a_clear_error(string? path)
    {
        using var files = new RunFiles(CancellationToken.None);

        Assert.Equal("--output is empty; give a file name.", Assert.Throws<UserErrorException>(() => files.Output("--output", path)).Message);
        Assert.Equal("--input is empty; give a file name.", Assert.Throws<UserErrorException>(() => files.Input("--input", path)).Message);
    }

    [Fact]
    public void Optional_files_that_were_not_given_are_null_but_an_empty_one_is_an_error()
    {
        using var files = new RunFiles(CancellationToken.None);

        Assert.Null(files.OptionalInput("--hedges", null));
        Assert.Null(files.OptionalOutput("--chart-output", null));
        Assert.Throws<UserErrorException>(() => files.OptionalOutput("--chart-output", string.Empty));
        Assert.Throws<UserErrorException>(() => files.OptionalInput("--hedges", string.Empty));
    }

    [Fact]
    public void Folders_are_called_folders()
    {
        using var files = new RunFiles(CancellationToken.None);

        Assert.Contains("is a folder", Assert.Throws<UserErrorException>(() => files.Output("--output", _folder.Path)).Message, StringComparison.Ordinal);
        Assert.Contains("is a folder", Assert.Throws<UserErrorException>(() => files.Input("--input", _folder.Path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_is_written_through_its_target_is_replaced_and_the_link_kept()
    {
        var target = _folder.Write("real.csv", "old");
        var link = _folder.File("link.csv");
        File.CreateSymbolicLink(link, target);
        using var files = new RunFiles(CancellationToken.None);

        files.Output("--output", link).WriteAllText("new");

        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [UnixFact]
    public void A_fifo_is_written_in_place_not_replaced()
    {
        var fifo = Fifo.Create(_folder.File("pipe"));
        var reader = Task.Run(() => File.ReadAllText(fifo));
        using var files = new RunFiles(CancellationToken.None);

        var output = files.Output("--output", fifo);
        output.WriteAllText("through the pipe");

        Assert.True(output.WriteThrough);
        Assert.Equal("through the pipe", reader.Wait(TimeSpan.FromSeconds(30)) ? reader.Result : "(reader timed out)");
        Assert.Equal(FileKind.Special, CliPaths.KindOf(fifo));
        Assert.Equal([fifo], Directory.GetFiles(_folder.Path));
    }

    [UnixFact]
    public void A_device_is_written_in_place_and_a_write_error_is_one_user_error()
    {
        // Checked first: the device must be recognised, or the test would replace /dev/full itself.
        Assert.Equal(FileKind.Special, CliPaths.KindOf("/dev/full"));
        using var files = new RunFiles(CancellationToken.None);
        var output = files.Output("--output", "/dev/full");

        var error = Assert.Throws<UserErrorException>(() => output.WriteAllText(new string('x', 100_000)));

        Assert.True(output.WriteThrough);
        Assert.Equal("--output '/dev/full' cannot be written: No space left on device", error.Message);
        Assert.Equal(FileKind.Special, CliPaths.KindOf("/dev/full"));
    }

    [UnixFact]
    public void Paths_in_dev_are_written_in_place_even_when_they_lead_to_a_regular_file()
    {
        // /dev/stdout can lead (through /proc/self/fd/1) to the file a shell redirected to; replacing that file would
        // cut the shell's own descriptor off from it.
        using var files = new RunFiles(CancellationToken.None);

        Assert.True(files.Output("--output", "/dev/stdout").WriteThrough);
        Assert.Equal(FileKind.Regular, CliPaths.KindOf(_folder.Write("plain.txt", "x")));
        Assert.Equal(FileKind.Missing, CliPaths.KindOf(_folder.File("none")));
        Assert.Equal(FileKind.Directory, CliPaths.KindOf(_folder.Path));
    }
}
