using ChatOps.Storage;

namespace ChatOps.Execution.Server;

/// <summary>
/// XSOAR lists (getList, setList, addToList, removeFromList): named texts shared by every channel, as lists are
/// shared by a whole XSOAR tenant. Kept in SQLite, so a restart keeps them.
/// </summary>
internal sealed class ServerListStore(Database database)
{
    private readonly KeyValueTable _lists = new(database, "server_lists");
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task<string?> FindAsync(string name, CancellationToken cancellationToken) => _lists.FindAsync(name, cancellationToken);

    public async Task SaveAsync(string name, string data, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await _lists.SaveAsync(name, data, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Changes a list atomically (read, change, save under one gate): two addToList calls never lose one.</summary>
    public async Task<string> ChangeAsync(string name, Func<string?, string> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var next = change(await _lists.FindAsync(name, cancellationToken));
            await _lists.SaveAsync(name, next, cancellationToken);
            return next;
        }
        finally
        {
            _gate.Release();
        }
    }
}
