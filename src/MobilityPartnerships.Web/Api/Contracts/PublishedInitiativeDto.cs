using System.Text.Json.Serialization;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>One row of a published version, with names as they were on the day.</summary>
/// <param name="InitiativeId">The initiative; the same in every version, whatever its title.</param>
/// <param name="LastUpdateOn">The day of its latest progress update then.</param>
/// <param name="LastRating">The rating of that update.</param>
public sealed record PublishedInitiativeDto(
    Guid InitiativeId,
    DateOnly? LastUpdateOn,
    ProgressRating? LastRating)
{
    public static PublishedInitiativeDto From(PublishedInitiative row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var fields = InitiativeFields.ApiMembersInVersion.ToDictionary(m => m.JsonName, m => m.Read(row), StringComparer.Ordinal);
        foreach (var kept in InitiativeFields.StoredValuesKeptInVersions)
        {
            fields.Add(kept.ApiName, row.Facts.TryGetValue(kept.Name, out var fact) ? kept.FromFact(fact) : null);
        }

        return new(row.InitiativeId, row.LastUpdateOn, row.LastRating) { Fields = fields };
    }

    /// <summary>
    /// Its fields as they were on the day, from the catalogue of an initiative's fields (<see cref="InitiativeFieldEntry.ApiInVersion"/>:
    /// "title", "period"), and the values versions keep of its fields ("expectedResults"), as members of their own; null when
    /// none was stated, or in a version published before the field was kept. The OpenAPI document names each with its type.
    /// </summary>
    [JsonExtensionData]
    [FieldMembers(FieldCarrier.PublishedRow)]
    public Dictionary<string, object?> Fields { get; init; } = [];
}
