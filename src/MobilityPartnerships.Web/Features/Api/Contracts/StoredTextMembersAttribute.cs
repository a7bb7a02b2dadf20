using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Api.Contracts;

/// <summary>
/// Marks the <c>[JsonExtensionData]</c> member through which a DTO carries the field catalogue's stored texts
/// (<see cref="InitiativeFields.StoredTexts"/>) as members of their own; the OpenAPI document names each of them
/// (<see cref="StoredTextSchemas"/>), so a client sees "expectedResults" and "source" as it sees "title".
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class StoredTextMembersAttribute : Attribute
{
    /// <summary>Only those of fields kept in published versions (<see cref="InitiativeFieldEntry.KeptInVersions"/>): a version's facts.</summary>
    public bool KeptInVersionsOnly { get; init; }

    /// <summary>The stored texts the member carries, in the catalogue's order.</summary>
    public IReadOnlyList<StoredText> Texts => KeptInVersionsOnly ? InitiativeFields.StoredTextsKeptInVersions : InitiativeFields.StoredTexts;
}
