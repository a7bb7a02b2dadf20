using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;
using MobilityPartnerships.Web.Api.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Api;

/// <summary>What the text of a query parameter is read as; the OpenAPI document gives the parameter this type.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class QueryValueAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}

/// <summary>
/// A query parameter an endpoint reads itself rather than binds (a filter of the field catalogue), in its metadata: the
/// endpoint takes it (<see cref="QueryParameters.TakenBy"/>) and the OpenAPI document lists it, with its description and
/// the type its text is read as.
/// </summary>
public sealed record QueryParameterMetadata(string Name, string Description, Type Type);

/// <summary>
/// The query parameters each API endpoint takes, known once: from the parameters the endpoint binds, as the API
/// explorer describes them to the OpenAPI document. A request with any other parameter is answered 400 naming it,
/// so a misspelt filter ("stale" for "needsUpdate") is never silently ignored.
/// </summary>
internal static class QueryParameters
{
    /// <summary>The title of a 400 answer to parameters the endpoint does not take.</summary>
    public const string NotKnown = "Some parameters are not known.";

    public static RouteGroupBuilder RefuseUnknownQueryParameters(this RouteGroupBuilder group) =>
        group.AddEndpointFilterFactory((factory, next) =>
        {
            // Read at the first request: the API explorer lists endpoints once they are built, this one among them.
            var taken = new Lazy<IReadOnlySet<string>?>(() => TakenBy(factory.ApplicationServices, factory.MethodInfo));
            return async invocation =>
            {
                if (taken.Value is { } names)
                {
                    var unknown = invocation.HttpContext.Request.Query.Keys.Where(k => !names.Contains(k)).ToList();
                    if (unknown.Count > 0)
                    {
                        // Bounded: a long address of made-up parameters is not answered with a message for each.
                        return ProblemErrors.Answer(
                            unknown.Select(key => (key, names.Count == 0
                                ? $"'{BodyValueProblems.Quoted(key)}' is not a parameter of this request; it takes none."
                                : $"'{BodyValueProblems.Quoted(key)}' is not a parameter of this request; it takes {string.Join(", ", names.Order(StringComparer.Ordinal))}.")),
                            NotKnown,
                            invocation.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Strings>>());
                    }
                }

                return await next(invocation);
            };
        });

    /// <summary>The names of the query parameters of the endpoint whose handler is <paramref name="handler"/>; null when it is not described.</summary>
    public static IReadOnlySet<string>? TakenBy(IServiceProvider services, MethodInfo handler)
    {
        ArgumentNullException.ThrowIfNull(services);
        var description = services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .FirstOrDefault(d => d.ActionDescriptor.EndpointMetadata.Contains(handler));

        // Query names are matched without regard to case, as the binding reads them.
        return description?.ParameterDescriptions
            .Where(p => p.Source == BindingSource.Query)
            .Select(p => p.Name)
            .Concat(description.ActionDescriptor.EndpointMetadata.OfType<QueryParameterMetadata>().Select(p => p.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Gives each query parameter read as text the type it is read as (<see cref="QueryValueAttribute"/>), and lists those
    /// the endpoint reads itself (<see cref="QueryParameterMetadata"/>) after its path parameters.
    /// </summary>
    public static void Describe(OpenApiOperation operation, ApiDescription description)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(description);
        var read = description.ActionDescriptor.EndpointMetadata.OfType<QueryParameterMetadata>().ToList();
        if (read.Count > 0)
        {
            operation.Parameters ??= [];
            var at = operation.Parameters.Count(p => p.In == ParameterLocation.Path);
            foreach (var parameter in read)
            {
                operation.Parameters.Insert(at++, new OpenApiParameter
                {
                    Name = parameter.Name,
                    In = ParameterLocation.Query,
                    Description = parameter.Description,
                    Schema = Schema(parameter.Type),
                });
            }
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var source = description.ParameterDescriptions.FirstOrDefault(p => p.Name == parameter.Name && p.Source == BindingSource.Query);
            var info = (source?.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo;
            if (info?.GetCustomAttributes(typeof(QueryValueAttribute), true).OfType<QueryValueAttribute>().FirstOrDefault() is { } value)
            {
                parameter.Schema = Schema(value.Type);
            }
        }
    }

    private static OpenApiSchema Schema(Type type) => type switch
    {
        _ when type == typeof(bool) => new OpenApiSchema { Type = JsonSchemaType.Boolean },
        _ when type == typeof(int) => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
        _ when type == typeof(Guid) => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
        { IsEnum: true } => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(n))] },
        _ => new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
