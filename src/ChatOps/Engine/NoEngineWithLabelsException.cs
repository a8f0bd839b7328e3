using ChatOps.Replies;

namespace ChatOps.Engine;

/// <summary>
/// No answering engine carries the labels a container needs (an integration instance's EngineLabels, or egress):
/// nothing a chat user can change, so the remedy asks them to get an admin, and tells the admin which settings meet.
/// </summary>
public sealed class NoEngineWithLabelsException(IReadOnlyList<string> labels, IReadOnlyList<string> silentCarriers)
    : EngineOperationException(MessageOf(labels, silentCarriers)), IHasRemedy
{
    public IReadOnlyList<string> Labels { get; } = labels;

    public Remedy? Remedy { get; } = new(
        $"Ask an admin for an engine labelled {string.Join(", ", labels)}" + (silentCarriers.Count > 0 ? $", or to bring {string.Join(", ", silentCarriers)} back." : "."),
        $"Give an engine the label{(labels.Count == 1 ? "" : "s")} {string.Join(", ", labels)} in its Labels under Docker:Engines, or change the instance's EngineLabels under Integrations:Instances" +
        (silentCarriers.Count > 0 ? $"; {string.Join(", ", silentCarriers)} carr{(silentCarriers.Count == 1 ? "ies" : "y")} them but do{(silentCarriers.Count == 1 ? "es" : "")} not answer." : "."));

    private static string MessageOf(IReadOnlyList<string> labels, IReadOnlyList<string> silentCarriers) =>
        $"No answering engine carries the label{(labels.Count == 1 ? "" : "s")} {string.Join(", ", labels)} that the container needs" +
        (silentCarriers.Count > 0 ? $" ({string.Join(", ", silentCarriers)} {(silentCarriers.Count == 1 ? "does" : "do")}, but {(silentCarriers.Count == 1 ? "is" : "are")} silent)" : "");
}
