using FluentValidation;
using MobilityPartnerships.Web.Api;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Partnerships.Details;
using MobilityPartnerships.Web.Features.Partnerships.Keepers;
using MobilityPartnerships.Web.Features.Partnerships.List;
using MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features;

internal static class FeatureSetup
{
    public static void AddFeatures(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddScoped<Writing.Writes>();
        services.AddOptions<Components.Common.DisplayOptions>().BindConfiguration(Components.Common.DisplayOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.NamesAKnownZone(), "Display:TimeZone is not a time zone this machine knows; give an IANA name such as Europe/Brussels.").ValidateOnStart();
        services.AddSingleton<Components.Common.Moments>();
        services.AddSingleton<Components.Common.ProductCalendar>();
        services.AddOptions<Progress.ProgressOptions>().BindConfiguration(Progress.ProgressOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidator<ScoreboardQuery>, ScoreboardQueryValidator>();
        services.AddSingleton<IValidator<InitiativeDraft>, InitiativeDraftValidator>();
        services.AddScoped<EditInitiative>();
        services.AddScoped<History.Reading.GetHistory>();
        services.AddSingleton<IValidator<Progress.Posting.ProgressDraft>, Progress.Posting.ProgressDraftValidator>();
        services.AddScoped<Progress.Posting.PostProgressUpdate>();
        services.AddScoped<Progress.Reading.GetProgress>();
        services.AddSingleton<IValidator<Comments.Posting.CommentDraft>, Comments.Posting.CommentDraftValidator>();
        services.AddScoped<Comments.Posting.PostComment>();
        services.AddScoped<Comments.Reading.GetComments>();
        services.AddScoped<Initiatives.Archiving.ArchiveInitiative>();
        Partnerships.PartnershipsSetup.AddPartnerships(services);
        Organisations.OrganisationsSetup.AddOrganisations(services);
        Users.UsersSetup.AddUsers(services);
        services.AddScoped<ListPartnerships>();
        services.AddScoped<GetPartnershipDetails>();
        services.AddScoped<GetPartnershipKeepers>();
        services.AddScoped<QueryScoreboard>();
        services.AddScoped<GetScoreboardFilterOptions>();
        services.AddScoped<Scoreboards.Exporting.ExportScoreboards>();
        services.AddScoped<GetInitiativeDetails>();
        services.AddOptions<Initiatives.Importing.Reading.SpreadsheetLimits>().BindConfiguration(Initiatives.Importing.Reading.SpreadsheetLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Initiatives.Importing.Reading.SpreadsheetReader>();
        services.AddSingleton<Initiatives.Importing.ImportTurns>();
        services.AddScoped<Initiatives.Importing.ImportInitiatives>();
        services.AddScoped<Initiatives.Importing.RememberedMappings>();
        services.AddScoped<Initiatives.Importing.RememberedNames>();
        OpenData.OpenDataSetup.AddOpenData(services);
        PublishedScoreboards.PublishedScoreboardsSetup.AddPublishedScoreboards(services);
        BriefingPacks.BriefingPacksSetup.AddBriefingPacks(services);
        Work.WorkSetup.AddWork(services);
        services.AddApi();
        Meetings.MeetingsSetup.AddMeetings(services);
        Agenda.AgendaSetup.AddAgenda(services);
        Minutes.MinutesSetup.AddMinutes(services);
        ActionPoints.ActionPointsSetup.AddActionPoints(services);
        Commitments.CommitmentsSetup.AddCommitments(services);
        Indicators.IndicatorsSetup.AddIndicators(services);
        Search.SearchSetup.AddSearch(services);
        Dashboards.DashboardsSetup.AddDashboards(services);
        Mail.MailSetup.AddMail(services);
    }
}
