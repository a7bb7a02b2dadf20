using FluentValidation;
using MobilityPartnerships.Web.Features.Users.Activation;
using MobilityPartnerships.Web.Features.Users.Changing;
using MobilityPartnerships.Web.Features.Users.Inviting;
using MobilityPartnerships.Web.Features.Users.Listing;
using MobilityPartnerships.Web.Features.Users.RenewingInvitations;

namespace MobilityPartnerships.Web.Features.Users;

internal static class UsersSetup
{
    /// <summary>The administrator's users: the list, inviting, changing, deactivating and reactivating.</summary>
    public static void AddUsers(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<UserDraft>, UserDraftValidator>();
        services.AddScoped<ListUsers>();
        services.AddScoped<InviteUser>();
        services.AddScoped<RenewInvitation>();
        services.AddScoped<ChangeUser>();
        services.AddScoped<SetUserActive>();
    }
}
