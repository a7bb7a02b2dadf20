using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Data.Mail;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Mail;

/// <summary>A line of a message: its text, and where it links to (an absolute address) if anywhere.</summary>
public sealed record MailLine(string Text, string? Link = null, string? Note = null);

/// <summary>
/// A message's body written twice, as plain text and as simple HTML (inline styles only, as mail programs want),
/// from the same greeting, sections of lines and footer; every text is encoded. It is written in the language current
/// when it is made (its recipient's: made within <see cref="Hosting.Languages.Language.In{T}"/>), its header too.
/// </summary>
public sealed class MailBody
{
    private readonly List<(string Heading, IReadOnlyList<MailLine> Lines)> sections = [];
    private readonly List<MailLine> footer = [];
    private readonly string greeting;

    // The app's name above the title, and the language the page says it is in: both the recipient's, as the rest.
    private readonly string header;
    private readonly string language;

    public MailBody(IStringLocalizer<Strings> text, string greeting)
    {
        ArgumentNullException.ThrowIfNull(text);
        this.greeting = greeting;
        header = text["App_Name"];
        language = Hosting.Languages.Language.Current.Code;
    }

    public MailBody Section(string heading, IEnumerable<MailLine> lines)
    {
        sections.Add((heading, lines.ToList()));
        return this;
    }

    public MailBody Footer(MailLine line)
    {
        footer.Add(line);
        return this;
    }

    /// <summary>
    /// The message that carries this body to an account under <paramref name="subject"/>, as plain text and as HTML;
    /// <paramref name="unsubscribeUrl"/> is its one-click unsubscribe address, where it has one.
    /// </summary>
    public MailMessage Message(Guid id, MailKind kind, string key, (Guid AccountId, string Email, string Name) to, string subject, DateTimeOffset createdAt, string? unsubscribeUrl = null) => new()
    {
        Id = id,
        Kind = kind,
        Key = key,
        AccountId = to.AccountId,
        ToAddress = to.Email,
        ToName = to.Name,
        Subject = subject,
        TextBody = Text(),
        HtmlBody = Html(subject),
        UnsubscribeUrl = unsubscribeUrl,
        CreatedAt = createdAt,
    };

    public string Text()
    {
        var text = new StringBuilder();
        text.Append(greeting).Append("\n\n");
        foreach (var (heading, lines) in sections)
        {
            text.Append(heading).Append('\n');
            foreach (var line in lines)
            {
                text.Append("- ").Append(line.Text);
                if (line.Note is not null)
                {
                    text.Append(" (").Append(line.Note).Append(')');
                }

                if (line.Link is not null)
                {
                    text.Append("\n  ").Append(line.Link);
                }

                text.Append('\n');
            }

            text.Append('\n');
        }

        text.Append("--\n");
        foreach (var line in footer)
        {
            text.Append(line.Text);
            if (line.Link is not null)
            {
                text.Append(": ").Append(line.Link);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    public string Html(string title)
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title></head>")
            .Append("<body style=\"font-family:Roboto,Arial,sans-serif;color:#1f2933;max-width:640px;margin:0 auto;padding:16px\">")
            .Append("<p style=\"font-size:13px;color:#52606d;margin:0 0 8px\">").Append(E(header)).Append("</p>")
            .Append("<h1 style=\"font-size:20px;margin:0 0 16px;color:#003399\">").Append(E(title)).Append("</h1>")
            .Append("<p>").Append(E(greeting)).Append("</p>");
        foreach (var (heading, lines) in sections)
        {
            html.Append("<h2 style=\"font-size:16px;margin:20px 0 8px\">").Append(E(heading)).Append("</h2><ul style=\"padding-left:20px\">");
            foreach (var line in lines)
            {
                html.Append("<li style=\"margin:4px 0\">");
                html.Append(line.Link is null ? E(line.Text) : $"<a href=\"{E(line.Link)}\" style=\"color:#003399\">{E(line.Text)}</a>");
                if (line.Note is not null)
                {
                    html.Append(" <span style=\"color:#52606d\">— ").Append(E(line.Note)).Append("</span>");
                }

                html.Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<hr style=\"border:0;border-top:1px solid #d9e2ec;margin:24px 0 8px\"><p style=\"font-size:12px;color:#52606d\">");
        foreach (var line in footer)
        {
            html.Append(line.Link is null ? E(line.Text) : $"<a href=\"{E(line.Link)}\" style=\"color:#52606d\">{E(line.Text)}</a>").Append("<br>");
        }

        html.Append("</p></body></html>");
        return html.ToString();
    }
}
