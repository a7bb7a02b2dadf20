using System.Text.Json.Serialization;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>One initiative as a line of its partnership's scoreboard.</summary>
/// <param name="Id">The initiative's id; <c>GET /api/v1/initiatives/{id}</c> gives all of it.</param>
/// <param name="IsArchived">Whether it is archived.</param>
/// <param name="LastUpdateOn">The day of its newest progress update; null when there is none.</param>
/// <param name="LastRating">The rating of its newest progress update; null when there is none.</param>
public sealed record InitiativeRowDto(
    Guid Id,
    bool IsArchived,
    DateOnly? LastUpdateOn,
    ProgressRating? LastRating)
{
    public static InitiativeRowDto From(ScoreboardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.IsArchived, row.LastUpdateOn, row.LastRating)
        {
            Fields = InitiativeFields.ApiMembersInRow.ToDictionary(m => m.JsonName, m => m.Read(row), StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Its fields as a line of the scoreboard shows them, from the catalogue of an initiative's fields
    /// (<see cref="InitiativeFieldEntry.ApiInRow"/>: "title", "startMonth", "programmes"), as members of their own; a value not
    /// stated is null. The OpenAPI document names each with its type.
    /// </summary>
    [JsonExtensionData]
    [FieldMembers(FieldCarrier.ScoreboardRow)]
    public Dictionary<string, object?> Fields { get; init; } = [];
}
