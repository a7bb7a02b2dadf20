using FluentValidation;
using MobilityPartnerships.Web.Features.Meetings.ActionPoints;
using MobilityPartnerships.Web.Features.Meetings.Agenda;
using MobilityPartnerships.Web.Features.Meetings.Calendar;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Features.Meetings.Minutes;
using MobilityPartnerships.Web.Features.Meetings.Planning;

namespace MobilityPartnerships.Web.Features.Meetings;

/// <summary>The meetings of the partnerships: planning, agenda, minutes, action points and the calendar.</summary>
internal static class MeetingsSetup
{
    public static void AddMeetings(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<MeetingDraft>, MeetingDraftValidator>();
        services.AddScoped<PlanMeeting>();
        services.AddSingleton<IValidator<AgendaItemDraft>, AgendaItemDraftValidator>();
        services.AddScoped<ProposeAgendaItem>();
        services.AddScoped<ArrangeAgenda>();
        services.AddSingleton<IValidator<MinutesDraft>, MinutesDraftValidator>();
        services.AddScoped<DraftMinutes>();
        services.AddScoped<ApproveMinutes>();
        services.AddSingleton<IValidator<CorrigendumDraft>, CorrigendumDraftValidator>();
        services.AddScoped<IssueCorrigendum>();
        services.AddSingleton<IValidator<MinutesCommentDraft>, MinutesCommentDraftValidator>();
        services.AddScoped<CommentOnMinutes>();
        services.AddSingleton<IValidator<ActionPointDraft>, ActionPointDraftValidator>();
        services.AddScoped<RecordActionPoint>();
        services.AddScoped<ChangeActionPointStatus>();
        services.AddScoped<CompleteActionPoint>();
        services.AddScoped<ActionPointOwners>();
        services.AddScoped<GetOpenActionPoints>();
        services.AddScoped<GetMeeting>();
        services.AddScoped<ListMeetings>();
        services.AddSingleton<IValidator<Cancelling.CancellationDraft>, Cancelling.CancellationDraftValidator>();
        services.AddScoped<Cancelling.CancelMeeting>();
    }
}
