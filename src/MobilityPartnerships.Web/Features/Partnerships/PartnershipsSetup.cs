using FluentValidation;
using MobilityPartnerships.Web.Features.Partnerships.Archiving;
using MobilityPartnerships.Web.Features.Partnerships.Joining;
using MobilityPartnerships.Web.Features.Partnerships.Opening;
using MobilityPartnerships.Web.Features.Partnerships.Revising;
using MobilityPartnerships.Web.Features.Partnerships.Signature;
using MobilityPartnerships.Web.Features.Partnerships.Status;
using MobilityPartnerships.Web.Features.Partnerships.Withdrawing;

namespace MobilityPartnerships.Web.Features.Partnerships;

internal static class PartnershipsSetup
{
    /// <summary>The steps of a partnership's life, each with its draft's rules.</summary>
    public static void AddPartnerships(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<NewPartnershipDraft>, NewPartnershipDraftValidator>();
        services.AddScoped<OpenPartnership>();
        services.AddSingleton<IValidator<StatusChangeDraft>, StatusChangeDraftValidator>();
        services.AddScoped<ChangePartnershipStatus>();
        services.AddSingleton<IValidator<SignatureDraft>, SignatureDraftValidator>();
        services.AddScoped<RecordSignature>();
        services.AddSingleton<IValidator<ParticipantDraft>, ParticipantDraftValidator>();
        services.AddScoped<AddParticipant>();
        services.AddSingleton<IValidator<WithdrawalDraft>, WithdrawalDraftValidator>();
        services.AddScoped<RecordWithdrawal>();
        services.AddSingleton<IValidator<PartnershipDetailsDraft>, PartnershipDetailsDraftValidator>();
        services.AddScoped<RevisePartnership>();
        services.AddScoped<ArchivePartnership>();
    }
}
