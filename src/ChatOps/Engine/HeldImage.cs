namespace ChatOps.Engine;

/// <summary>An image as every engine lists it: the same image id on several engines is one entry naming them all.</summary>
/// <param name="Image">With every repo:tag any engine gives it.</param>
/// <param name="EnginesByTag">
/// Per repo:tag, the engines on which that tag points at this image, in configured order: an engine may carry
/// more or fewer tags of one image (a pull brings one tag), or the same tag on another image.
/// </param>
public sealed record HeldImage(EngineImage Image, IReadOnlyDictionary<string, IReadOnlyList<string>> EnginesByTag);
