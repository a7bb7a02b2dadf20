using MobilityPartnerships.Domain.Access;

namespace MobilityPartnerships.Web.Features.Users;

/// <summary>A user as an administrator enters them: who they are, their role, their organisation and the partnerships given to them.</summary>
public sealed class UserDraft
{
    public string Email { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public Role Role { get; set; } = Role.TaskForceMember;

    public Guid? OrganisationId { get; set; }

    public List<Guid> PartnershipIds { get; set; } = [];

    /// <summary>
    /// When inviting: the code of the language the invitation is written in and the app first speaks to them in (one of
    /// <see cref="Hosting.Languages.Language.All"/>); the inviting administrator's when not chosen. Kept on the account,
    /// so a renewed invitation is in it too; its owner may change it. Not changed by editing a user.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>Focal points are assigned partnerships to manage; task-force members are given partnerships to read. Other roles get none.</summary>
    public static bool TakesPartnerships(Role role) => role is Role.FocalPoint or Role.TaskForceMember;

    /// <summary>The kind of organisation a role must belong to, if the role requires one.</summary>
    public static Domain.Organisations.OrganisationKind? RequiredOrganisationKind(Role role) => role switch
    {
        Role.MemberStateOfficial => Domain.Organisations.OrganisationKind.MemberState,
        Role.PartnerCountryOfficial => Domain.Organisations.OrganisationKind.ThirdCountry,
        _ => null,
    };
}
