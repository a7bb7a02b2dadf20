using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Api.Writing;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Progress.Posting;

namespace MobilityPartnerships.Web.Tests.Api;

/// <summary>
/// A write's body with a member its record does not have is refused, naming the member, instead of being stored without it;
/// every such member and every value its field cannot take are told in one answer.
/// </summary>
public sealed class RequestBodyTests
{
    [Theory]
    [InlineData("""{"titel": "A pilot", "pillar": "LegalMigration"}""", "titel")]
    [InlineData("""{"title": "A pilot", "fundingLines": [{"sourceKind": "EuProgramme"}, {"totl": 5}]}""", "fundingLines[1].totl")]
    [InlineData("""{"title": "A pilot", "indicators": [{"name": "Workers", "unitt": "persons"}]}""", "indicators[0].unitt")]
    public async Task An_initiative_with_a_member_it_does_not_have_is_refused_naming_the_member(string body, string member)
    {
        var (draft, problem) = await ReadAsync<InitiativeDraft>(body);

        Assert.Null(draft);
        var errors = Assert.IsType<ValidationProblem>(problem).ProblemDetails.Errors;
        Assert.Equal([member], errors.Keys);
        Assert.Equal($"{member} is not a field of this record: check its name against the API's description (names are in camelCase, \"title\").", Assert.Single(errors[member]));
    }

    [Theory]
    [InlineData("""{"title": "A pilot", "fundingLines": [{"sourceKind": "EuProgramme", "totalBudget": 1e30}]}""", "fundingLines[0].totalBudget",
        "1e30 is beyond any value fundingLines[0].totalBudget takes: write a number within the field's range (see the API's description).")]
    [InlineData("""{"title": "A pilot", "durationMonths": 10000000000}""", "durationMonths",
        "10000000000 is beyond any value durationMonths takes: write a number within the field's range (see the API's description).")]
    [InlineData("""{"title": "A pilot", "durationMonths": 1.5}""", "durationMonths", "durationMonths takes a whole number, not 1.5.")]
    [InlineData("""{"title": "A pilot", "durationMonths": "twelve"}""", "durationMonths",
        "durationMonths takes a whole number as JSON writes it (12), as a JSON number or in a string; \"twelve\" is not one.")]
    public async Task A_number_its_field_cannot_take_is_refused_saying_why(string body, string field, string message)
    {
        // 1e30 as an amount was answered "not of the kind this field takes", as if it were not a number.
        var (draft, problem) = await ReadAsync<InitiativeDraft>(body);

        Assert.Null(draft);
        var errors = Assert.IsType<ValidationProblem>(problem).ProblemDetails.Errors;
        Assert.Equal((field, message), (Assert.Single(errors.Keys), Assert.Single(errors[field])));
    }

