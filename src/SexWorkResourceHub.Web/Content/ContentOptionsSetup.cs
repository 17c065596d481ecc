using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Content;

/// <summary>Resolves Content:Path against the content root and checks the folder exists.</summary>
internal sealed class ContentOptionsSetup(IHostEnvironment environment)
    : IPostConfigureOptions<ContentOptions>, IValidateOptions<ContentOptions>
{
    public void PostConfigure(string? name, ContentOptions options)
    {
        options.Path = string.IsNullOrWhiteSpace(options.Path)
            ? FindDefaultFolder(environment.ContentRootPath)
            : System.IO.Path.GetFullPath(options.Path, environment.ContentRootPath);
    }

    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        if (options.Path is null)
        {
            return ValidateOptionsResult.Fail(
                $"Content:Path is not set and no content/ folder was found above {environment.ContentRootPath}. " +
                "Set Content:Path (environment variable Content__Path) to the folder holding articles/ and pages/.");
        }

        if (!Directory.Exists(options.Path))
        {
            return ValidateOptionsResult.Fail($"Content:Path '{options.Path}' does not exist or is not a folder.");
        }

        if (!Directory.Exists(System.IO.Path.Combine(options.Path, "articles")) && !Directory.Exists(System.IO.Path.Combine(options.Path, "pages")))
        {
            return ValidateOptionsResult.Fail($"Content:Path '{options.Path}' has neither an articles/ nor a pages/ folder: is it the content folder?");
        }

        if (options.DebounceMilliseconds is < 0 or > 60_000)
        {
            return ValidateOptionsResult.Fail("Content:DebounceMilliseconds must be between 0 and 60000.");
        }

        if (options.MaxFileBytes is < 1024 or > 100L * 1024 * 1024)
        {
            return ValidateOptionsResult.Fail("Content:MaxFileBytes must be between 1024 (1 KB) and 104857600 (100 MB).");
        }

        return ValidateOptionsResult.Success;
    }

    internal static string? FindDefaultFolder(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "content");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "articles"))
                || Directory.Exists(System.IO.Path.Combine(candidate, "pages")))
            {
                return candidate;
            }
        }

        return null;
    }
}
