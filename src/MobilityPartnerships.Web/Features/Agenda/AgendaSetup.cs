using FluentValidation;
using MobilityPartnerships.Web.Features.Agenda.Arranging;
using MobilityPartnerships.Web.Features.Agenda.Proposing;

namespace MobilityPartnerships.Web.Features.Agenda;

/// <summary>A meeting's agenda: proposing an item and arranging the items.</summary>
internal static class AgendaSetup
{
    public static void AddAgenda(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<AgendaItemDraft>, AgendaItemDraftValidator>();
        services.AddScoped<ProposeAgendaItem>();
        services.AddScoped<ArrangeAgenda>();
    }
}
