namespace SexWorkResourceHub.Tests.Infrastructure;

public sealed class ConfigurationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "swrh-config", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Theory]
    [InlineData("Site__BaseUrl", "not a url", "Site:BaseUrl")]
    [InlineData("Site__BaseUrl", "ftp://example.org", "Site:BaseUrl")]
    [InlineData("Site__QuickExitUrl", "javascript:void(0)", "Site:QuickExitUrl")]
    [InlineData("Content__Path", "/definitely/not/here", "Content:Path")]
    [InlineData("ConnectionStrings__Hub", "Nonsense Key=1", "ConnectionStrings:Hub")]
    public async Task A_bad_setting_stops_start_up_with_a_message_naming_it(string variable, string value, string named)
    {
        var environment = new Dictionary<string, string>
        {
            ["Content__Path"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"),
            ["ConnectionStrings__Hub"] = $"Data Source={Path.Combine(_root, "hub.db")}",
            [variable] = value,
        };

        var result = await SiteProcess.RunAsync(["--urls", "http://127.0.0.1:0"], environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Configuration error", result.Errors);
        Assert.Contains(named, result.Errors);
    }
}
