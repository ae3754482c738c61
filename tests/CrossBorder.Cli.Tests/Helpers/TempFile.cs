namespace CrossBorder.Cli.Tests.Helpers;

/// <summary>A file with the given text in the temp folder, deleted on dispose.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(string text)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"crossborder-cli-{Guid.NewGuid():N}.json");
        File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