    [Fact]
    public async Task Every_member_it_does_not_have_and_every_value_its_field_cannot_take_are_told_at_once()
    {
        var (draft, problem) = await ReadAsync<InitiativeDraft>(
            """{"titel": "A pilot", "pillar": "Nonsense", "durationMonths": "twelve", "isShareable": "yes", "fundingLines": [{"totalBudget": {}}, {"totl": 5}]}""");

        Assert.Null(draft);
        Assert.Equal(
            ["durationMonths", "fundingLines[0].totalBudget", "fundingLines[1].totl", "isShareable", "pillar", "titel"],
            Assert.IsType<ValidationProblem>(problem).ProblemDetails.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_progress_update_and_an_indicator_value_with_a_member_they_do_not_have_are_refused()
    {
        var (progress, progressProblem) = await ReadAsync<ProgressDraft>("""{"reportedOn": "2026-01-05", "rating": "OnTrack", "narative": "Done"}""");
        var (value, valueProblem) = await ReadAsync<IndicatorValueReport>("""{"period": "2026 Q1", "value": "4", "replace": true}""");

        Assert.Null(progress);
        Assert.Equal(["narative"], Assert.IsType<ValidationProblem>(progressProblem).ProblemDetails.Errors.Keys);
        Assert.Null(value);
        Assert.Equal(["replace"], Assert.IsType<ValidationProblem>(valueProblem).ProblemDetails.Errors.Keys);
    }

    [Fact]
    public async Task The_refusal_is_in_the_users_language()
    {
        var language = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
            var (_, problem) = await ReadAsync<InitiativeDraft>("""{"titel": "A pilot"}""");

            Assert.StartsWith("titel n'est pas un champ de cet enregistrement", Assert.Single(Assert.IsType<ValidationProblem>(problem).ProblemDetails.Errors["titel"]), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = language;
        }
    }

    [Fact]
    public async Task Known_members_in_any_case_are_read()
    {
        var (draft, problem) = await ReadAsync<InitiativeDraft>("""{"Title": "A pilot", "expectedResults": "Jobs", "fundingLines": [{"totalBudget": 5}]}""");

        Assert.Null(problem);
        Assert.Equal(("A pilot", "Jobs", 5m), (draft!.Title, draft.ExpectedResults, draft.FundingLines[0].TotalBudget));
    }

    [Fact]
    public async Task Members_carried_as_extension_data_are_taken_only_where_the_field_catalogue_names_them()
    {
        var (dto, problem) = await ReadAsync<InitiativeDto>("""{"id": "0199a7a0-0000-7000-8000-000000000001", "expectedResults": "Jobs", "title": "A pilot"}""");
        var (_, unknown) = await ReadAsync<InitiativeDto>("""{"id": "0199a7a0-0000-7000-8000-000000000001", "expectedResultz": "Jobs"}""");

        Assert.Null(problem);
        Assert.NotNull(dto);
        Assert.Equal(["expectedResultz"], Assert.IsType<ValidationProblem>(unknown).ProblemDetails.Errors.Keys);
    }

    [Fact]
    public async Task Amounts_and_indicator_values_keep_all_their_digits_written_as_numbers_or_as_strings()
    {
        // A client that cannot keep a number's digits (jq before 1.7 reads doubles) sends amounts as strings.
        var (draft, problem) = await ReadAsync<InitiativeDraft>(
            """
            {"title": "A pilot",
             "fundingLines": [{"totalBudget": 9999999999999999.99, "euContribution": "1234567890123456.78"}, {"totalBudget": "9999999999999999.99", "euContribution": null}],
             "indicators": [{"name": "Workers", "baselineValue": "99999999999999.9999", "baselineDate": "2020-01-01", "targetValue": 12345678901234.5678, "targetDate": "2021-01-01"}]}
            """);

        Assert.Null(problem);
        Assert.Equal(
            (9_999_999_999_999_999.99m, 1_234_567_890_123_456.78m, 9_999_999_999_999_999.99m, (decimal?)null),
            (draft!.FundingLines[0].TotalBudget, draft.FundingLines[0].EuContribution, draft.FundingLines[1].TotalBudget, draft.FundingLines[1].EuContribution));
        Assert.Equal((99_999_999_999_999.9999m, 12_345_678_901_234.5678m), (draft.Indicators[0].BaselineValue, draft.Indicators[0].TargetValue));
    }

    [Fact]
    public async Task An_amount_written_as_a_string_that_is_no_number_is_refused_at_its_field()
    {
        var (draft, problem) = await ReadAsync<InitiativeDraft>("""{"title": "A pilot", "fundingLines": [{"totalBudget": "1 234,50"}]}""");

        Assert.Null(draft);
        var errors = Assert.IsType<ValidationProblem>(problem).ProblemDetails.Errors;
        Assert.Equal(["fundingLines[0].totalBudget"], errors.Keys);
    }

    private static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(string body)
        where T : class
    {
        var options = new JsonOptions();
        MobilityPartnerships.Web.Api.ApiSetup.ReadAndWrite(options.SerializerOptions);
        var reader = new RequestBody(Options.Create(options), Texts.Strings);
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return await reader.ReadAsync<T>(context.Request, TestContext.Current.CancellationToken);
    }
}
