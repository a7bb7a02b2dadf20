using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// The words that name each of a fixed set of choices: the sheet's label in English and French, the choice's name in the code
/// and the variants given. A word naming two choices is a mistake in the vocabulary and stops the app.
/// </summary>
internal sealed class Vocabulary<T>
    where T : struct
{
    /// <summary>The key of the words naming what is chosen ("a pillar"), as a message says it.</summary>
    private readonly string what;
    private readonly IReadOnlyList<SheetWord> labels;
    private readonly Dictionary<string, T> byKey = new(StringComparer.Ordinal);

    public Vocabulary(string what, Func<T, SheetWord> label, Dictionary<T, string[]> variants)
    {
        this.what = what;
        labels = variants.Keys.Select(label).ToList();
        foreach (var (choice, words) in variants)
        {
            foreach (var word in label(choice).Both.Append(choice.ToString()!).Concat(words))
            {
                var key = CellText.Key(word);
                if (byKey.TryGetValue(key, out var existing) && !existing.Equals(choice))
                {
                    throw new InvalidOperationException($"The word '{word}' names two choices of {what}.");
                }

                byKey[key] = choice;
            }
        }
    }

    public ChoiceReading<T> Read(string? text)
    {
        var cleaned = CellText.Clean(text);
        if (cleaned.Length == 0)
        {
            return new ChoiceReading<T>.Blank();
        }

        if (byKey.TryGetValue(CellText.Key(cleaned), out var choice))
        {
            return new ChoiceReading<T>.Chosen(choice);
        }

        return ToBeDeterminedText.Matches(cleaned)
            ? new ChoiceReading<T>.ToBeDetermined()
            : new ChoiceReading<T>.Invalid(ResourceText.Format("Import_Value_NotAChoice", ShownCell.Of(cleaned), ResourceText.Format(what), string.Join(", ", labels.Select(l => l.Current))));
    }
}
