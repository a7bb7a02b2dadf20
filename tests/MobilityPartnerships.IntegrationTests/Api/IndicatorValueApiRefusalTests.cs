using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.IntegrationTests.Api;

/// <summary>
/// A value the API refuses for several reasons is answered 400 with every field's problem at once, the form's and the
/// domain's, so that a program fixes its report in one round; nothing is stored.
/// </summary>
public sealed class IndicatorValueApiRefusalTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_period_outside_the_implementation_and_a_negative_fraction_of_a_count_are_told_at_both_fields_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(api);
        var indicatorId = await scene.AddIndicatorAsync(api, Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 6, 1), 100m, new DateOnly(2011, 6, 30), null));
        using var client = await api.AdministratorClientAsync();

        using var response = await client.PostAsJsonAsync($"api/v1/initiatives/{scene.InitiativeId}/indicators/{indicatorId}/values", new { period = "2011 H2", value = -4.5m }, Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        using var problem = JsonDocument.Parse(body);
        var errors = problem.RootElement.GetProperty("errors").EnumerateObject()
            .Select(e => (e.Name, string.Join(" | ", e.Value.EnumerateArray().Select(m => m.GetString()))))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            [
                ("period", "2011 H2 ends after the initiative's implementation, which ends in June 2011."),
                ("value", "The value of 'Workers placed' counts persons: it cannot be negative."),
            ],
            errors);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", indicatorId));
    }
}
