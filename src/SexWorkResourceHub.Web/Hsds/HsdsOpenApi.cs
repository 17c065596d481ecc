using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using SexWorkResourceHub.Web.Infrastructure;

namespace SexWorkResourceHub.Web.Hsds;

/// <summary>
/// The open data's own OpenAPI document, made by Microsoft.AspNetCore.OpenApi from the endpoints in
/// <see cref="HsdsEndpoints"/>, so it describes what this site serves: its paths, their query
/// parameters, the shapes of the answers (in HSDS's snake_case) and the licence from configuration.
/// </summary>
public static class HsdsOpenApi
{
    public const string DocumentName = "hsds";

    /// <summary>Where it is served: <c>/api/hsds/openapi.json</c>.</summary>
    public const string Pattern = "/api/{documentName}/openapi.json";

    public const string Path = "/api/hsds/openapi.json";

    public static void AddHsdsOpenApi(this IServiceCollection services)
    {
        services.AddOptions<OpenDataOptions>().BindConfiguration(OpenDataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/hsds", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, context, _) =>
            {
                var site = context.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>().Value;
                var data = context.ApplicationServices.GetRequiredService<IOptions<OpenDataOptions>>().Value;
                document.Info = new OpenApiInfo
                {
                    Title = $"{site.Name} resource directory (HSDS {HsdsDocuments.Version})",
                    Version = HsdsDocuments.Version,
                    Description = "The resource directory as open data, read-only, following the Open Referral Human Services Data "
                        + $"Specification {HsdsDocuments.Version} API reference. Closed services are left out unless status=closed is asked for.",
                    License = new OpenApiLicense { Name = data.LicenseName, Url = new Uri(data.LicenseUrl) },
                };
                document.Servers = [new OpenApiServer { Url = site.Absolute("/").TrimEnd('/') }];
                return Task.CompletedTask;
            });
            // The answers are written in snake_case (HSDS's names), and an empty value is left out rather
            // than sent as null: the schemas say so too. Done on the finished document's components, not in
            // a schema transformer: the generator (10.0) does not pass every nested schema to one (a record
            // met only inside HsdsService's service_areas was skipped).
            options.AddDocumentTransformer((document, _, _) =>
            {
                foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
                {
                    SnakeCase(schema);
                }

                return Task.CompletedTask;
            });
        });
    }

    private static void SnakeCase(OpenApiSchema schema)
    {
        if (schema.Required is { Count: > 0 } required && schema.Properties is { } declared)
        {
            schema.Required = required.Where(name => !declared.TryGetValue(name, out var property) || !AllowsNull(property))
                .Select(JsonNamingPolicy.SnakeCaseLower.ConvertName).ToHashSet(StringComparer.Ordinal);
        }

        if (schema.Properties is { Count: > 0 } properties)
        {
            schema.Properties = properties.ToDictionary(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Key), p => p.Value);
        }
    }

    /// <summary>The list query parameters, which the handlers read themselves so that a bad value gets HSDS-style guidance.</summary>
    public static RouteHandlerBuilder WithListParameters(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Query("page", "The page to return, from 1.", JsonSchemaType.Integer));
            operation.Parameters.Add(Query("per_page", $"Items a page, from 1 to {HsdsEndpoints.MaxPerPage} (default {HsdsEndpoints.DefaultPerPage}).", JsonSchemaType.Integer));
            operation.Parameters.Add(Query("modified_after", "Only records saved at or after this date, or date and time (ISO 8601, UTC unless an offset is given).", JsonSchemaType.String));
            operation.Parameters.Add(StatusParameter());
            return Task.CompletedTask;
        });

    /// <summary>The <c>status</c> parameter alone, for one record.</summary>
    public static RouteHandlerBuilder WithStatusParameter(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(StatusParameter());
            return Task.CompletedTask;
        });

    private static bool AllowsNull(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true
        || schema.OneOf?.Any(AllowsNull) == true
        || schema.AnyOf?.Any(AllowsNull) == true;

    private static OpenApiParameter StatusParameter() =>
        Query("status", "closed: include services that have closed (their status is defunct).", JsonSchemaType.String);

    private static OpenApiParameter Query(string name, string description, JsonSchemaType type) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Required = false,
        Schema = new OpenApiSchema { Type = type },
    };
}
