using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.DemoData;

/// <summary>
/// One demo account per role, created with the demo data so that a newcomer can try each role. They share
/// the password in <c>DemoData:AccountPassword</c>; the run command prints them.
/// </summary>
internal sealed class DemoAccounts(UserManager<Account> users, IDbContextFactory<AppDbContext> contexts, IConfiguration configuration, TimeProvider clock)
{
    public const string DefaultPassword = "Partnerships-Demo-2026";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("administrator@mobility-partnerships.example", "Demo administrator", Role.Administrator, null, []),
        new("focal.point@mobility-partnerships.example", "Demo focal point (Commission)", Role.FocalPoint, "Commission", ["Moldova", "Cape Verde"]),
        new("sweden@mobility-partnerships.example", "Demo official of Sweden", Role.MemberStateOfficial, "SE", []),
        new("ireland@mobility-partnerships.example", "Demo official of Ireland", Role.MemberStateOfficial, "IE", []),
        new("moldova@mobility-partnerships.example", "Demo official of Moldova", Role.PartnerCountryOfficial, "MD", []),
        new("cape.verde@mobility-partnerships.example", "Demo official of Cape Verde", Role.PartnerCountryOfficial, "CV", []),

        // Georgia has no meetings in the demo; Cape Verde's task forces and Groupe Local de Suivi show the role at work.
        new("task.force@mobility-partnerships.example", "Demo task-force member", Role.TaskForceMember, null, ["Georgia", "Cape Verde"]),
    ];

    public string Password => configuration["DemoData:AccountPassword"] is { Length: > 0 } configured ? configured : DefaultPassword;

    public async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        var partnerships = await db.Partnerships.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var demo in All)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            var organisation = demo.Organisation is null ? null : organisations.Find(o => Matches(o, demo.Organisation));
            var account = new Account
            {
                Id = Guid.CreateVersion7(),
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.Name,
                Role = demo.Role,
                OrganisationId = organisation?.Id,
                CreatedAt = clock.GetUtcNow(),
            };
            var result = await users.CreateAsync(account, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo account {demo.Email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            var given = partnerships.Where(p => demo.Partnerships.Any(n => p.Name.EndsWith(n, StringComparison.Ordinal) && p.Name.StartsWith("Mobility Partnership", StringComparison.Ordinal)));
            db.PartnershipAssignments.AddRange(given.Select(p => new PartnershipAssignment { AccountId = account.Id, PartnershipId = p.Id }));
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);

        // The demo meetings were loaded before their proposers' accounts existed: each item now names its proposer's account.
        var emails = All.Select(a => a.Email.ToUpperInvariant()).ToList();
        var stored = await db.Users.AsNoTracking().Where(a => emails.Contains(a.NormalizedEmail!)).Select(a => new { a.Id, a.NormalizedEmail }).ToListAsync(cancellationToken);
        var proposers = All.Join(stored, demo => demo.Email.ToUpperInvariant(), account => account.NormalizedEmail, (demo, account) => (demo.Name, account.Id))
            .ToDictionary(p => p.Name, p => p.Id, StringComparer.Ordinal);
        if (await DemoMeetings.CreditProposersAsync(db, proposers, cancellationToken) > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    private static bool Matches(Organisation organisation, string key) =>
        organisation.ShortName == key
        || (organisation.CountryCode == key && organisation.Kind is OrganisationKind.MemberState or OrganisationKind.ThirdCountry);
}

/// <summary>A demo account: its sign-in, role, organisation (short name or country code) and the partnerships given to it.</summary>
internal sealed record DemoAccount(string Email, string Name, Role Role, string? Organisation, IReadOnlyList<string> Partnerships);
