using System.Text.Json.Serialization;

namespace ChatOps.Bots.Slack.Rendering;

/// <summary>One Block Kit layout block; the JSON "type" names the kind.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
internal abstract record Block;
