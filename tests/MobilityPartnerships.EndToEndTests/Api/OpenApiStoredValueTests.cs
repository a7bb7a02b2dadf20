using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// The values an initiative keeps on its own row travel in the API as members of their own, from the field catalogue:
/// the OpenAPI document names each of them in every schema that carries them, and a real answer's members are the ones
/// the document names.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class OpenApiStoredValueTests(AppFixture app)
{
    [Fact]
    public async Task Every_schema_that_carries_stored_values_names_each_value_of_the_catalogue_with_its_type()
    {
        // Every contract carrying members it does not declare says which stored values those are.
        var carriers = typeof(InitiativeDto).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(InitiativeDto).Namespace)
            .SelectMany(t => t.GetProperties().Where(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null).Select(p => (Type: t, Property: p)))
            .ToList();
        Assert.Contains(carriers, c => c.Type == typeof(InitiativeDto));
        Assert.Contains(carriers, c => c.Type == typeof(PublishedInitiativeDto));
        Assert.All(carriers, c => Assert.True(c.Property.GetCustomAttribute<FieldMembersAttribute>() is not null, $"{c.Type.Name}.{c.Property.Name} carries members the OpenAPI document cannot name"));
        Assert.NotEmpty(InitiativeFields.StoredValues);
        Assert.NotEmpty(InitiativeFields.StoredValuesKeptInVersions);
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var schemas = (await client.GetJsonAsync("openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        foreach (var (type, property) in carriers)
        {
            Assert.True(schemas.TryGetProperty(type.Name, out var schema), $"the OpenAPI document has no schema {type.Name}");
            foreach (var text in property.GetCustomAttribute<FieldMembersAttribute>()!.StoredValues)
            {
                Assert.True(schema.GetProperty("properties").TryGetProperty(text.ApiName, out var member), $"{type.Name} carries {text.ApiName}; the OpenAPI document does not name it");
                Assert.Equal(Expected(text), TypesOf(member));
                Assert.Equal(text.Description, member.GetProperty("description").GetString());
                Assert.Contains(text.ApiName, schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
            }
        }

        // The draft a write sends: each value with its description and, for a text, the most the domain keeps of it.
        var draft = schemas.GetProperty(nameof(InitiativeDraft)).GetProperty("properties");
        Assert.Contains(InitiativeFields.StoredValues, v => Expected(v).SequenceEqual(["null", "string"]));
        Assert.All(InitiativeFields.StoredValues, text =>
        {
            Assert.True(draft.TryGetProperty(text.ApiName, out var member), $"{nameof(InitiativeDraft)} does not name {text.ApiName}");
            Assert.Equal(Expected(text), TypesOf(member));
            Assert.Equal(text.Description, member.GetProperty("description").GetString());
            Assert.Equal(text.MaxLength, member.TryGetProperty("maxLength", out var most) ? most.GetInt32() : null);
        });
    }

    [Fact]
    public async Task Every_schema_that_carries_fields_names_each_member_of_the_catalogue_with_its_type()
    {
        var carriers = typeof(InitiativeDto).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Carried: p.GetCustomAttribute<FieldMembersAttribute>())))
            .Where(c => c.Carried is not null)
            .ToList();
        Assert.Equal([typeof(InitiativeDto), typeof(InitiativeRowDto), typeof(PublishedInitiativeDto)], carriers.Select(c => c.Type).Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name))));
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var schemas = (await client.GetJsonAsync("openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        foreach (var (carrier, carried) in carriers)
        {
            Assert.NotEmpty(carried!.Members);
            var schema = schemas.GetProperty(carrier.Name);
            var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToHashSet();
            Assert.All(carried.Members, member =>
            {
                Assert.True(schema.GetProperty("properties").TryGetProperty(member.JsonName, out var property), $"{carrier.Name} carries {member.JsonName}; the OpenAPI document does not name it");
                Assert.Contains(member.JsonName, required);
                Assert.Equal(member.Description, property.GetProperty("description").GetString());
                var item = member.Type.IsGenericType ? member.Type.GetGenericArguments()[0] : null;
                var typed = item is null ? property : property.GetProperty("items");
                if (item is not null)
                {
                    Assert.Equal("array", property.GetProperty("type").GetString());
                }

                var type = item ?? member.Type;
                if (type.IsEnum || (type.IsClass && type != typeof(string)))
                {
                    // A record or an enum refers to its schema, which the document has.
                    Assert.Equal($"#/components/schemas/{type.Name}", typed.GetProperty("$ref").GetString());
                    Assert.True(schemas.TryGetProperty(type.Name, out _), $"no schema {type.Name}");
                }
                else
                {
                    Assert.Equal(member.OrNull, TypesOf(typed).Contains("null"));
                }
            });
        }
    }

    [Fact]
    public async Task An_initiative_answers_with_exactly_the_members_the_document_names()
    {
        // The demo's initiative with a title in both languages and its source document.
        var id = Guid.Parse(Assert.Single(await app.Database.RowsAsync("SELECT id FROM initiatives WHERE title = 'Migrer les yeux ouverts'")));
        var secondTitle = await app.Database.ScalarAsync<string>("SELECT second_language_title FROM initiatives WHERE id = $1", id);
        var source = await app.Database.ScalarAsync<string>("SELECT source FROM initiatives WHERE id = $1", id);
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);
        var schema = (await client.GetJsonAsync("openapi/v1.json")).GetProperty("components").GetProperty("schemas").GetProperty(nameof(InitiativeDto));

        var initiative = await client.GetJsonAsync($"api/v1/initiatives/{id}");

        Assert.Equal(Names(schema.GetProperty("properties")), Names(initiative));
        Assert.Equal("Migrating with open eyes", secondTitle);
        Assert.Equal(secondTitle, initiative.GetProperty(Stored(nameof(InitiativeDraft.SecondLanguageTitle)).ApiName).GetString());
        Assert.False(string.IsNullOrEmpty(source));
        Assert.Equal(source, initiative.GetProperty(Stored(nameof(InitiativeDraft.Source)).ApiName).GetString());
    }

    [Fact]
    public async Task A_published_version_answers_with_its_kept_texts_as_the_document_names_them()
    {
        var scene = await ApiScene.StoreAsync(app);
        const string Expected = "Two hundred seasonal workers placed and back home.";
        await app.Database.ExecuteAsync("UPDATE initiatives SET expected_results = $2 WHERE id = $1", scene.Shared, Expected);
        await PublishAsync(scene.PartnershipId);
        await app.Database.ExecuteAsync("UPDATE initiatives SET expected_results = 'Changed after publication' WHERE id = $1", scene.Shared);
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);
        var schema = (await client.GetJsonAsync("openapi/v1.json")).GetProperty("components").GetProperty("schemas").GetProperty(nameof(PublishedInitiativeDto));

        var version = await client.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/versions/1");

        var rows = version.GetProperty("initiatives").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(Names(schema.GetProperty("properties")), Names(row)));
        var expectedResults = Stored(nameof(InitiativeDraft.ExpectedResults)).ApiName;
        var shared = Assert.Single(rows, r => r.GetProperty("initiativeId").GetGuid() == scene.Shared);
        Assert.Equal(Expected, shared.GetProperty(expectedResults).GetString());
        Assert.All(rows.Where(r => r.GetProperty("initiativeId").GetGuid() != scene.Shared), r => Assert.Equal(JsonValueKind.Null, r.GetProperty(expectedResults).ValueKind));
    }

    private static StoredValue Stored(string name) => Assert.Single(InitiativeFields.StoredValues, s => s.Name == name);

    /// <summary>The JSON types the document should give a stored value's member, from its kind: ["null", "string"] for a text.</summary>
    private static List<string?> Expected(StoredValue value) =>
        [.. Enum.GetValues<JsonSchemaType>().Where(t => value.ApiType.HasFlag(t)).Select(t => (string?)t.ToString().ToLowerInvariant()).Order(StringComparer.Ordinal)];

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static List<string?> TypesOf(JsonElement member) =>
        member.GetProperty("type") is { ValueKind: JsonValueKind.Array } types ? [.. types.EnumerateArray().Select(t => t.GetString()).Order(StringComparer.Ordinal)] : [member.GetProperty("type").GetString()];

    private async Task PublishAsync(Guid partnershipId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("Test setup", TimeProvider.System));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var name = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Name).SingleAsync(TestContext.Current.CancellationToken);
        var rows = await ScoreboardSnapshot.TakeAsync(db, partnershipId, TestContext.Current.CancellationToken);
        db.PublishedScoreboards.Add(PublishedScoreboard.Publish(partnershipId, name, 1, DateTimeOffset.UtcNow, "Test setup", null, null, rows));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
