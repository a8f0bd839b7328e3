using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChatOps.Bots.Console.Rendering;

/// <summary>"step 3 of 7" for a task whose steps are known, nothing for one that only has messages.</summary>
internal sealed class StepColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        task.IsIndeterminate ? Text.Empty : new Text($"step {task.Value:0} of {task.MaxValue:0}", new Style(Color.Grey));
}
