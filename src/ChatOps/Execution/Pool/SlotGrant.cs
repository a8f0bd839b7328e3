namespace ChatOps.Execution.Pool;

/// <summary>
/// What a request for a container got: an idle one, the right to create one (both null), or a place in the
/// queue whose task completes with a container or with null (= the right to create one). ForSettling: the place
/// is for a container still settling, worth a short wait only.
/// </summary>
internal readonly record struct SlotGrant(WarmContainer? Idle, TaskCompletionSource<WarmContainer?>? Wait, bool ForSettling = false);
