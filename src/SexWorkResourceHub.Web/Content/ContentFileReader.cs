using System.Text;

namespace SexWorkResourceHub.Web.Content;

/// <summary>Size and modification time of the file a content path leads to, after following links.</summary>
public readonly record struct FileStamp(long Length, DateTime LastWriteUtc);

/// <summary>
/// Reads a content file only when it is an ordinary file inside the content folder and no larger than
/// the limit. A named pipe would block the catalog forever, a link to a device would fill memory, and a
/// link out of the folder would publish a file nobody reviewed (and whose edits the catalog would never
/// see): each is refused with a problem an editor can act on, and the file is never opened.
/// </summary>
public static class ContentFileReader
{
    /// <summary>Where <paramref name="path"/> leads and its stamp, or a problem saying why it is refused.</summary>
    public static (FileInfo? File, string? Problem) Resolve(string root, string path)
    {
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (file.LinkTarget is not null)
            {
                if (file.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true } target)
                {
                    return (null, "the file is a link that leads nowhere");
                }

                if (!IsInside(root, target.FullName))
                {
                    return (null, $"the file is a link to {target.FullName}, outside the content folder: copy the file into the folder instead");
                }

                file = target;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, "the file could not be read: " + ex.Message);
        }

        // A pipe, a socket or a device reports no length, as does an empty file; none is content.
        return file is { Exists: true, Length: > 0 }
            ? (file, null)
            : (null, "the file is empty, or is not an ordinary file (a pipe or a device): content files must be ordinary text files");
    }

    /// <summary>The stamp the catalog compares to notice a change, or null when the path cannot be read.</summary>
    public static FileStamp? Stamp(string root, string path) =>
        Resolve(root, path).File is { } file ? new FileStamp(file.Length, file.LastWriteTimeUtc) : null;

    /// <summary>The file's text, or null with a problem. Never reads more than <paramref name="maxBytes"/> + 1 bytes.</summary>
    public static string? ReadText(string root, string path, long maxBytes, out FileStamp stamp, out string? problem)
    {
        stamp = default;
        var (file, refused) = Resolve(root, path);
        problem = refused;
        if (file is null)
        {
            return null;
        }

        stamp = new FileStamp(file.Length, file.LastWriteTimeUtc);
        if (file.Length > maxBytes)
        {
            problem = TooLarge(file.Length, maxBytes);
            return null;
        }

        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 16 * 1024, FileOptions.SequentialScan);
            var buffer = new byte[Math.Min(file.Length, maxBytes) + 1];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += n;
            }

            // The file grew after it was measured: refuse it rather than read without end.
            if (read > maxBytes)
            {
                problem = TooLarge(read, maxBytes);
                return null;
            }

            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(buffer, 0, read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "the file could not be read: " + ex.Message;
            return null;
        }
    }

    /// <summary>True when <paramref name="path"/> is inside <paramref name="root"/>, itself resolved if it is a link.</summary>
    public static bool IsInside(string root, string path)
    {
        var rootInfo = new DirectoryInfo(root);
        var resolvedRoot = rootInfo.LinkTarget is not null ? rootInfo.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? rootInfo.FullName : rootInfo.FullName;
        return IsUnder(Path.GetFullPath(path), rootInfo.FullName) || IsUnder(Path.GetFullPath(path), resolvedRoot);
    }

    private static bool IsUnder(string path, string folder)
    {
        var prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string TooLarge(long bytes, long maxBytes) =>
        $"the file is {Megabytes(bytes)} long; the limit is {Megabytes(maxBytes)} (Content:MaxFileBytes)";

    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
