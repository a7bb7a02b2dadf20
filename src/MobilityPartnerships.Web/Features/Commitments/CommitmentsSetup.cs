using FluentValidation;
using MobilityPartnerships.Web.Features.Commitments.Reconciling;
using MobilityPartnerships.Web.Features.Commitments.Recording;
using MobilityPartnerships.Web.Features.Commitments.Revising;

namespace MobilityPartnerships.Web.Features.Commitments;

/// <summary>The commitments of the joint declarations and their reconciliation with the scoreboard.</summary>
internal static class CommitmentsSetup
{
    public static void AddCommitments(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<CommitmentDraft>, CommitmentDraftValidator>();
        services.AddScoped<RecordCommitment>();
        services.AddScoped<ReviseCommitment>();
        services.AddScoped<GetCommitmentReconciliation>();
    }
}
