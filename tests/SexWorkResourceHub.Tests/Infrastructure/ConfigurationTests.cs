using SexWorkResourceHub.Tests.Support;
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
    [InlineData("Database__Provider", "Oracle", "Database:Provider")]
    [InlineData("Database__ChangePollSeconds", "soon", "Database:ChangePollSeconds")]
    [InlineData("Database__ChangePollSeconds", "-5", "Database:ChangePollSeconds")]
    [InlineData("Search__CommonSearchMatches", "-1", "Search:CommonSearchMatches")]
    [InlineData("Serilog__MinimumLevel__Default", "Loud", "Serilog: The value Loud is not a valid Serilog level")]
    [InlineData("Serilog__MinimumLevel__Override__Microsoft.AspNetCore", "Chatty", "Serilog: ")]
    public Task A_bad_setting_stops_start_up_with_a_message_naming_it(string variable, string value, string named) =>
        StartsWithConfigurationErrorAsync(new Dictionary<string, string> { [variable] = value }, named);

    [Theory]
    [InlineData("Data Source=data/hub.db")]
    [InlineData("Nonsense Key=1")]
    [InlineData("Host=127.0.0.1;Port=not-a-port;Database=hub")]
    [InlineData("Database=hub")]
    [InlineData("Host=127.0.0.1")]
    public Task On_postgres_a_connection_string_that_is_not_one_stops_start_up_naming_it(string connectionString) =>
        StartsWithConfigurationErrorAsync(
            new Dictionary<string, string> { ["Database__Provider"] = "postgres", ["ConnectionStrings__Hub"] = connectionString },
            "ConnectionStrings:Hub");

    [Fact]
    public Task On_postgres_without_a_connection_string_start_up_stops_and_says_what_to_set() =>
        StartsWithConfigurationErrorAsync(
            new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Hub"] = "" },
            "ConnectionStrings:Hub must name the server");

    private async Task StartsWithConfigurationErrorAsync(Dictionary<string, string> settings, string named)
    {
        var environment = new Dictionary<string, string>
        {
            ["Content__Path"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"),
            ["ConnectionStrings__Hub"] = $"Data Source={Path.Combine(_root, "hub.db")}",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var result = await SiteProcess.RunAsync(["--urls", "http://127.0.0.1:0"], environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Configuration error", result.Errors);
        Assert.Contains(named, result.Errors);
    }
}
