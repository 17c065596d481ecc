using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Tests.Data;

/// <summary>
/// The committed compiled model (src/.../Data/CompiledModels/) is what the site runs on, so it must be the
/// one EF Core makes from today's entity configuration: generated here as <c>dotnet ef dbcontext optimize</c>
/// does, file for file.
/// </summary>
public sealed partial class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_committed_compiled_model_is_the_one_the_entity_configuration_makes(DatabaseProvider provider)
    {
        using var db = OfflineContext.For(provider);
        var output = Directory.CreateTempSubdirectory("compiled-model-");
        try
        {
            Scaffolder(db).ScaffoldModel(
                db.GetService<IDesignTimeModel>().Model,
                output.FullName,
                new CompiledModelCodeGenerationOptions
                {
                    ContextType = db.GetType(),
                    ModelNamespace = $"SexWorkResourceHub.Web.Data.CompiledModels.{provider}",
                    Language = "C#",
                    UseNullableReferenceTypes = true,
                });

            var hint = $"The {provider} compiled model is out of date: regenerate it (docs/operators/migrations.md, \"The compiled model\").";
            var generated = Files(output.FullName);
            var committed = Files(Path.Combine(AppContext.BaseDirectory, "CompiledModels", provider.ToString()));
            Assert.True(committed.Keys.SequenceEqual(generated.Keys),
                $"{hint} Committed: {string.Join(", ", committed.Keys)}. Generated: {string.Join(", ", generated.Keys)}.");
            foreach (var (name, code) in generated)
            {
                Assert.True(committed[name] == code, $"{hint} {name} differs.");
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>
    /// EF Core's design-time services with the provider's own, found as dotnet ef finds them: through the
    /// provider assembly's <see cref="DesignTimeProviderServicesAttribute"/>.
    /// </summary>
    private static ICompiledModelScaffolder Scaffolder(HubDbContext db)
    {
        var services = new ServiceCollection()
            .AddEntityFrameworkDesignTimeServices()
            .AddDbContextDesignTimeServices(db);
        var providerAssembly = Assembly.Load(new AssemblyName(db.GetService<IDatabaseProvider>().Name));
        var attribute = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()!;
        var providerServices = (IDesignTimeServices)Activator.CreateInstance(providerAssembly.GetType(attribute.TypeName, throwOnError: true)!)!;
        providerServices.ConfigureDesignTimeServices(services);
        return services.BuildServiceProvider().GetRequiredService<ICompiledModelScaffolder>();
    }

    // By file name, in order. Not differences: line endings, a byte-order mark, and the model's id (a new
    // Guid each time the model is generated).
    private static SortedDictionary<string, string> Files(string folder) => new(
        Directory.GetFiles(folder, "*.cs").ToDictionary(
            path => Path.GetFileName(path),
            path => ModelId().Replace(File.ReadAllText(path).TrimStart('\uFEFF').ReplaceLineEndings("\n"), "modelId: new Guid()")),
        StringComparer.Ordinal);

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]{36}"\)""")]
    private static partial Regex ModelId();

}
