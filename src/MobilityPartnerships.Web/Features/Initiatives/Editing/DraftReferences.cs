using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>
/// The organisations and thematic areas a draft names by id, each checked to exist before anything is stored: the form
/// offers only those that do, but a program may send any id, and the database's refusal of one would reach it as a
/// failure to retry rather than a mistake at its field. The responsible service is one a Commission service can be
/// (<see cref="Organisation.ServesAsCommissionService"/>). (The lead is checked by the domain: it must take part.)
/// </summary>
internal static class DraftReferences
{
    public static async Task<List<FieldError>> UnknownAsync(AppDbContext db, InitiativeDraft draft, IStringLocalizer<Strings> text, CancellationToken cancellationToken)
    {
        var organisations = new List<(string Path, Guid Id)>();
        if (draft.ResponsibleServiceId is { } service)
        {
            organisations.Add((nameof(InitiativeDraft.ResponsibleServiceId), service));
        }

        organisations.AddRange(draft.Partners.Select((p, i) => (Path: $"{nameof(InitiativeDraft.Partners)}[{i}].{nameof(PartnerDraft.OrganisationId)}", Id: p.OrganisationId)).Where(p => p.Id is not null).Select(p => (p.Path, p.Id!.Value)));
        organisations.AddRange(draft.FundingLines.Select((f, i) => (Path: $"{nameof(InitiativeDraft.FundingLines)}[{i}].{nameof(FundingLineDraft.ContributorId)}", Id: f.ContributorId)).Where(f => f.Id is not null).Select(f => (f.Path, f.Id!.Value)));
        organisations.AddRange(draft.ContactPoints.Select((c, i) => (Path: $"{nameof(InitiativeDraft.ContactPoints)}[{i}].{nameof(ContactPointDraft.OrganisationId)}", Id: c.OrganisationId)).Where(c => c.Id is not null).Select(c => (c.Path, c.Id!.Value)));
        var areas = draft.ThematicAreaIds.Select((id, i) => (Path: $"{nameof(InitiativeDraft.ThematicAreaIds)}[{i}]", Id: id)).ToList();

        var errors = new List<FieldError>();
        if (organisations.Count > 0)
        {
            var named = organisations.Select(o => o.Id).Distinct().ToList();
            var known = await db.Organisations.AsNoTracking().Where(o => named.Contains(o.Id)).Select(o => new { o.Id, Name = ShownNames.Name(o.Name, o.FrenchName, PageLanguage.IsFrench), o.Kind, o.SignsThroughPresidency }).ToDictionaryAsync(o => o.Id, cancellationToken);
            errors.AddRange(organisations.Where(o => !known.ContainsKey(o.Id)).Select(o => new FieldError(o.Path, text["Validation_UnknownOrganisation", o.Id])));
            if (draft.ResponsibleServiceId is { } serviceId && known.TryGetValue(serviceId, out var chosen) && !Organisation.ServesAsCommissionService(chosen.Kind, chosen.SignsThroughPresidency))
            {
                errors.Add(new FieldError(nameof(InitiativeDraft.ResponsibleServiceId), text["Validation_NotACommissionService", chosen.Name]));
            }
        }

        if (areas.Count > 0)
        {
            var named = areas.Select(a => a.Id).Distinct().ToList();
            var known = (await db.ThematicAreas.AsNoTracking().Where(a => named.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
            errors.AddRange(areas.Where(a => !known.Contains(a.Id)).Select(a => new FieldError(a.Path, text["Validation_UnknownThematicArea", a.Id])));
        }

        return errors;
    }
}
