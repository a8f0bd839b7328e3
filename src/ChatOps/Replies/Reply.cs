using System.Text.Json.Serialization;

namespace ChatOps.Replies;

/// <summary>Something the war room says back. Adapters render each kind their own way.</summary>
/// <remarks>The discriminators are the "type" of each JSON line `chatops exec --json` prints.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextReply), "text")]
[JsonDerivedType(typeof(CodeBlockReply), "code")]
[JsonDerivedType(typeof(TableReply), "table")]
[JsonDerivedType(typeof(ProgressReply), "progress")]
[JsonDerivedType(typeof(ErrorReply), "error")]
[JsonDerivedType(typeof(CardReply), "card")]
[JsonDerivedType(typeof(MarkdownReply), "markdown")]
[JsonDerivedType(typeof(EntryReply), "entry")]
[JsonDerivedType(typeof(FileReply), "file")]
public abstract record Reply;
