namespace ChatOps.ContentUpdates;

/// <summary>One image value to rewrite: the slot of an item in a file gets the same repository with <see cref="NewTag"/>.</summary>
internal sealed record PlannedEdit(ContentFile File, ContentItem Item, ImageSlot Slot, string CurrentTag, string NewTag)
{
    public string Repository => Slot.Image!.Repository;

    public string NewValue => $"{Repository}:{NewTag}";
}
