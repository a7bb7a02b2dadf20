using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>A person or office to contact about an initiative.</summary>
public sealed class ContactPoint
{
    public const int NameMaxLength = 150;
    public const int FunctionMaxLength = 150;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 40;

    private ContactPoint(string name, Guid? organisationId, string? function, string? email, string? phone)
    {
        Name = name;
        OrganisationId = organisationId;
        Function = function;
        Email = email;
        Phone = phone;
    }

    public string Name { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public string? Function { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public bool SameAs(ContactPoint other) =>
        other is not null && Name == other.Name && OrganisationId == other.OrganisationId && Function == other.Function && Email == other.Email && Phone == other.Phone;

    /// <summary>
    /// Whether the two are the same contact point listed twice: every detail alike, the e-mail address letter case aside
    /// (EVE@example.org and eve@example.org reach one mailbox). An initiative lists each once.
    /// </summary>
    public bool Repeats(ContactPoint other) =>
        other is not null && Name == other.Name && OrganisationId == other.OrganisationId && Function == other.Function && EmailAddress.Same(Email, other.Email) && Phone == other.Phone;

    public static ContactPoint Create(string name, Guid? organisationId, string? function, string? email, string? phone)
    {
        var checkedEmail = EmailAddress.Optional(email, EmailMaxLength, "contact-point.email", "The e-mail address");
        return new ContactPoint(
            Guard.RequiredText(name, NameMaxLength, "contact-point.name", "The contact point's name"),
            organisationId,
            Guard.OptionalText(function, FunctionMaxLength, "contact-point.function", "The function"),
            checkedEmail,
            PhoneNumber.Optional(phone, PhoneMaxLength, "contact-point.phone", "The phone number"));
    }
}
