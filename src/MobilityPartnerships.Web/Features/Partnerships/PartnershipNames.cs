using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships;

/// <summary>A partnership's name is its own: a second one is refused at the name, by the check before saving or by the database's unique index.</summary>
internal static class PartnershipNames
{
    private const string Index = "ix_partnerships_name";

    /// <summary>The name field of the drafts that carry one.</summary>
    private const string Field = "Name";

    public static FieldError Used(IStringLocalizer<Strings> text, string name) =>
        new(Field, text["Validation_PartnershipNameUsed", name.Trim()]);

    public static ConstraintRefusal Taken(IStringLocalizer<Strings> text, string name) =>
        ConstraintRefusal.Unique(Index, () => Used(text, name));
}
