using System.Text.Json.Nodes;
using ChatOps.Content;

namespace ChatOps.Integrations;

/// <summary>
/// The params of one instance, built from the integration's configuration: list in YAML order. Each param comes
/// from the first place that has it: its environment variable, the secrets file, Params in appsettings.json
/// (not for secret params), the YAML's defaultvalue. What came from the environment or the secrets file is a
/// secret wherever it goes (checkboxes aside); a credentials identifier is not, as XSOAR shows it in the clear.
/// Problems and warnings never quote a value from a secret source.
/// </summary>
internal sealed class InstanceParams
{
    private readonly IntegrationInstanceOptions _options;
    private readonly string _settings;
    private readonly ContentIntegration _integration;
    private readonly Func<string, string?> _environment;
    private readonly SecretsFile? _file;
    private readonly JsonObject? _fileEntry;

    private InstanceParams(IntegrationInstanceOptions options, string settings, ContentIntegration integration, Func<string, string?> environment, SecretsFile? file)
    {
        _options = options;
        _settings = settings;
        _integration = integration;
        _environment = environment;
        _file = file;
        _fileEntry = file?.For(options.Name);
    }

    public JsonObject Params { get; } = new();

    public List<string> SecretValues { get; } = [];

    public List<string> Problems { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <param name="settings">Where the instance is configured, e.g. "Integrations:Instances:0".</param>
    /// <param name="file">The instance's secrets file, already checked and read; null when it names none.</param>
    public static InstanceParams Resolve(IntegrationInstanceOptions options, string settings, ContentIntegration integration, Func<string, string?> environment, SecretsFile? file)
    {
        var resolved = new InstanceParams(options, settings, integration, environment, file);
        resolved.CheckNames();
        foreach (var param in integration.Params) resolved.Add(param);
        return resolved;
    }

    private void CheckNames()
    {
        foreach (var name in _options.Params.Keys.Concat(_options.ObjectParams).Where(n => Declared(n) is null))
            Problems.Add($"{_settings}:Params:{name} is not a param of {_integration.Name}{Suggestion(name)}");
        foreach (var name in _fileEntry?.Select(p => p.Key).Where(n => Declared(n) is null) ?? [])
            Problems.Add($"secrets file {_file!.Path}: \"{_options.Name}\".\"{name}\" is not a param of {_integration.Name}{Suggestion(name)}");
        foreach (var name in _options.ObjectParams.Where(n => Declared(n) is { } p && !SecretParams.IsSecret(p)))
            Problems.Add($"{_settings}:Params:{name} holds an object; params are text (checkboxes \"true\" or \"false\", lists comma separated)");
    }

    private void Add(IntegrationParam param)
    {
        var configured = _options.Params.GetValueOrDefault(param.Name);
        var inSettings = configured is not null || _options.ObjectParams.Contains(param.Name);
        if (inSettings && SecretParams.IsSecret(param))
        {
            Problems.Add($"{_settings}:Params:{param.Name} is a secret param of {_integration.Name} ({SecretParams.Kind(param)}) and is not read from appsettings.json: remove it there and {SecretHome(param)}");
            return;
        }
        if (_options.ObjectParams.Contains(param.Name)) return; // reported by CheckNames
        if (param.Type == ParamType.Credentials)
        {
            AddCredentials(param);
            return;
        }

        var secret = SecretText(param, out var refused);
        if (refused) return;
        if (secret is not null)
        {
            Set(param, secret.Value.Text, secret.Value.Where, quote: false);
            if (param.Type != ParamType.Boolean) Remember(param, secret.Value.Text);
        }
        else if (configured is not null) Set(param, configured, $"{_settings}:Params:{param.Name}", quote: true);
        else if (param.DefaultValue is not null) SetDefault(param, param.DefaultValue);
        else if (param.Required && param.Type != ParamType.Boolean) Problems.Add(Missing(param));
    }

    private void AddCredentials(IntegrationParam param)
    {
        var entry = FileValue(param);
        string? identifier = null, password = null;
        if (entry is not null && !TryReadCredentials(entry, out identifier, out password))
        {
            Problems.Add($"secrets file {_file!.Path}: \"{_options.Name}\".\"{param.Name}\" must be an object: {{\"identifier\": \"user\", \"password\": \"...\"}}");
            return;
        }
        identifier = NullIfEmpty(_environment(SecretVariableNames.Identifier(_options.Name, param.Name))) ?? identifier;
        password = NullIfEmpty(_environment(SecretVariableNames.Password(_options.Name, param.Name))) ?? password;
        if (string.IsNullOrEmpty(password))
        {
            if (param.Required) Problems.Add(Missing(param));
            if (string.IsNullOrEmpty(identifier)) return;
        }

        // The shape XSOAR sends for credentials typed into the instance rather than picked from its vault; the
        // inner "credentials" stands for the vault entry, filled the same so code that reads either finds them.
        Params[param.Name] = new JsonObject
        {
            ["identifier"] = identifier ?? "",
            ["password"] = password ?? "",
            ["passwordChanged"] = false,
            ["credential"] = "",
            ["credentials"] = new JsonObject { ["id"] = "", ["user"] = identifier ?? "", ["password"] = password ?? "" },
        };
        if (string.IsNullOrEmpty(password)) return;
        Remember(param, password);
        if (!string.IsNullOrEmpty(identifier)) SecretValues.Add(identifier + ":" + password); // basic auth, base64ed by the redactor
    }

    private static bool TryReadCredentials(JsonNode entry, out string? identifier, out string? password)
    {
        identifier = password = null;
        if (entry is not JsonObject credentials) return false;
        return TryReadText(credentials["identifier"], out identifier) && TryReadText(credentials["password"], out password);
    }

    private static bool TryReadText(JsonNode? node, out string? text)
    {
        text = null;
        if (node is null) return true;
        return node is JsonValue value && value.TryGetValue(out text);
    }

    /// <param name="refused">Set when the secrets file gives the param in a shape it cannot have (reported here).</param>
    private (string Text, string Where)? SecretText(IntegrationParam param, out bool refused)
    {
        refused = false;
        var variable = SecretVariableNames.For(_options.Name, param.Name);
        if (NullIfEmpty(_environment(variable)) is { } fromEnvironment) return (fromEnvironment, $"the environment variable {variable}");
        var entry = FileValue(param);
        if (entry is null) return null;
        if (TryReadText(entry, out var text) && text is not null) return (text, $"secrets file {_file!.Path}: \"{_options.Name}\".\"{param.Name}\"");
        Problems.Add($"secrets file {_file!.Path}: \"{_options.Name}\".\"{param.Name}\" must be a string");
        refused = true;
        return null;
    }

    private JsonNode? FileValue(IntegrationParam param) => _fileEntry?[param.Name];

    /// <param name="quote">Whether a message may quote the value: not when it came from a secret source.</param>
    private void Set(IntegrationParam param, string text, string where, bool quote)
    {
        if (text.Length == 0)
        {
            if (param.Required && param.Type != ParamType.Boolean) Problems.Add(Missing(param));
            return;
        }
        switch (param.Type)
        {
            case ParamType.Boolean when ParamValues.Boolean(text) is { } flag:
                Params[param.Name] = flag;
                break;
            case ParamType.Boolean:
                Problems.Add($"{where} is a checkbox: write true or false{(quote ? $", not \"{text}\"" : "")}");
                break;
            case ParamType.MultiSelect:
                var items = ParamValues.Items(text);
                if (quote && ParamValues.NotAnOption(param, items) is { } badItem) Problems.Add(NotAnOption(param, where, badItem));
                else Params[param.Name] = new JsonArray(items.Select(i => (JsonNode)i).ToArray());
                break;
            case ParamType.SingleSelect when quote && ParamValues.NotAnOption(param, [text]) is { } bad:
                Problems.Add(NotAnOption(param, where, bad));
                break;
            default:
                Params[param.Name] = text;
                break;
        }
    }

