using System.Globalization;
using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using MobilityPartnerships.Web.Api;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Partnerships.Details;
using MobilityPartnerships.Web.Features.Partnerships.List;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Tests.Initiatives.Fields;

/// <summary>
/// The scoreboard's filters by one field of an initiative are declared in the catalogue and reach every surface from
/// there: the API's parameters and its reading, the OpenAPI document, the query's property, the page's address. The
/// filters that are not one field are a short known list, each with its reason.
/// </summary>
public sealed class FieldFiltersTests
{
    /// <summary>Every query parameter of <c>GET /api/v1/partnerships/{id}/initiatives</c> besides the path's id.</summary>
    private static readonly HashSet<string> ListingParameters =
    [
        "pillar", "status", "thematicAreaId", "leadId", "programme", "novelty", "contributorId", "priority", "commitment",
        "text", "rating", "needsUpdate", "late", "sort", "descending", "includeArchived", "page", "pageSize",
    ];

    /// <summary>The listing's parameters that are not one field's filter (their reasons: <see cref="ScoreboardQuery.NotFieldFilters"/>).</summary>
    private static readonly HashSet<string> NotFieldParameters = ["text", "rating", "needsUpdate", "late", "sort", "descending", "includeArchived", "page", "pageSize"];

    public static TheoryData<string> FilterNames() => [.. InitiativeFields.Filters.Select(f => f.Name)];

