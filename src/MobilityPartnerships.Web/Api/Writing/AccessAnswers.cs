using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// The access rules' answer to a request, asked before anything else about it is looked at: 404 for a record that does
/// not exist or that the user may not see, 403 with the reason for one they see but may not change, none when allowed. A
/// write the user may not do is refused as such whatever its body and headers, so that a program learns nothing of the
/// rules of what it may not write. The write path asks again, within its transaction: this is the answer's order, not
/// the guard.
/// </summary>
internal static class AccessAnswers
{
    public static async Task<IResult?> RefusalAsync(Task<AccessDecision> asking, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(asking);
        ArgumentNullException.ThrowIfNull(text);
        return await asking switch
        {
            AccessDecision.Missing => TypedResults.NotFound(),
            AccessDecision.Refused refused => TypedResults.Problem(title: text["Api_Problem_Refused"], detail: refused.Message, statusCode: StatusCodes.Status403Forbidden),
            _ => null,
        };
    }
}
