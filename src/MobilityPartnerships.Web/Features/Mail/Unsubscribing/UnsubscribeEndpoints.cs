using MobilityPartnerships.Domain.Common;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Features.Mail.Unsubscribing;

/// <summary>
/// The unsubscribe link of a reminder or digest, without signing in: GET shows what it stops and a button; POST (the
/// button, or a mail program's one-click request of RFC 8058, body <c>List-Unsubscribe=One-Click</c>) records the
/// opt-out for the account and partnerships the signed token names. Neither tells anything to a wrong or expired token.
/// </summary>
internal static class UnsubscribeEndpoints
{
    public static void MapUnsubscribe(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + UnsubscribeLinks.Path, ShowAsync).AllowAnonymous().WithMetadata(NoSessionCheck.Instance);

        // The token in the address is what authorises it; a mail program posts without any cookie or form token.
        endpoints.MapPost("/" + UnsubscribeLinks.Path, UnsubscribeAsync).AllowAnonymous().DisableAntiforgery().WithMetadata(NoSessionCheck.Instance);
    }

    private static async Task<IResult> ShowAsync(string? token, UnsubscribeLinks links, IDbContextFactory<AppDbContext> contexts, IStringLocalizer<Strings> text, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } request)
        {
            return Page(text["Mail_Unsubscribe_Title"], text["Mail_Unsubscribe_Invalid"], null, StatusCodes.Status400BadRequest);
        }

        var names = await NamesAsync(contexts, request, cancellationToken);

        // Posted to this very address (a query-only reference keeps the path, whatever the app's base path).
        var form = $"<form method=\"post\" action=\"{WebUtility.HtmlEncode("?token=" + Uri.EscapeDataString(token!))}\">"
                   + $"<button type=\"submit\" data-testid=\"unsubscribe\">{WebUtility.HtmlEncode(text["Mail_Unsubscribe_Button"])}</button></form>";
        return Page(text["Mail_Unsubscribe_Title"], text["Mail_Unsubscribe_Ask", string.Join(", ", names)], form, StatusCodes.Status200OK);
    }

    private static async Task<IResult> UnsubscribeAsync(string? token, UnsubscribeLinks links, IDbContextFactory<AppDbContext> contexts, IStringLocalizer<Strings> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } request)
        {
            return Page(text["Mail_Unsubscribe_Title"], text["Mail_Unsubscribe_Invalid"], null, StatusCodes.Status400BadRequest);
        }

        var now = clock.GetUtcNow();
        var ids = request.Partnerships.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO mail_opt_outs (account_id, partnership_id, at)
            SELECT {request.AccountId}, p.id, {now} FROM partnerships p
            WHERE p.id = ANY({ids}) AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = {request.AccountId})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        var names = await NamesAsync(contexts, request, cancellationToken);
        return Page(text["Mail_Unsubscribe_Title"], text["Mail_Unsubscribe_Done", string.Join(", ", names)], null, StatusCodes.Status200OK);
    }

    private static async Task<List<string>> NamesAsync(IDbContextFactory<AppDbContext> contexts, UnsubscribeRequest request, CancellationToken cancellationToken)
    {
        var ids = request.Partnerships.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Partnerships.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => NameOrder.Key(p.Name)).Select(p => p.Name).ToListAsync(cancellationToken);
    }

    private static IResult Page(string title, string message, string? form, int status)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
            .Append(WebUtility.HtmlEncode(title)).Append("</title></head><body><main><h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1><p data-testid=\"unsubscribe-message\">")
            .Append(WebUtility.HtmlEncode(message)).Append("</p>").Append(form).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
