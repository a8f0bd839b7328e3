namespace ChatOps.Execution.Context;

/// <summary>
/// A context write that XSOAR's rules cannot apply: a malformed key, a merge expression outside the supported
/// grammar, a path through a value that is not an object. The message is written for the war room, because the
/// store turns it into the refusal the user reads; nothing has been changed when it is thrown.
/// </summary>
internal sealed class ContextRuleException(string message) : Exception(message);
