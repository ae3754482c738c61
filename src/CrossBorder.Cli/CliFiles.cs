using System.Runtime.InteropServices;
using System.Text;

namespace CrossBorder.Cli;

/// <summary>
/// The files of one command run. Inputs and outputs are registered before any work, so that an output that is an
/// input (compared as full paths with every symbolic link resolved), a second output, a folder or an empty path is
/// refused before anything is read or written. Disposing the run removes the temporary files of outputs that were not
/// committed: a failed or cancelled run leaves every existing file as it was.
/// </summary>
/// <remarks>
/// A command adopts it through <see cref="Commands.CommonOptions.Execute(CliContext, Action{RunFiles})"/>:
/// <c>var sales = files.Input("--sales", path);</c>, <c>var report = files.Output("--output", path);</c>, then
/// <c>report.WriteAllText(text)</c> (or <c>report.OpenText()</c> … <c>report.Commit()</c> to stream).
/// </remarks>
internal sealed class RunFiles : IDisposable
{
    private readonly List<(string Option, string Path, string Identity)> _inputs = [];
    private readonly List<OutputFile> _outputs = [];

    /// <summary>The files of a run that stops at <paramref name="cancellation"/>.</summary>
    public RunFiles(CancellationToken cancellation) => Cancellation = cancellation;

    /// <summary>Signalled on SIGINT or SIGTERM: a command checks it between units of work.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>
    /// Registers an input: it must be given, exist and be a file (or a FIFO or device such as <c>/dev/stdin</c>), and
    /// no output may be the same file. Returns the path as given, for messages and readers.
    /// </summary>
    /// <exception cref="UserErrorException">The path is empty, missing, a folder, or an output of the run.</exception>
    public string Input(string option, string? path)
    {
        var given = RequirePath(option, path);
        var full = FullPath(option, given);
        switch (CliPaths.KindOf(full))
        {
            case FileKind.Missing:
                throw new UserErrorException($"{option} '{given}' does not exist.");
            case FileKind.Directory:
                throw new UserErrorException($"{option} '{given}' is a folder, not a file.");
        }

        var identity = CliPaths.Identity(full);
        foreach (var output in _outputs)
        {
            if (CliPaths.Same(identity, output.Identity))
            {
                throw SameFile(output.Option, output.Path, option, given);
            }
        }

        _inputs.Add((option, given, identity));
        return given;
    }

    /// <summary>
    /// Registers an output. A regular file (or a new one) is written to a temporary file beside it and moved into place
    /// on <see cref="OutputFile.Commit"/>; through a symbolic link, the file it points to is replaced and the link kept;
    /// a FIFO or device (<c>/dev/stdout</c>, <c>/dev/null</c>) is opened and written in place, never replaced.
    /// </summary>
    /// <exception cref="UserErrorException">
    /// The path is empty, a folder, in a folder that does not exist, or the same file as an input or another output.
    /// </exception>
    public OutputFile Output(string option, string? path)
    {
        var given = RequirePath(option, path);
        var full = FullPath(option, given);
        var identity = CliPaths.Identity(full);
        foreach (var (inputOption, inputPath, inputIdentity) in _inputs)
        {
            if (CliPaths.Same(identity, inputIdentity))
            {
                throw SameFile(option, given, inputOption, inputPath);
            }
        }

        foreach (var other in _outputs)
        {
            if (CliPaths.Same(identity, other.Identity))
            {
                throw SameFile(option, given, other.Option, other.Path);
            }
        }

        var kind = CliPaths.KindOf(full);
        if (kind == FileKind.Directory)
        {
            throw new UserErrorException($"{option} '{given}' is a folder; give a file name.");
        }

        var writeThrough = kind == FileKind.Special || CliPaths.IsSystemPath(full);
        if (!writeThrough && Path.GetDirectoryName(identity) is { } folder && !Directory.Exists(folder))
        {
            throw new UserErrorException($"The folder of {option} '{given}' does not exist.");
        }

        var output = new OutputFile(option, given, writeThrough ? full : identity, identity, writeThrough, Cancellation);
        _outputs.Add(output);
        return output;
    }

    /// <summary>
    /// <see cref="Input"/> for an optional option: <see langword="null"/> when it was not given (an empty value is
    /// still an error).
    /// </summary>
    public string? OptionalInput(string option, string? path) => path is null ? null : Input(option, path);

    /// <summary>
    /// <see cref="Output"/> for an optional option: <see langword="null"/> when it was not given (an empty value is
    /// still an error).
    /// </summary>
    public OutputFile? OptionalOutput(string option, string? path) => path is null ? null : Output(option, path);