    [Fact]
    public void The_listing_takes_the_catalogue_filters_and_the_known_others_and_nothing_else()
    {
        var bound = typeof(InitiativeFilter).GetProperties()
            .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(NotFieldParameters, bound);
        Assert.Equal(ListingParameters, InitiativeFields.Filters.Select(f => f.Name).Concat(bound).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(InitiativeFields.Filters.Count, InitiativeFields.Filters.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(InitiativeFields.Filters.Count, InitiativeFields.Filters.Select(f => f.Address).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Each_property_of_the_scoreboard_query_is_one_field_filter_or_a_known_other_with_its_reason()
    {
        var properties = typeof(ScoreboardQuery).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        var ofFields = InitiativeFields.Filters.Select(f => f.Property).ToList();

        Assert.Equal(ofFields.Count, ofFields.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(ofFields.Intersect(ScoreboardQuery.NotFieldFilters.Keys));
        Assert.Equal(properties, ofFields.Concat(ScoreboardQuery.NotFieldFilters.Keys).ToHashSet(StringComparer.Ordinal));
        Assert.All(ScoreboardQuery.NotFieldFilters.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        Assert.All(InitiativeFields.Filters, f => Assert.False(string.IsNullOrWhiteSpace(f.Description), f.Name));
    }

    [Fact]
    public void The_filters_by_priority_and_commitment_sit_in_their_fields_entries()
    {
        Assert.Equal(["priority"], InitiativeFields.Of(InitiativeField.Priority).Filters.Select(f => f.Name));
        Assert.Equal(["commitment"], InitiativeFields.Of(InitiativeField.Commitment).Filters.Select(f => f.Name));
    }

    [Theory]
    [MemberData(nameof(FilterNames))]
    public void The_api_reads_each_field_filter_and_reports_a_bad_value_at_its_name(string name)
    {
        var filter = InitiativeFields.Filters.Single(f => f.Name == name);
        var (good, expected, bad, message) = Values(filter);
        var validator = new ScoreboardQueryValidator();

        var read = Read(new InitiativeFilter { Fields = { [name.ToUpperInvariant()] = good } }, validator, out var none);
        Read(new InitiativeFilter { Fields = { [name] = bad } }, validator, out var errors);

        Assert.Empty(none);
        Assert.Equal(expected, typeof(ScoreboardQuery).GetProperty(filter.Property)!.GetValue(read));
        Assert.Equal([message], Assert.Single(errors, e => e.Key == name).Value);
        Assert.Single(errors);
    }

    [Theory]
    [MemberData(nameof(FilterNames))]
    public void The_page_address_carries_each_field_filter_and_reports_a_bad_value_at_its_key(string name)
    {
        var filter = InitiativeFields.Filters.Single(f => f.Name == name);
        var (good, expected, bad, _) = Values(filter);
        var partnership = Guid.CreateVersion7();
        var ignored = new List<string>();

        var view = ScoreboardView.Parse(partnership, $"?{filter.Address}={Uri.EscapeDataString(good)}", ignored);
        var refused = ScoreboardView.Parse(partnership, $"?{filter.Address}={Uri.EscapeDataString(bad)}", ignored);

        Assert.Equal(expected, typeof(ScoreboardQuery).GetProperty(filter.Property)!.GetValue(view.Query));
        Assert.True(view.HasFilters);
        Assert.Equal(view, ScoreboardView.Parse(partnership, view.ToQueryString(), []));
        Assert.Equal(new ScoreboardQuery { PartnershipId = partnership }, view.WithoutFilters());
        Assert.StartsWith(filter.Address, Assert.Single(ignored), StringComparison.Ordinal);
        Assert.Equal(new ScoreboardQuery { PartnershipId = partnership }, refused.Query);
    }

    [Fact]
    public async Task The_openapi_document_lists_each_field_filter_with_its_description_and_type()
    {
        var document = await ListingDocumentAsync();

        var listing = document.Paths["/api/v1/partnerships/{id}/initiatives"].Operations![HttpMethod.Get];
        var parameters = listing.Parameters!.ToDictionary(p => p.Name!, StringComparer.Ordinal);

        Assert.Equal(ListingParameters.Append("id").ToHashSet(StringComparer.Ordinal), parameters.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.All(InitiativeFields.Filters, filter =>
        {
            var parameter = parameters[filter.Name];
            Assert.Equal(ParameterLocation.Query, parameter.In);
            Assert.Equal(filter.Description, parameter.Description);
            var schema = parameter.Schema!;
            Assert.Equal(JsonSchemaType.String, schema.Type);
            if (filter.ValueType.IsEnum)
            {
                Assert.Equal(Enum.GetNames(filter.ValueType), schema.Enum!.Select(v => v.GetValue<string>()));
            }
            else
            {
                Assert.Equal(filter.ValueType == typeof(Guid) ? "uuid" : null, schema.Format);
            }
        });
    }

    private static ScoreboardQuery Read(InitiativeFilter filter, IValidator<ScoreboardQuery> validator, out Dictionary<string, string[]> errors) =>
        filter.Read(Guid.CreateVersion7(), validator.Validate, out errors);

    /// <summary>A value the filter reads, what it reads as, a value it refuses and the API's message for that one.</summary>
    private static (string Good, object Expected, string Bad, string Message) Values(FieldFilter filter)
    {
        if (filter.ValueType.IsEnum)
        {
            var member = Enum.GetValues(filter.ValueType).GetValue(Enum.GetValues(filter.ValueType).Length - 1)!;
            return (member.ToString()!.ToLowerInvariant(), member, "NoSuchValue", $"'NoSuchValue' is not one of {string.Join(", ", Enum.GetNames(filter.ValueType))}.");
        }

        if (filter.ValueType == typeof(Guid))
        {
            var id = Guid.CreateVersion7();
            return ($" {id} ", id, "42", "'42' is not an id.");
        }

        return (" Some text ", "Some text", "a\tb", "The value holds a control character (such as a NUL or a tab), which no value does.");
    }

    /// <summary>The OpenAPI document of the partnerships' endpoints, built by the app's own registration of the API (no database: the handlers are never asked).</summary>
    private static async Task<OpenApiDocument> ListingDocumentAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddApi();
        builder.Services.AddScoped(_ => (AccessControl)null!);
        builder.Services.AddScoped(_ => (IValidator<ScoreboardQuery>)null!);
        builder.Services.AddScoped(_ => (QueryScoreboard)null!);
        builder.Services.AddScoped(_ => (ListPartnerships)null!);
        builder.Services.AddScoped(_ => (GetPartnershipDetails)null!);
        builder.Services.AddSingleton<IServer, NoServer>();
        await using var app = builder.Build();
        app.MapGroup("/api/v1").MapPartnerships();

        // Started without a server: the endpoints are built as the app builds them, and nothing listens.
        await app.StartAsync(TestContext.Current.CancellationToken);
        var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>(ApiSetup.DocumentName).GetOpenApiDocumentAsync(TestContext.Current.CancellationToken);
        await app.StopAsync(TestContext.Current.CancellationToken);
        return document;
    }

    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_page_shows_every_field_filter_in_a_place_of_its_own_with_its_label_and_choices_in_words(string language)
    {
        var options = new ScoreboardFilterOptions(new Dictionary<string, IReadOnlyList<FilterChoice>>
        {
            ["thematicAreaId"] = [new(Guid.NewGuid(), "Labour migration")],
            ["leadId"] = [new(Guid.NewGuid(), "Luxembourg")],
            ["programme"] = [new(null, "AENEAS")],
            ["contributorId"] = [new(Guid.NewGuid(), "European Commission")],
            ["priority"] = [new(null, "Youth employment")],
            ["commitment"] = [new(Guid.NewGuid(), "Facilitate circular migration")],
        });
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var shown = InitiativeFields.Filters.Where(f => f.Page is not null).OrderBy(f => f.Page!.Position).ToList();

            // Every filter on one field is on the page, each in a place of its own, labelled in the page's language.
            Assert.Equal(InitiativeFields.Filters.Select(f => f.Name).Order(StringComparer.Ordinal), shown.Select(f => f.Name).Order(StringComparer.Ordinal));
            Assert.Equal(Enumerable.Range(1, shown.Count), shown.Select(f => f.Page!.Position));
            Assert.All(shown, f => Assert.False(Texts.Strings[f.Page!.LabelKey].ResourceNotFound, $"{f.Name}: no text {f.Page.LabelKey}"));
            Assert.Equal(shown.Count, shown.Select(f => Texts.Strings[f.Page!.LabelKey].Value).Distinct(StringComparer.Ordinal).Count());

            foreach (var filter in shown)
            {
                var choices = filter.Options(options, Texts.Strings);
                Assert.NotEmpty(choices);
                Assert.Equal(choices.Count, choices.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count());
                foreach (var choice in choices)
                {
                    // Words, never a resource key ("Pillar_LegalMigration") for a named value.
                    Assert.False(string.IsNullOrWhiteSpace(choice.Words));
                    Assert.DoesNotContain("_", choice.Words, StringComparison.Ordinal);

                    // The select's value chooses it, reads back as the same value, and the empty choice clears it.
                    var chosen = filter.Choose(new ScoreboardQuery(), choice.Value);
                    Assert.True(filter.IsChosen(chosen), $"{filter.Name}={choice.Value}");
                    Assert.Equal(choice.Value, filter.Chosen(chosen));
                    Assert.False(filter.IsChosen(filter.Choose(chosen, null)));
                }
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
