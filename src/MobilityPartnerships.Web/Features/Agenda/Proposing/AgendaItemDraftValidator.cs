using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Agenda.Proposing;

public sealed class AgendaItemDraftValidator : AbstractValidator<AgendaItemDraft>
{
    public AgendaItemDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Title).RequiredText(text, "Agenda_Field_Title", AgendaItem.TitleMaxLength);
        RuleFor(d => d.Note).Text(text, "Agenda_Field_Note", AgendaItem.NoteMaxLength);
    }
}