    /// <summary>Removes the temporary files of the outputs that were not committed.</summary>
    public void Dispose()
    {
        foreach (var output in _outputs)
        {
            output.Dispose();
        }
    }

    private static string RequirePath(string option, string? path) =>
        string.IsNullOrWhiteSpace(path)
            ? throw new UserErrorException($"{option} is empty; give a file name.")
            : path;

    private static string FullPath(string option, string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserErrorException($"{option} '{path}' is not a valid path: {CliErrors.Describe(e)}", e);
        }
    }

    private static UserErrorException SameFile(string outputOption, string outputPath, string otherOption, string otherPath) =>
        new(outputOption == otherOption
            ? $"{outputOption} '{outputPath}' is given twice."
            : $"{outputOption} '{outputPath}' is the same file as {otherOption} '{otherPath}'; write to another file so that it is not destroyed.");
}

/// <summary>
/// One output of a run: written to a temporary file beside the target and moved into place on <see cref="Commit"/>, or,
/// for a FIFO or a device, written in place. Write errors (a full disk, <c>/dev/full</c>) become a
/// <see cref="UserErrorException"/> naming the option.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly CancellationToken _cancellation;
    private string? _temporary;
    private TextWriter? _writer;
    private Stream? _stream;
    private bool _committed;

    internal OutputFile(string option, string path, string target, string identity, bool writeThrough, CancellationToken cancellation)
    {
        Option = option;
        Path = path;
        Target = target;
        Identity = identity;
        WriteThrough = writeThrough;
        _cancellation = cancellation;
    }

    /// <summary>The option that named the file, such as <c>--output</c>.</summary>
    public string Option { get; }

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>The file written: the full path, with symbolic links resolved unless it is written in place.</summary>
    public string Target { get; }

    /// <summary>Whether the target is a FIFO or device written in place rather than replaced.</summary>
    public bool WriteThrough { get; }

    /// <summary>The temporary file, while one exists.</summary>
    internal string? TemporaryPath => _temporary;

    /// <summary>The full path with every symbolic link resolved, for comparisons.</summary>
    internal string Identity { get; }

    /// <summary>A UTF-8 writer (no byte-order mark, <c>\n</c> line ends, invariant culture) to the temporary file or the device.</summary>
    /// <exception cref="InvalidOperationException">The file is already open or committed.</exception>
    public TextWriter OpenText()
    {
        var stream = OpenStream();
        _writer = new GuardedWriter(new StreamWriter(stream, Utf8, 64 * 1024) { NewLine = "\n" }, Failed);
        return _writer;
    }

    /// <summary>
    /// The stream of the temporary file (or the device), for a binary format such as Parquet; <see cref="Commit"/> closes
    /// it and moves the file into place. Write errors are the writer's own <see cref="IOException"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file is already open or committed.</exception>
    public Stream OpenStream()
    {
        if (_writer is not null || _stream is not null || _committed)
        {
            throw new InvalidOperationException($"{Option} is already open or written.");
        }

        _cancellation.ThrowIfCancellationRequested();
        try
        {
            if (WriteThrough)
            {
                _stream = new FileStream(Target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1);
            }
            else
            {
                var folder = System.IO.Path.GetDirectoryName(Target)!;
                _temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(Target)}.{Guid.NewGuid():N}.tmp");
                _stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                CopyMode(Target, _temporary);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw Failed(e);
        }

        return _stream;
    }

    /// <summary>Closes the writer and moves the temporary file into place, unless the run was cancelled.</summary>
    /// <exception cref="UserErrorException">The file cannot be written or moved.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled: the temporary file is removed.</exception>
    public void Commit()
    {
        if (_writer is null && _stream is null)
        {
            throw new InvalidOperationException($"{Option} was not opened.");
        }

        try
        {
            _writer?.Dispose();
            _stream?.Dispose();
        }
        catch (IOException e)
        {
            throw Failed(e);
        }

        _writer = null;
        _stream = null;
        _cancellation.ThrowIfCancellationRequested();
        if (_temporary is { } temporary)
        {
            try
            {
                File.Move(temporary, Target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failed(e);
            }

            _temporary = null;
        }

        _committed = true;
    }

    /// <summary>Writes <paramref name="text"/> and commits.</summary>
    public void WriteAllText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        OpenText().Write(text);
        Commit();
    }

    /// <summary>Closes the writer and removes the temporary file if the output was not committed.</summary>
    public void Dispose()
    {
        try
        {
            _writer?.Dispose();
            _stream?.Dispose();
        }
        catch (Exception e) when (e is UserErrorException or IOException)
        {
            // The run has already failed; the write error of a file it abandons adds nothing.
        }

        _writer = null;
        _stream = null;
        if (_temporary is { } temporary)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the name starts with '.' and ends in .tmp.
            }

            _temporary = null;
        }
    }

    private static void CopyMode(string from, string to)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(from))
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
    }

    /// <summary>The error for a failed write: .NET's "No space left on device : '/dev/full'" without the repeated path.</summary>
    private UserErrorException Failed(Exception e)
    {
        var reason = CliErrors.Describe(e);
        var at = reason.IndexOf(" : '", StringComparison.Ordinal);
        return new($"{Option} '{Path}' cannot be written: {(at > 0 ? reason[..at] : reason)}", e);
    }
}

