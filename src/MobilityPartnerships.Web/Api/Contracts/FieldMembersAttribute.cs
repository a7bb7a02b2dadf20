using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>
/// Marks the <c>[JsonExtensionData]</c> member through which a DTO carries an initiative's fields from the field catalogue, as
/// members of their own: the catalogue's members for the DTO's read model (<see cref="InitiativeFieldEntry.Api"/>,
/// <see cref="InitiativeFieldEntry.ApiInRow"/>, <see cref="InitiativeFieldEntry.ApiInVersion"/>) and the stored values it
/// carries. The OpenAPI document names each of them with its type (<see cref="FieldMemberSchemas"/>), so a client sees
/// "expectedResults" and "title" as it sees "id".
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldMembersAttribute(FieldCarrier carrier) : Attribute
{
    public FieldCarrier Carrier { get; } = carrier;

    /// <summary>The catalogue's members the DTO carries besides its stored values, in the catalogue's order.</summary>
    public IReadOnlyList<ApiMember> Members => Carrier switch
    {
        FieldCarrier.Initiative => InitiativeFields.ApiMembers,
        FieldCarrier.ScoreboardRow => InitiativeFields.ApiMembersInRow,
        FieldCarrier.PublishedRow => InitiativeFields.ApiMembersInVersion,
        _ => throw new ArgumentOutOfRangeException(nameof(Carrier), Carrier, "Not a carrier of fields."),
    };

    /// <summary>The stored values the DTO carries, in the catalogue's order: all of them, a version's kept facts, or none.</summary>
    public IReadOnlyList<StoredValue> StoredValues => Carrier switch
    {
        FieldCarrier.Initiative => InitiativeFields.StoredValues,
        FieldCarrier.PublishedRow => InitiativeFields.StoredValuesKeptInVersions,
        _ => [],
    };
}

/// <summary>The API's answers that carry an initiative's fields, each read from its own read model.</summary>
public enum FieldCarrier
{
    /// <summary>An initiative with all its fields, from its details.</summary>
    Initiative,

    /// <summary>An initiative as a line of its scoreboard, from the scoreboard's row.</summary>
    ScoreboardRow,

    /// <summary>An initiative as a published version kept it.</summary>
    PublishedRow,
}
