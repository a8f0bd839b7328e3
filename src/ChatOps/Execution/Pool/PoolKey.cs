namespace ChatOps.Execution.Pool;

/// <summary>Which containers can take a job: same image, same interpreter (python2 and python3 may share an image).</summary>
internal readonly record struct PoolKey(string Image, string Interpreter)
{
    public override string ToString() => $"{Image} ({Interpreter})";
}
