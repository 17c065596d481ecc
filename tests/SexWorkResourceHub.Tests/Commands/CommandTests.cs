using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Seeding;
using SexWorkResourceHub.Web.Commands;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Commands;

public sealed class CommandTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "swrh-commands", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private Task<(int Code, string Output, string Errors)> RunAsync(string input, params string[] args) => RunOnAsync(_factory, input, args);

    /// <summary>A new password as a script pipes it: twice, on two lines, as the two prompts ask.</summary>
    private static string Twice(string password) => $"{password}\n{password}\n";

    private static async Task<(int Code, string Output, string Errors)> RunOnAsync(HubFactory factory, string input, params string[] args)
    {
        factory.CreateClient();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CommandLine.RunAsync(new CommandContext(factory.Services, args, new StringReader(input), output, errors, InteractiveInput: false));
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Editors_add_list_disable_and_reset_password_manage_accounts()
    {
        var added = await RunAsync(Twice(EditorSignIn.Password), "editors", "add", "New.Editor@Example.org");
        var list = await RunAsync("", "editors", "list");

        Assert.Equal(0, added.Code);
        Assert.Contains("Created the editor account new.editor@example.org", added.Output);
        Assert.Contains("new.editor@example.org\tactive", list.Output);
        Assert.Equal(HttpStatusCode.Redirect, (await _factory.Browser().SignInAsync("new.editor@example.org")).StatusCode);

        var disabled = await RunAsync("", "editors", "disable", "new.editor@example.org");
        Assert.Equal(0, disabled.Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.Browser().SignInAsync("new.editor@example.org")).StatusCode);
        Assert.Contains("\tdisabled", (await RunAsync("", "editors", "list")).Output);

        await RunAsync("", "editors", "enable", "new.editor@example.org");
        var reset = await RunAsync(Twice("a brand new long passphrase"), "editors", "reset-password", "new.editor@example.org");
        Assert.Equal(0, reset.Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.Browser().SignInAsync("new.editor@example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _factory.Browser().SignInAsync("new.editor@example.org", "a brand new long passphrase")).StatusCode);
    }

    [Fact]
    public async Task Editors_role_names_the_job_that_public_data_shows_with_the_editors_checks()
    {
        await _factory.CreateEditorAsync();

        var refused = await RunAsync("", "editors", "role", EditorSignIn.Email, "dana@example.org");
        var set = await RunAsync("", "editors", "role", EditorSignIn.Email, "Volunteer checker");
        var editor = _factory.Browser();
        await editor.SignInAsync();
        var created = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Night Line",
            ["Input.Kind"] = "hotline",
            ["Input.Description"] = "A line.",
            ["Input.Areas[0].Place"] = "US",
            ["Input.Phone"] = "1-888-373-7888",
            ["Input.CheckedOn"] = "2026-11-30",
            ["Input.CheckMethod"] = "email",
        });

        Assert.Equal(1, refused.Code);
        Assert.Contains("describes the job, not the person", refused.Errors);
        Assert.Equal(0, set.Code);
        Assert.Contains("\tactive\tVolunteer checker\t", (await RunAsync("", "editors", "list")).Output);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.Equal("Volunteer checker", (await scope.ServiceProvider.GetRequiredService<HubDbContext>().Verifications.SingleAsync()).Role);
    }

    [Theory]
    [InlineData("short\nshort\n", "at least 12 characters")]
    [InlineData("password1234\npassword1234\n", "too common")]
    [InlineData("", "No password given")]
    [InlineData("correct horse battery staple\n", "Give the password twice")]
    [InlineData("correct horse battery staple\ncorrect horse batery staple\n", "The two passwords differ.")]
    public async Task Editors_add_refuses_weak_or_missing_passwords(string input, string message)
    {
        var result = await RunAsync(input, "editors", "add", "someone@example.org");

        Assert.Equal(1, result.Code);
        Assert.Contains(message, result.Errors);
    }

    [Fact]
    public async Task Editors_add_refuses_a_duplicate_and_a_bad_email()
    {
        await RunAsync(Twice(EditorSignIn.Password), "editors", "add", "dup@example.org");

        var duplicate = await RunAsync(Twice(EditorSignIn.Password), "editors", "add", "DUP@example.org");
        var notEmail = await RunAsync(Twice(EditorSignIn.Password), "editors", "add", "not-an-email");

        Assert.Contains("already exists", duplicate.Errors);
        Assert.Contains("is not an email address", notEmail.Errors);
    }

    [Fact]
    public async Task The_real_binary_reads_the_new_password_from_standard_input()
    {
        Directory.CreateDirectory(_scratch);
        var result = await SiteProcess.RunAsync(
            ["editors", "add", "cli@example.org"],
            new Dictionary<string, string>
            {
                ["Content__Path"] = _factory.ContentPath,
                ["ConnectionStrings__Hub"] = $"Data Source={Path.Combine(_scratch, "hub.db")}",
            },
            standardInput: Twice(EditorSignIn.Password));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Created the editor account cli@example.org", result.Output);
        Assert.DoesNotContain(EditorSignIn.Password, result.Output + result.Errors);
    }

    [Fact]
    public async Task Backup_writes_a_consistent_copy_that_opens_and_holds_the_data_while_the_site_takes_writes()
    {
        // The backup command copies an SQLite file; on PostgreSQL it points to pg_dump (tested below).
        using var factory = new HubFactory("Production", sqlite: true);
        var target = Path.Combine(_scratch, "backups", "hub-copy.db");
        var visitor = factory.Browser();
        var page = await visitor.GetDocumentAsync("/suggest/resource");
        using var writing = new CancellationTokenSource();
        var writes = Task.Run(async () =>
        {
            var i = 0;
            while (!writing.IsCancellationRequested && i < 30)
            {
                await visitor.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Name"] = $"During backup {i++}", ["Input.Description"] = "x" });
            }
        });

        var result = await RunOnAsync(factory, "", "backup", target);
        await writing.CancelAsync();
        await writes;

        Assert.Equal(0, result.Code);
        Assert.Contains("4 resources, 7 events", result.Output);
        using var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
        copy.Open();
        using var command = copy.CreateCommand();
        command.CommandText = "PRAGMA integrity_check; ";
        Assert.Equal("ok", command.ExecuteScalar());
        command.CommandText = "SELECT Name FROM Resources ORDER BY Name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        Assert.Equal(["City Legal Clinic", "Ocean State Advocates", "Test Hotline", "World Research Network"], names);
        Assert.False(File.Exists(target + "-wal"));
    }

    [Fact]
    public async Task Backup_never_overwrites_an_existing_file()
    {
        using var factory = new HubFactory("Production", sqlite: true);
        Directory.CreateDirectory(_scratch);
        var target = Path.Combine(_scratch, "existing.db");
        await File.WriteAllTextAsync(target, "keep me");

        var result = await RunOnAsync(factory, "", "backup", target);

        Assert.Equal(2, result.Code);
        Assert.Contains("already exists", result.Errors);
        Assert.Equal("keep me", await File.ReadAllTextAsync(target));
    }

    [PostgresFact]
    public async Task Backup_on_postgres_says_to_use_pg_dump_and_writes_nothing()
    {
        Assert.True(_factory.OnPostgres);
        var target = Path.Combine(_scratch, "hub-copy.db");

        var result = await RunAsync("", "backup", target);

        Assert.Equal(2, result.Code);
        Assert.Contains("pg_dump", result.Errors);
        Assert.Contains("PostgreSQL", result.Errors);
        Assert.DoesNotContain("   at ", result.Errors);
        Assert.DoesNotContain("Password", result.Errors, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_database_gives_the_same_records()
    {
        var folder = Path.Combine(_scratch, "export");
        var exported = await RunAsync("", "export", folder);
        Assert.Equal(0, exported.Code);

        using var empty = new TempDatabase();
        await using var target = empty.CreateContext();
        await target.Database.MigrateAsync();
        var imported = await new SeedImporter(target, TimeProvider.System).ImportAsync(folder);

        Assert.Empty(imported.Problems);
        await using var scope = _factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.Equal(Shape(await source.Resources.AsNoTracking().ToListAsync()), Shape(await target.Resources.AsNoTracking().ToListAsync()));
        Assert.Equal(Shape(await source.Events.AsNoTracking().ToListAsync()), Shape(await target.Events.AsNoTracking().ToListAsync()));
    }

    /// <summary>Every stored field except the database's own id and timestamps, in a comparable form.</summary>
    private static List<string> Shape<T>(IEnumerable<T> records) where T : class =>
        [.. records.Select(r => string.Join("|", typeof(T).GetProperties()
                .Where(p => p.Name is not ("Id" or "CreatedAt" or "UpdatedAt"))
                .OrderBy(p => p.Name)
                .Select(p => p.Name + "=" + (p.GetValue(r) is System.Collections.IEnumerable list and not string
                    ? string.Join(",", list.Cast<object>())
                    : Convert.ToString(p.GetValue(r), System.Globalization.CultureInfo.InvariantCulture)))))
            .Order()];
}
