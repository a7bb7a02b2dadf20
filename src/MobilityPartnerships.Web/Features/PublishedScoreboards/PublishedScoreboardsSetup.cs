using FluentValidation;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards;

/// <summary>Publishing the scoreboard as numbered versions, reading them and comparing them.</summary>
internal static class PublishedScoreboardsSetup
{
    public static void AddPublishedScoreboards(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<PublishDraft>, PublishDraftValidator>();
        services.AddScoped<PublishScoreboard>();
        services.AddScoped<GetPublishedScoreboards>();
        services.AddScoped<GetPublishedScoreboard>();
        services.AddScoped<CompareScoreboards>();
        services.AddSingleton<IValidator<Correcting.MeetingCorrectionDraft>, Correcting.MeetingCorrectionDraftValidator>();
        services.AddScoped<Correcting.CorrectVersionMeeting>();
    }
}
