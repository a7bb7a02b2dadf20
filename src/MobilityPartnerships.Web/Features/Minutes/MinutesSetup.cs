using FluentValidation;
using MobilityPartnerships.Web.Features.Minutes.Approving;
using MobilityPartnerships.Web.Features.Minutes.Commenting;
using MobilityPartnerships.Web.Features.Minutes.Correcting;
using MobilityPartnerships.Web.Features.Minutes.Drafting;

namespace MobilityPartnerships.Web.Features.Minutes;

/// <summary>A meeting's minutes: drafting, approving, commenting on them and correcting them by a corrigendum.</summary>
internal static class MinutesSetup
{
    public static void AddMinutes(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<MinutesDraft>, MinutesDraftValidator>();
        services.AddScoped<DraftMinutes>();
        services.AddScoped<ApproveMinutes>();
        services.AddSingleton<IValidator<CorrigendumDraft>, CorrigendumDraftValidator>();
        services.AddScoped<IssueCorrigendum>();
        services.AddSingleton<IValidator<MinutesCommentDraft>, MinutesCommentDraftValidator>();
        services.AddScoped<CommentOnMinutes>();
    }
}
