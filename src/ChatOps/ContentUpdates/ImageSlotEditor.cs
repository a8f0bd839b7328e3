using System.Text;

namespace ChatOps.ContentUpdates;

/// <summary>
/// Rewrites image values inside a file's text: only the characters of each value change, its quotes stay, and
/// everything around it (comments, key order, indentation, line endings) is copied as it was.
/// </summary>
internal static class ImageSlotEditor
{
    /// <summary>The file's bytes with every edit applied.</summary>
    /// <exception cref="InvalidOperationException">The result would differ in more than the edited values (never written).</exception>
    public static byte[] Apply(ContentFile file, IReadOnlyCollection<PlannedEdit> edits)
    {
        var (text, byteOrderMark) = ContentText.Decode(file.Bytes);
        var result = new StringBuilder(text);
        // Last value first, so the offsets of the values before it stay true.
        foreach (var edit in edits.OrderByDescending(e => e.Slot.Start))
        {
            var slot = edit.Slot;
            result.Remove(slot.Start, slot.End - slot.Start).Insert(slot.Start, slot.Quote + edit.NewValue + slot.Quote);
        }
        var edited = result.ToString();
        Verify(file.RelativePath, text, edited, edits);
        return ContentText.Encode(edited, byteOrderMark);
    }

    // Read the edited text back: the same items, the same image values, except exactly the edited ones.
    private static void Verify(string relativePath, string before, string after, IReadOnlyCollection<PlannedEdit> edits)
    {
        var expected = ContentYamlScanner.Scan(relativePath, before)
            .SelectMany(item => item.Slots.Select(slot => (item.Name, slot.Key, Value: edits.FirstOrDefault(e => e.Slot == slot)?.NewValue ?? slot.Value)))
            .ToList();
        var actual = ContentYamlScanner.Scan(relativePath, after)
            .SelectMany(item => item.Slots.Select(slot => (item.Name, slot.Key, slot.Value)))
            .ToList();
        if (!expected.SequenceEqual(actual))
            throw new InvalidOperationException($"{relativePath}: rewriting the image values would change how the file reads; it was left unchanged.");
    }
}
