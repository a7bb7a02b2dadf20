using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Features.OpenData;
using MobilityPartnerships.Web.Features.OpenData.Iati;

namespace MobilityPartnerships.IntegrationTests.OpenData;

/// <summary>
/// The download of a partnership's IATI file: an XML attachment for who may see the partnership, not found (404, never
/// an error) for an unknown partnership, one the user may not see, or one with nothing to publish; and no anonymous access.
/// </summary>
public sealed class OpenDataEndpointTests(IatiSceneFixture scene) : IClassFixture<IatiSceneFixture>
{
    private static async Task<IResult> DownloadAsync(AsyncServiceScope scope, Guid partnershipId) =>
        await OpenDataEndpoints.DownloadIatiAsync(
            partnershipId,
            scope.ServiceProvider.GetRequiredService<ExportIatiActivities>(),
            TimeProvider.System,
            TestContext.Current.CancellationToken);

    [Fact]
    public async Task Who_may_see_the_partnership_downloads_a_valid_xml_attachment()
    {
        await using var scope = scene.As(scene.Administrator);
        var result = await DownloadAsync(scope, scene.PartnershipId);

        using var body = new MemoryStream();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Response.Body = body;
        await result.ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        Assert.Equal("application/xml", http.Response.ContentType);
        Assert.StartsWith("attachment; filename=iati-activities-mobility-partnership-with-the-republic-of-testland.xml", http.Response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        var xml = Encoding.UTF8.GetString(body.ToArray());
        Assert.Empty(IatiSchema.ProblemsOf(xml));
        Assert.Contains("<iati-identifier>XI-IATI-EC_INTPA-DCI-MIGR-2010-123</iati-identifier>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_partnership_is_not_found()
    {
        await using var scope = scene.As(scene.Administrator);

        Assert.IsType<NotFound>(await DownloadAsync(scope, Guid.NewGuid()));
    }

    [Fact]
    public async Task A_partnership_the_user_may_not_see_is_not_found()
    {
        var outsider = await TestAccounts.CreateAsync(scene, "Reader of nothing here", Role.TaskForceMember);
        await using var scope = scene.As(outsider);

        Assert.IsType<NotFound>(await DownloadAsync(scope, scene.PartnershipId));
    }

    [Fact]
    public async Task A_partnership_with_nothing_to_publish_is_not_found_as_an_IATI_file_holds_at_least_one_activity()
    {
        var empty = Partnership.Open("Partnership without initiatives", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        await using (var db = await scene.CreateContextAsync())
        {
            db.Partnerships.Add(empty);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = scene.As(scene.Administrator);

        Assert.IsType<NotFound>(await DownloadAsync(scope, empty.Id));
        Assert.IsNotType<NotFound>(await DownloadAsync(scope, scene.PartnershipId));
    }

    [Fact]
    public void The_download_is_a_get_under_the_partnership_that_does_not_allow_anonymous_users()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddOpenData();
        builder.Services.AddSingleton(TimeProvider.System);
        var app = builder.Build();
        app.MapOpenData();

        var endpoint = Assert.Single(((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>());
        Assert.Equal("/partnerships/{id:guid}/open-data/iati.xml", endpoint.RoutePattern.RawText);
        Assert.Equal(["GET"], endpoint.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods);
        Assert.Null(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
        Assert.Equal($"partnerships/{scene.PartnershipId}/open-data/iati.xml", OpenDataEndpoints.IatiPath(scene.PartnershipId));
    }
}
