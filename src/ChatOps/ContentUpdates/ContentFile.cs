namespace ChatOps.ContentUpdates;

/// <summary>A YAML file of the content folder as read: its path relative to the folder ('/' separated) and its bytes.</summary>
internal sealed record ContentFile(string RelativePath, byte[] Bytes);
