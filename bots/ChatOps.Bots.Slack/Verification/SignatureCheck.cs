namespace ChatOps.Bots.Slack.Verification;

/// <summary>Outcome of checking one request's signature; anything but Valid means the request is refused with 401.</summary>
internal enum SignatureCheck
{
    Valid,
    MissingHeaders,
    NoSecretConfigured,
    MalformedTimestamp,
    StaleTimestamp,
    WrongSignature,
    Replayed,
}
