using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Configurations;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Organisations;

/// <summary>What adding and renaming an organisation share: the draft's rules for the fields they take, and the names and codes the database keeps unique.</summary>
internal static class OrganisationWrites
{
    private const string CountryIndex = "ix_organisations_country_code_of_states";

    /// <summary>The draft's rules for the given fields only (renaming does not change the kind or the code).</summary>
    public static Func<CancellationToken, Task<FluentValidation.Results.ValidationResult>> Validation(IValidator<OrganisationDraft> validator, OrganisationDraft draft, params string[] fields) =>
        cancellationToken => validator.ValidateAsync(draft, options => options.IncludeProperties(fields), cancellationToken);

    /// <summary>
    /// Each of the organisation's names another organisation already has, as the database compares them
    /// (<see cref="OrganisationConfiguration.NameKey"/>: case and spacing aside), told at its field with that organisation's
    /// name. Asked before saving, so the message names who has it; the unique indexes (<see cref="Unique"/>) still refuse one
    /// added meanwhile.
    /// </summary>
    public static async Task<IReadOnlyList<FieldError>> NamesTakenAsync(AppDbContext db, IStringLocalizer<Strings> text, Organisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var (id, name, shortName, frenchName, frenchShortName) = (organisation.Id, organisation.Name, organisation.ShortName, organisation.FrenchName, organisation.FrenchShortName);
        var others = await db.Database.SqlQuery<NameHolder>($"""
            SELECT o.name, o.short_name, o.french_name, o.french_short_name,
                   mp_name_key(o.name) = mp_name_key({name}::text) AS same_name,
                   coalesce(mp_name_key(o.short_name) = mp_name_key({shortName}::text), false) AS same_short_name,
                   coalesce(mp_name_key(o.french_name) = mp_name_key({frenchName}::text), false) AS same_french_name,
                   coalesce(mp_name_key(o.french_short_name) = mp_name_key({frenchShortName}::text), false) AS same_french_short_name
            FROM organisations o
            WHERE o.id <> {id}
              AND (mp_name_key(o.name) = mp_name_key({name}::text)
                OR mp_name_key(o.short_name) = mp_name_key({shortName}::text)
                OR mp_name_key(o.french_name) = mp_name_key({frenchName}::text)
                OR mp_name_key(o.french_short_name) = mp_name_key({frenchShortName}::text))
            ORDER BY o.name
            """).ToListAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (others.Find(o => o.SameName) is { } named)
        {
            errors.Add(new FieldError(nameof(OrganisationDraft.Name), text["Validation_OrganisationNameUsed", named.Name]));
        }

        if (others.Find(o => o.SameShortName) is { } shortNamed)
        {
            errors.Add(new FieldError(nameof(OrganisationDraft.ShortName), text["Validation_OrganisationShortNameUsed", shortNamed.ShortName!, shortNamed.Name]));
        }

        if (others.Find(o => o.SameFrenchName) is { } frenchNamed)
        {
            errors.Add(new FieldError(nameof(OrganisationDraft.FrenchName), text["Validation_OrganisationFrenchNameUsed", frenchNamed.FrenchName!, frenchNamed.Name]));
        }

        if (others.Find(o => o.SameFrenchShortName) is { } frenchShortNamed)
        {
            errors.Add(new FieldError(nameof(OrganisationDraft.FrenchShortName), text["Validation_OrganisationFrenchShortNameUsed", frenchShortNamed.FrenchShortName!, frenchShortNamed.Name]));
        }

        return errors;
    }

    /// <summary>
    /// Of the names new organisations would be recorded under (an import's), each another organisation already has, as the
    /// database compares them, with that organisation's name: one query for them all.
    /// </summary>
    public static async Task<IReadOnlyList<(string Name, string HeldBy)>> NamesHeldAsync(AppDbContext db, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
        {
            return [];
        }

        var wanted = names.ToArray();
        var held = await db.Database.SqlQuery<HeldName>($"""
            SELECT n.name, o.name AS held_by
            FROM unnest({wanted}::text[]) AS n(name)
            JOIN organisations o ON mp_name_key(o.name) = mp_name_key(n.name)
            ORDER BY n.name, o.name
            """).ToListAsync(cancellationToken);
        return [.. held.Select(h => (h.Name, h.HeldBy))];
    }

    /// <summary>A name already in the list, told at the name (and so for the other names); a country's code already used, at the code.</summary>
    public static IReadOnlyList<ConstraintRefusal> Unique(IStringLocalizer<Strings> text, OrganisationDraft draft) =>
    [
        ConstraintRefusal.Unique(OrganisationConfiguration.NameIndex, () => new FieldError(nameof(OrganisationDraft.Name), text["Validation_OrganisationNameUsed", Shown(draft.Name)])),
        ConstraintRefusal.Unique(OrganisationConfiguration.ShortNameIndex, () => new FieldError(nameof(OrganisationDraft.ShortName), text["Validation_OrganisationShortNameUsed", Shown(draft.ShortName), text["Organisation_Another"]])),
        ConstraintRefusal.Unique(OrganisationConfiguration.FrenchNameIndex, () => new FieldError(nameof(OrganisationDraft.FrenchName), text["Validation_OrganisationFrenchNameUsed", Shown(draft.FrenchName), text["Organisation_Another"]])),
        ConstraintRefusal.Unique(OrganisationConfiguration.FrenchShortNameIndex, () => new FieldError(nameof(OrganisationDraft.FrenchShortName), text["Validation_OrganisationFrenchShortNameUsed", Shown(draft.FrenchShortName), text["Organisation_Another"]])),
        ConstraintRefusal.Unique(CountryIndex, () => new FieldError(nameof(OrganisationDraft.CountryCode), text["Validation_CountryCodeUsed", draft.CountryCode?.Trim().ToUpperInvariant() ?? string.Empty])),
    ];

    private static string Shown(string? name) => Domain.Common.TextCharacters.SingleSpaced(name ?? string.Empty);

    /// <summary>A name asked about, and the organisation that has it.</summary>
    private sealed class HeldName
    {
        public string Name { get; init; } = string.Empty;

        public string HeldBy { get; init; } = string.Empty;
    }

    /// <summary>An organisation holding one of the names, and which.</summary>
    private sealed class NameHolder
    {
        public string Name { get; init; } = string.Empty;

        public string? ShortName { get; init; }

        public string? FrenchName { get; init; }

        public string? FrenchShortName { get; init; }

        public bool SameName { get; init; }

        public bool SameShortName { get; init; }

        public bool SameFrenchName { get; init; }

        public bool SameFrenchShortName { get; init; }
    }
}
