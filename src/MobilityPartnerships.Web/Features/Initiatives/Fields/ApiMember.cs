using System.Text.Json;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// A member of one of the API's answers that carries a field (besides its stored values, which carry themselves): its name,
/// its type (the OpenAPI document types the member from it), whether it may be null and what it holds (English, for
/// programs). Each read model the API answers from has its own members (<see cref="ApiMember{TModel}"/>); the answers carry
/// them without naming them.
/// </summary>
public abstract class ApiMember
{
    private protected ApiMember(string name, Type type, bool orNull, string description)
    {
        Name = name;
        Type = type;
        OrNull = orNull;
        Description = description;
    }

    /// <summary>Its name as the field catalogue and the tests say it: "ReferenceCode".</summary>
    public string Name { get; }

    /// <summary>Its JSON name: "referenceCode".</summary>
    public string JsonName => JsonNamingPolicy.CamelCase.ConvertName(Name);

    /// <summary>The type of its value; a nullable value type is given as its underlying type, with <see cref="OrNull"/>.</summary>
    public Type Type { get; }

    /// <summary>Whether it is null when the initiative has no value for it.</summary>
    public bool OrNull { get; }

    public string Description { get; }

    /// <summary>A member of a type that always has a value (a nullable value type is null when not known).</summary>
    public static ApiMember<TModel> Of<TModel, T>(string name, string description, Func<TModel, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var underlying = Nullable.GetUnderlyingType(typeof(T));
        return new(name, underlying ?? typeof(T), underlying is not null, description, m => read(m));
    }

    /// <summary>A member of a reference type that is null when the initiative has none.</summary>
    public static ApiMember<TModel> OrNone<TModel, T>(string name, string description, Func<TModel, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        return new(name, typeof(T), orNull: true, description, m => read(m));
    }
}

/// <summary>A member of the API's answers read from one read model: the details, a scoreboard's row, a published version's row.</summary>
public sealed class ApiMember<TModel> : ApiMember
{
    private readonly Func<TModel, object?> read;

    internal ApiMember(string name, Type type, bool orNull, string description, Func<TModel, object?> read)
        : base(name, type, orNull, description) => this.read = read;

    /// <summary>Its value for one initiative.</summary>
    public object? Read(TModel model) => read(model);
}
