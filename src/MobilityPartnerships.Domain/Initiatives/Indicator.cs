using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>A named indicator by which the initiative is evaluated.</summary>
public sealed class Indicator
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    private Indicator(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public bool SameAs(Indicator other) => other is not null && Name == other.Name && Description == other.Description;

    public static Indicator Create(string name, string? description) => new(
        Guard.RequiredText(name, NameMaxLength, "indicator.name", "The indicator's name"),
        Guard.OptionalText(description, DescriptionMaxLength, "indicator.description", "The indicator's description"));
}