/// <summary>What is at a path, following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>Nothing, or a dangling link.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A FIFO, character or block device, or socket.</summary>
    Special,
}

/// <summary>Path identity and file kinds for <see cref="RunFiles"/>.</summary>
internal static partial class CliPaths
{
    private const int MaxLinks = 40;

    /// <summary>Whether two identities name the same file (case-insensitively where the file system usually is).</summary>
    public static bool Same(string left, string right) =>
        string.Equals(left, right, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the path lies in <c>/dev</c> or <c>/proc</c>, whose entries are written in place, never replaced.</summary>
    public static bool IsSystemPath(string fullPath) =>
        !OperatingSystem.IsWindows()
        && (fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal));

    /// <summary>
    /// <paramref name="fullPath"/> with every symbolic link resolved, component by component (a missing tail is kept
    /// as given): two paths name the same file when their identities are equal.
    /// </summary>
    public static string Identity(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var pending = new Stack<string>(fullPath[root.Length..]
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            var next = Path.Combine(current, part);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Unreadable: compare it as written.
            }

            if (target is null || ++links > MaxLinks)
            {
                current = next;
                continue;
            }

            var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
            var resolvedRoot = Path.GetPathRoot(resolved) ?? string.Empty;
            foreach (var piece in resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(piece);
            }

            current = resolvedRoot;
        }

        return current;
    }

    /// <summary>What is at <paramref name="fullPath"/>, following symbolic links.</summary>
    public static FileKind KindOf(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(fullPath))
        {
            return FileKind.Missing;
        }

        return OperatingSystem.IsWindows() ? FileKind.Regular : UnixKind(fullPath);
    }

    /// <summary>
    /// The file type from <c>stat</c>, through the runtime's own native shim (<c>SystemNative_Stat</c>): its
    /// <c>FileStatus</c> starts with <c>int32 Flags, int32 Mode</c> in every .NET version, and the <c>S_IF*</c> values of
    /// <c>Mode</c> are fixed by the shim, whatever the platform. .NET has no public API for the file type.
    /// </summary>
    private static FileKind UnixKind(string fullPath)
    {
        const int TypeMask = 0xF000, RegularType = 0x8000, DirectoryType = 0x4000;
        var path = Encoding.UTF8.GetBytes(fullPath + "\0");
        var status = new byte[256];
        try
        {
            if (Stat(path, status) != 0)
            {
                return FileKind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Regular;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, [Out] byte[] status);
}

/// <summary>
/// A writer that turns the <see cref="IOException"/> (or, for a closed descriptor, <see cref="UnauthorizedAccessException"/>) of a full disk, a closed pipe or <c>/dev/full</c> into the
/// exception <paramref name="translate"/> makes, and formats with the invariant culture whatever the current one.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner, Func<Exception, Exception> translate) : TextWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <inheritdoc />
    public override void Write(char value) => Guard(() => inner.Write(value));

    /// <inheritdoc />
    public override void Write(string? value) => Guard(() => inner.Write(value));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine() => Guard(inner.WriteLine);

    /// <inheritdoc />
    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    /// <inheritdoc />
    public override void Flush() => Guard(inner.Flush);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Guard(inner.Dispose);
        }

        base.Dispose(disposing);
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A closed standard output reports EBADF as "access denied".
            throw translate(e);
        }
    }
}

/// <summary>Standard output could not be written (closed, or a full disk or device): the run ends with one error line.</summary>
internal sealed class StandardOutputException(Exception inner)
    : IOException(
        "cannot write to standard output: " + (inner is UnauthorizedAccessException ? "it is closed or not writable." : CliErrors.Describe(inner)),
        inner);
