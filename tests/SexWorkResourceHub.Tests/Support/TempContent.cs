namespace SexWorkResourceHub.Tests.Support;

/// <summary>A throwaway content folder on disk for parser tests.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "swrh-content", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        Directory.CreateDirectory(Path.Combine(Root, "pages"));
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
