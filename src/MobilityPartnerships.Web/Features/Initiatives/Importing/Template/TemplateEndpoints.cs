namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Template;

/// <summary>The import template's download, for signed-in users.</summary>
public static class TemplateEndpoints
{
    private const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapImportTemplate(this IEndpointRouteBuilder app) =>
        app.MapGet($"/spreadsheets/{ImportTemplate.FileName}", () => Results.File(ImportTemplate.Build(), ContentType, ImportTemplate.FileName))
            .WithName("ImportTemplate");
}
