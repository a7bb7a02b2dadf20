using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Security.Tokens;

/// <summary>A token as its owner asks for it on the tokens page.</summary>
public sealed class AccessTokenDraft
{
    public string? Name { get; set; }

    public TokenScope Scope { get; set; } = TokenScope.Read;

    /// <summary>How many days it lives; one of <see cref="CreateAccessToken.Lifetimes"/>.</summary>
    public int Days { get; set; } = 90;
}

/// <summary>
/// Creates a token for the signed-in user, after checking the request: a name, a known scope, one of the offered
/// lifetimes, a name of one line that shows as it reads, and no more than <see cref="AccessTokens.MaxOpenPerAccount"/> tokens that still work.
/// </summary>
internal sealed class CreateAccessToken(AccessTokens tokens, IStringLocalizer<Strings> text, TimeProvider clock)
{
    /// <summary>The lifetimes offered, in days; the longest is a year.</summary>
    public static readonly IReadOnlyList<int> Lifetimes = [7, 30, 90, 365];

    public async Task<Created> ExecuteAsync(Guid accountId, AccessTokenDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<FieldError>();
        var name = TextCharacters.NormalisedOrNone(draft.Name);
        if (name is null)
        {
            errors.Add(new FieldError(nameof(draft.Name), text["Tokens_Validation_NameRequired"]));
        }
        else if (TextCharacters.Count(name) > AccessToken.NameMaxLength)
        {
            errors.Add(new FieldError(nameof(draft.Name), text["Tokens_Validation_NameTooLong", AccessToken.NameMaxLength]));
        }
        else if (DraftRules.OneLineProblem(name) is { } problem)
        {
            errors.Add(new FieldError(nameof(draft.Name), DraftRules.OneLineMessage(text, "Tokens_Field_Name", problem)));
        }

        if (!Enum.IsDefined(draft.Scope))
        {
            errors.Add(new FieldError(nameof(draft.Scope), text["Validation_Unknown"]));
        }

        if (!Lifetimes.Contains(draft.Days))
        {
            errors.Add(new FieldError(nameof(draft.Days), text["Tokens_Validation_Lifetime", string.Join(", ", Lifetimes)]));
        }

        if (errors.Count == 0 && await tokens.CountOpenAsync(accountId, cancellationToken) >= AccessTokens.MaxOpenPerAccount)
        {
            errors.Add(new FieldError(FieldError.FormLevel, text["Tokens_Validation_TooMany", AccessTokens.MaxOpenPerAccount]));
        }

        if (errors.Count > 0)
        {
            return new Created(null, null, errors);
        }

        var (token, secret) = await tokens.CreateAsync(accountId, name!, draft.Scope, clock.GetUtcNow().AddDays(draft.Days), cancellationToken);
        return new Created(token, secret, []);
    }

    /// <summary>The token and its secret (shown once), or the reasons none was created.</summary>
    public sealed record Created(AccessToken? Token, string? Secret, IReadOnlyList<FieldError> Errors);
}
