using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Api.Contracts;

/// <summary>
/// Marks the <c>[JsonExtensionData]</c> member through which a DTO carries the field catalogue's stored values
/// (<see cref="InitiativeFields.StoredValues"/>) as members of their own; the OpenAPI document names each of them with
/// its type (<see cref="StoredValueSchemas"/>), so a client sees "expectedResults" and "source" as it sees "title".
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class StoredValueMembersAttribute : Attribute
{
    /// <summary>Only those of fields kept in published versions (<see cref="InitiativeFieldEntry.KeptInVersions"/>): a version's facts.</summary>
    public bool KeptInVersionsOnly { get; init; }

    /// <summary>The stored values the member carries, in the catalogue's order.</summary>
    public IReadOnlyList<StoredValue> Values => KeptInVersionsOnly ? InitiativeFields.StoredValuesKeptInVersions : InitiativeFields.StoredValues;
}
