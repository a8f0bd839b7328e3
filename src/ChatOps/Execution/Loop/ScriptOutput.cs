namespace ChatOps.Execution.Loop;

/// <summary>Something a script produced, kept in the order it arrived.</summary>
public abstract record ScriptOutput;
