namespace ChatOps.Bots.Discord.Interactions;

/// <summary>Where an interaction came from, which decides how its initial response travels back.</summary>
internal enum InteractionOrigin
{
    /// <summary>POST /discord/interactions: the initial response is the HTTP response body.</summary>
    Http,

    /// <summary>A gateway INTERACTION_CREATE: the initial response is POSTed to /interactions/{id}/{token}/callback.</summary>
    Gateway,
}
