using FluentValidation;
using MobilityPartnerships.Web.Features.Meetings.Calendar;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Features.Meetings.Planning;
using MobilityPartnerships.Web.Features.Meetings.Revising;

namespace MobilityPartnerships.Web.Features.Meetings;

/// <summary>The meetings of the partnerships: planning, revising, details, cancelling and the calendar (agenda, minutes and action points have their own folders).</summary>
internal static class MeetingsSetup
{
    public static void AddMeetings(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<MeetingDraft>, MeetingDraftValidator>();
        services.AddScoped<PlanMeeting>();
        services.AddScoped<ReviseMeeting>();
        services.AddScoped<GetMeeting>();
        services.AddScoped<ListMeetings>();
        services.AddSingleton<IValidator<Cancelling.CancellationDraft>, Cancelling.CancellationDraftValidator>();
        services.AddScoped<Cancelling.CancelMeeting>();
    }
}
