using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Pillars;

/// <summary>A theme within a pillar, such as circular migration or readmission; administrators may add more.</summary>
public sealed class ThematicArea
{
    public const int NameMaxLength = 150;

    private ThematicArea()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Pillar Pillar { get; private set; }

    public string Name { get; private set; }

    /// <summary>Its name in French, shown on French pages; none for an area added without one (its English name is shown then).</summary>
    public string? FrenchName { get; private set; }

    public string? Source { get; private set; }

    /// <summary>Its name on a page in French or not: the French name where it has one.</summary>
    public string NameIn(bool french) => LanguageNames.Name(Name, FrenchName, french);

    public static ThematicArea Create(Pillar pillar, string name, string? source = null, string? frenchName = null)
    {
        Guard.Defined(pillar, "thematic-area.pillar", "Pillar");
        var area = new ThematicArea
        {
            Id = Guid.CreateVersion7(),
            Pillar = pillar,
            Name = Guard.RequiredText(name, NameMaxLength, "thematic-area.name", "The thematic area's name"),
            Source = Guard.OptionalText(source, 200, "thematic-area.source", "The source"),
        };
        area.NameInFrench(frenchName);
        return area;
    }

    /// <summary>Gives the area its French name, or takes it away (French pages then show the English one).</summary>
    public void NameInFrench(string? frenchName) =>
        FrenchName = Guard.OptionalText(frenchName, NameMaxLength, "thematic-area.french-name", "The thematic area's French name");
}
