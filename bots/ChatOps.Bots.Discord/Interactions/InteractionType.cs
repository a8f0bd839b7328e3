namespace ChatOps.Bots.Discord.Interactions;

/// <summary>Interaction types Discord sends (discord-api-docs, Receiving and Responding).</summary>
internal static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;
}