    /// <summary>The YAML's default, taken as the content has it: a default the content got wrong is left out, not held against the instance.</summary>
    private void SetDefault(IntegrationParam param, string text)
    {
        if (param.Type == ParamType.Boolean)
        {
            if (ParamValues.Boolean(text) is { } flag) Params[param.Name] = flag;
        }
        else if (param.Type == ParamType.MultiSelect) Params[param.Name] = new JsonArray(ParamValues.Items(text).Select(i => (JsonNode)i).ToArray());
        else Params[param.Name] = text;
    }

    private void Remember(IntegrationParam param, string secret)
    {
        SecretValues.Add(secret);
        if (secret.Length < SecretRedactor.MinimumLength)
            Warnings.Add($"{param.Name} of instance {_options.Name} is shorter than {SecretRedactor.MinimumLength} characters, too short to be redacted from replies");
    }

    private IntegrationParam? Declared(string name) => _integration.Params.FirstOrDefault(p => p.Name == name);

    private string Suggestion(string name)
    {
        var near = _integration.Params.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return near is not null
            ? $"; did you mean {near.Name}?"
            : _integration.Params.Count == 0 ? "; it has no params" : "; its params: " + string.Join(", ", _integration.Params.Select(p => p.Name));
    }

    private string Missing(IntegrationParam param)
    {
        var label = param.Display.Length > 0 ? $"{param.Name} ({param.Display})" : param.Name;
        return SecretParams.IsSecret(param)
            ? $"{label} is required: {SecretHome(param)}"
            : $"{label} is required: set {_settings}:Params:{param.Name}";
    }

    private string NotAnOption(IntegrationParam param, string where, string bad) =>
        $"{where}: \"{bad}\" is not one of the options of {param.Name}: {string.Join(", ", param.Options!)}";

    /// <summary>Where a secret param goes instead of appsettings.json.</summary>
    private string SecretHome(IntegrationParam param)
    {
        var variables = param.Type == ParamType.Credentials
            ? $"set the environment variables {SecretVariableNames.Identifier(_options.Name, param.Name)} and {SecretVariableNames.Password(_options.Name, param.Name)}"
            : $"set the environment variable {SecretVariableNames.For(_options.Name, param.Name)}";
        return variables + (_file is null ? ", or put it in a SecretsFile" : $", or put it in {_file.Path} under \"{_options.Name}\"");
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
