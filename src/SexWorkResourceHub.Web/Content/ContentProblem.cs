namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Something wrong in a content file. A fatal problem means the file's new version is not served
/// (the last good version, if any, stays); other problems are reported but the file is served.
/// </summary>
public sealed record ContentProblem(string File, int Line, string Message, bool Fatal)
{
    /// <summary>The file as an editor would type it: relative to <paramref name="baseFolder"/> when inside it.</summary>
    public string DisplayFile(string baseFolder)
    {
        var relative = Path.GetRelativePath(baseFolder, File);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? File : relative;
    }

    public string Format(string baseFolder) => $"{DisplayFile(baseFolder)}:{Line}: {Message}";
}
