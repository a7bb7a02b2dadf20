using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;

/// <summary>
/// Exports read within the user's scope: records not to be shared never leave for those who may not see them, and
/// a partnership outside the scope gives nothing (the endpoint's 404). Each check has its counterpart that returns
/// rows, so none can pass by returning nothing.
/// </summary>
public sealed class ExportScopeTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    [Fact]
    public async Task An_unshared_initiative_is_absent_for_a_partner_country_official_and_present_for_a_focal_point()
    {
        var official = await TestAccounts.CreateAsync(fixture, "Moldovan official", Role.PartnerCountryOfficial, fixture.MoldovaCountryId);
        var focalPoint = await TestAccounts.CreateAsync(fixture, "Focal point", Role.FocalPoint);

        await using (var scope = fixture.As(official))
        {
            using var workbook = await Exports.XlsxAsync(scope.ServiceProvider, fixture.MoldovaId, "?columns=all");
            var rows = ExportWorkbookTests.DataRows(workbook.Sheet("Moldova"));
            Assert.Equal(ExportFixture.MoldovaShared, rows.Count);
            Assert.DoesNotContain(rows, r => r["Title"] == ExportFixture.UnsharedTitle);
            var lines = workbook.Sheet(SheetNames.FundingLines);
            Assert.DoesNotContain(lines.Rows.Skip(1).Select(lines.TextByHeader), r => r["Reference code"] == "MD-900");
        }

        await using (var scope = fixture.As(focalPoint))
        {
            using var workbook = await Exports.XlsxAsync(scope.ServiceProvider, fixture.MoldovaId, "?columns=all");
            var rows = ExportWorkbookTests.DataRows(workbook.Sheet("Moldova"));
            Assert.Equal(ExportFixture.MoldovaShared + 1, rows.Count);
            var unshared = Assert.Single(rows, r => r["Title"] == ExportFixture.UnsharedTitle);
            Assert.Equal("No", unshared["Shareable beyond the partnership"]);
            var lines = workbook.Sheet(SheetNames.FundingLines);
            Assert.Contains(lines.Rows.Skip(1).Select(lines.TextByHeader), r => r["Reference code"] == "MD-900");
        }
    }

    [Fact]
    public async Task A_task_force_member_given_Georgia_only_gets_no_Moldova_rows_from_any_export()
    {
        var reader = await TestAccounts.CreateAsync(fixture, "Georgia reader", Role.TaskForceMember, null, fixture.GeorgiaId);
        await using var scope = fixture.As(reader);

        Assert.Null(await Exports.LoadAsync(scope.ServiceProvider, fixture.MoldovaId, "?columns=all&archived=include"));
        Assert.Null(await Exports.LoadManyAsync(scope.ServiceProvider, $"?partnership={fixture.GeorgiaId}&partnership={fixture.MoldovaId}"));

        var georgia = await Exports.LoadAsync(scope.ServiceProvider, fixture.GeorgiaId, "?columns=all&archived=include");
        Assert.NotNull(georgia);
        var rows = Assert.Single(georgia.Partnerships).Initiatives;
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("GE-", r.ReferenceCode, StringComparison.Ordinal));
        using var workbook = Exports.Workbook(georgia);
        Assert.Equal(["Georgia", SheetNames.FundingLines], workbook.SheetNames);

        // The same export for an administrator has Moldova's rows, so the refusal above is the scope's doing.
        var moldova = await Exports.LoadAsync(fixture.Services, fixture.MoldovaId);
        Assert.NotEmpty(Assert.Single(moldova!.Partnerships).Initiatives);
    }

    [Fact]
    public async Task A_partnership_that_does_not_exist_gives_nothing()
    {
        Assert.Null(await Exports.LoadAsync(fixture.Services, Guid.CreateVersion7()));
    }
}
