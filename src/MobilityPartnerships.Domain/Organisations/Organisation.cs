using System.Text.RegularExpressions;
using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Organisations;

/// <summary>
/// Anyone who signs, joins, leads, implements or funds: Member States (with the dates they were members),
/// EU institutions and their services, EU agencies, third countries, international organisations,
/// national agencies and NGOs.
/// </summary>
public sealed partial class Organisation
{
    public const int NameMaxLength = 200;
    public const int ShortNameMaxLength = 60;
    public const int CountryCodeLength = 2;

    private Organisation()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string? ShortName { get; private set; }

    /// <summary>Its official name in French, shown on French pages; none for an organisation without one (its English name is shown then).</summary>
    public string? FrenchName { get; private set; }

    /// <summary>Its short name in French (« Moldavie », « OIM »), shown on French pages in place of the short name; only beside a French name.</summary>
    public string? FrenchShortName { get; private set; }

    public OrganisationKind Kind { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country the organisation is, or belongs to.</summary>
    public string? CountryCode { get; private set; }

    /// <summary>The organisation this one is part of, e.g. a Directorate-General of the Commission.</summary>
    public Guid? ParentId { get; private set; }

    public DateOnly? MemberFrom { get; private set; }

    public DateOnly? MemberUntil { get; private set; }

    /// <summary>True for the Council, which signs through whichever Member State holds its Presidency on the day.</summary>
    public bool SignsThroughPresidency { get; private set; }

    public string DisplayName => ShortName ?? Name;

    /// <summary>Its name on a page in French or not: the French name where it has one.</summary>
    public string NameIn(bool french) => LanguageNames.Name(Name, FrenchName, french);

    /// <summary>
    /// The name lists and tables show on a page in French or not: the French short name or French name where it has a French
    /// name, else the short name or name: <see cref="LanguageNames.DisplayName"/>, the rule queries follow too.
    /// </summary>
    public string DisplayNameIn(bool french) => LanguageNames.DisplayName(Name, ShortName, FrenchName, FrenchShortName, french);

    /// <summary>Whether this organisation is the Commission or one of its services (a Directorate-General, an EU Delegation).</summary>
    public bool IsCommissionService => ServesAsCommissionService(Kind, SignsThroughPresidency);

    /// <summary>
    /// Whether an organisation of this kind may be the Commission service responsible for an initiative: only an EU
    /// institution or one of its services, and not the Council (the institution that signs through its Presidency), never
    /// a Member State, a partner country, an agency or an NGO.
    /// </summary>
    public static bool ServesAsCommissionService(OrganisationKind kind, bool signsThroughPresidency) =>
        kind == OrganisationKind.EuInstitution && !signsThroughPresidency;

    public static Organisation Create(string name, string? shortName, OrganisationKind kind, string? countryCode = null, Guid? parentId = null, bool signsThroughPresidency = false)
    {
        if (signsThroughPresidency && kind != OrganisationKind.EuInstitution)
        {
            throw new DomainRuleException("organisation.presidency.not-institution", "Only an EU institution signs through the Council Presidency.");
        }

        Guard.Defined(kind, "organisation.kind", "Organisation kind");
        if (kind == OrganisationKind.MemberState)
        {
            throw new DomainRuleException("organisation.member-state-needs-membership", "A Member State is created with the date it became a member.");
        }

        var organisation = new Organisation { Id = Guid.CreateVersion7(), Kind = kind, ParentId = parentId, SignsThroughPresidency = signsThroughPresidency };
        organisation.Rename(name, shortName);
        organisation.CountryCode = NormaliseCountryCode(countryCode, required: kind == OrganisationKind.ThirdCountry);
        return organisation;
    }

    public static Organisation MemberState(string name, string countryCode, DateOnly memberFrom, DateOnly? memberUntil)
    {
        if (memberUntil < memberFrom)
        {
            throw new DomainRuleException("organisation.membership.end-before-start", $"{name} cannot leave the Union ({memberUntil:yyyy-MM-dd}) before joining it ({memberFrom:yyyy-MM-dd}).", name, memberUntil, memberFrom);
        }

        var organisation = new Organisation
        {
            Id = Guid.CreateVersion7(),
            Kind = OrganisationKind.MemberState,
            MemberFrom = memberFrom,
            MemberUntil = memberUntil,
        };
        organisation.Rename(name, null);
        organisation.CountryCode = NormaliseCountryCode(countryCode, required: true);
        return organisation;
    }

    public void Rename(string name, string? shortName)
    {
        var checkedName = Guard.RequiredText(name, NameMaxLength, "organisation.name", "The organisation's name");
        var checkedShortName = Guard.OptionalText(shortName, ShortNameMaxLength, "organisation.short-name", "The organisation's short name");
        (Name, ShortName) = (TextCharacters.SingleSpaced(checkedName), SingleSpaced(checkedShortName));
    }

    /// <summary>Gives the organisation its official French name and short name, or takes them away (French pages then show the English ones).</summary>
    public void NameInFrench(string? frenchName, string? frenchShortName = null)
    {
        var checkedName = Guard.OptionalText(frenchName, NameMaxLength, "organisation.french-name", "The organisation's French name");
        var checkedShortName = Guard.OptionalText(frenchShortName, ShortNameMaxLength, "organisation.french-short-name", "The organisation's French short name");
        if (checkedName is null && checkedShortName is not null)
        {
            throw new DomainRuleException("organisation.french-short-name.without-name", "A French short name needs the French name beside it.");
        }

        (FrenchName, FrenchShortName) = (SingleSpaced(checkedName), SingleSpaced(checkedShortName));
    }

    /// <summary>Whether this organisation was a Member State of the Union on the given date.</summary>
    public bool IsMemberStateOn(DateOnly date) =>
        Kind == OrganisationKind.MemberState
        && MemberFrom <= date
        && (MemberUntil is null || date <= MemberUntil);

    /// <summary>A name as it is stored: white space runs as one space, so that names differing only in spacing are seen as the same name.</summary>
    private static string? SingleSpaced(string? name) => name is null ? null : TextCharacters.SingleSpaced(name);

    private static string? NormaliseCountryCode(string? code, bool required)
    {
        var trimmed = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(trimmed))
        {
            return required
                ? throw new DomainRuleException("organisation.country-code.required", "A country needs its two-letter ISO code.")
                : null;
        }

        return CountryCodePattern().IsMatch(trimmed)
            ? trimmed
            : throw new DomainRuleException("organisation.country-code.invalid", $"'{code}' is not a two-letter ISO 3166-1 country code.", code);
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCodePattern();
}
