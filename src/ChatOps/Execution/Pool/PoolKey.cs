namespace ChatOps.Execution.Pool;

/// <summary>
/// Which containers can take a job: same image, same interpreter (python2 and python3 may share an image), same
/// network, and the same integration instance. An instance's containers are its own: a job of another instance,
/// or a script, never runs in a container that held an instance's credentials or has its network.
/// </summary>
/// <param name="Network">Null: the configured script network (none by default); else "host" or a Docker network's name.</param>
/// <param name="Instance">The integration instance the containers belong to; empty for scripts.</param>
/// <param name="Proxy">The HTTP(S) proxy the containers' environment names; empty for none.</param>
/// <param name="EngineLabels">The engine labels the containers need, comma separated and sorted (text, so the key compares by value); empty for none.</param>
internal readonly record struct PoolKey(string Image, string Interpreter, string? Network = null, string Instance = "", string Proxy = "", string EngineLabels = "")
{
    public override string ToString() =>
        Instance.Length == 0 ? $"{Image} ({Interpreter})" : $"{Image} ({Interpreter}, instance {Instance}, network {Network ?? "none"})";
}
