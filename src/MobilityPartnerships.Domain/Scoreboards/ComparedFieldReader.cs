namespace MobilityPartnerships.Domain.Scoreboards;

/// <summary>
/// How the comparison of versions reads one of its fields from a version (<see cref="ScoreboardComparison.Differences"/>).
/// <see cref="OnlyWhereBothKept"/>: a value a version did not keep (null: published before it was kept) is not known to
/// have changed, so the field is compared only where both versions hold a value.
/// </summary>
public sealed record ComparedFieldReader
{
    public ComparedFieldReader(ComparedField field, Func<PublishedInitiative, object?> read, bool onlyWhereBothKept = false)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (field == ComparedField.Fact)
        {
            throw new ArgumentException("Facts are compared by name, where both versions kept them; no reader reads them.", nameof(field));
        }

        Field = field;
        Read = read;
        OnlyWhereBothKept = onlyWhereBothKept;
    }

    public ComparedField Field { get; }

    /// <summary>Its value in a version, typed: the page, the pack and the mail word it.</summary>
    public Func<PublishedInitiative, object?> Read { get; }

    public bool OnlyWhereBothKept { get; }
}
