namespace CrossBorder.Cli.Input;

/// <summary>Opens an input file for a library reader, turning file and format problems into one-line user errors.</summary>
internal static class InputFile
{
    /// <summary>Reads <paramref name="path"/> with <paramref name="read"/>; a missing file, a folder or a format error names the option and the file.</summary>
    public static T Read<T>(string path, string option, Func<Stream, T> read)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserErrorException($"{option} needs a file path.");
        }

        if (Directory.Exists(path))
        {
            throw new UserErrorException($"{option} '{path}' is a folder, not a file.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return read(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserErrorException($"{option} file '{path}' not found.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot read {option} file '{path}': {e.Message}", e);
        }
        catch (FormatException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }
}
