using System.Text.Json.Serialization;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Progress.Reading;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>
/// An initiative with every field of the catalogue (its scoreboard row, its partners, contact points, indicators, funding
/// lines, and the values it keeps on its own row) and its latest progress.
/// </summary>
/// <param name="Id">The initiative's id.</param>
/// <param name="PartnershipId">The partnership it belongs to.</param>
/// <param name="Partnership">That partnership's name.</param>
/// <param name="IsArchived">Whether it is archived.</param>
/// <param name="LatestProgress">Its newest progress update; null when there is none.</param>
public sealed record InitiativeDto(
    Guid Id,
    Guid PartnershipId,
    string Partnership,
    bool IsArchived,
    ProgressDto? LatestProgress)
{
    public static InitiativeDto From(InitiativeDetails details, ProgressEntry? latestProgress)
    {
        ArgumentNullException.ThrowIfNull(details);
        var fields = InitiativeFields.ApiMembers.ToDictionary(m => m.JsonName, m => m.Read(details), StringComparer.Ordinal);
        foreach (var (name, value) in details.Stored.ForApi())
        {
            fields.Add(name, value);
        }

        return new(
            details.Id,
            details.PartnershipId,
            details.PartnershipName,
            details.IsArchived,
            latestProgress is null ? null : new ProgressDto(latestProgress.ReportedOn, latestProgress.Rating, latestProgress.Narrative, latestProgress.Organisation))
        {
            Fields = fields,
        };
    }

    /// <summary>
    /// Its fields, as the catalogue of an initiative's fields carries them to the API: each entry's members
    /// (<see cref="InitiativeFieldEntry.Api"/>, "title", "period") and the values it keeps on its own row ("source"), as members
    /// of their own; a value not stated is null. The OpenAPI document names each with its type.
    /// </summary>
    [JsonExtensionData]
    [FieldMembers(FieldCarrier.Initiative)]
    public Dictionary<string, object?> Fields { get; init; } = [];
}
