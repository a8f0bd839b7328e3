using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOps.Content;
using ChatOps.Parsers.Rules;
using Microsoft.Extensions.Logging;

namespace ChatOps.Integrations;

/// <summary>
/// The configured integration instances, resolved against the content: each with its params, secrets and egress,
/// or with the reasons it cannot run. A bad instance never stops the bot: it is listed as not usable, its
/// problems logged once, and the other instances run.
/// </summary>
/// <remarks>
/// Secrets files are checked and read once, here, at start (restart after changing one); environment variables
/// are read when the instances are resolved. Instances are resolved again when the content library has
/// reloaded, so an integration added or edited in the content folder needs no restart.
/// </remarks>
internal sealed partial class IntegrationInstanceCatalog
{
    private readonly IntegrationsOptions _options;
    private readonly ContentLibrary _library;
    private readonly Func<string, string?> _environment;
    private readonly ILogger? _logger;
    private readonly Dictionary<int, List<string>> _startProblems = [];
    private readonly Dictionary<int, SecretsFile> _files = [];
    private readonly HashSet<string> _logged = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private IReadOnlyList<ContentIntegration>? _resolvedFrom;
    private IReadOnlyList<IntegrationInstance> _instances = [];
    private SecretRedactor _redactor = SecretRedactor.None;

    /// <param name="baseFolder">What a relative SecretsFile is relative to: the folder holding appsettings.json.</param>
    /// <param name="environment">Reads one environment variable (Environment.GetEnvironmentVariable outside tests).</param>
    public IntegrationInstanceCatalog(
        IntegrationsOptions options,
        ContentLibrary library,
        string baseFolder,
        Func<string, string?> environment,
        IFileStatusReader files,
        ILogger<IntegrationInstanceCatalog>? logger = null)
    {
        _options = options;
        _library = library;
        _environment = environment;
        _logger = logger;
        var read = new Dictionary<string, SecretsFile>(StringComparer.Ordinal);
        for (var i = 0; i < options.Instances.Count; i++)
        {
            _startProblems[i] = CheckSettings(i);
            var file = options.Instances[i].SecretsFile;
            if (string.IsNullOrWhiteSpace(file)) continue;
            var path = Path.GetFullPath(file, baseFolder);
            if (!read.TryGetValue(path, out var secrets)) read[path] = secrets = SecretsFile.Read(path, files);
            _files[i] = secrets;
        }
    }

    /// <summary>Every configured instance, usable or not, in configuration order.</summary>
    public IReadOnlyList<IntegrationInstance> Instances => Current().Instances;

    /// <summary>Masks the secrets of every instance: for what leaves the bot outside any one instance's job (logs, the audit).</summary>
    public SecretRedactor Redactor => Current().Redactor;

    /// <summary>The instance of that name (ignoring case, as names are unique so); null when none is configured.</summary>
    public IntegrationInstance? Find(string name) =>
        Instances.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));

    private (IReadOnlyList<IntegrationInstance> Instances, SecretRedactor Redactor) Current()
    {
        var integrations = _library.Integrations;
        lock (_lock)
        {
            if (!ReferenceEquals(integrations, _resolvedFrom))
            {
                _instances = _options.Instances.Select((options, i) => Resolve(options, i, integrations)).ToList();
                _redactor = new SecretRedactor(_instances.SelectMany(i => i.SecretValues));
                _resolvedFrom = integrations;
                Report();
            }
            return (_instances, _redactor);
        }
    }

    private IntegrationInstance Resolve(IntegrationInstanceOptions options, int index, IReadOnlyList<ContentIntegration> integrations)
    {
        var settings = Settings(index);
        var problems = new List<string>(_startProblems[index]);
        var file = _files.GetValueOrDefault(index);
        if (file?.Problem is { } fileProblem) problems.Add(fileProblem);
        var integration = Find(options.Integration, integrations, settings, problems);
        if (integration?.NotRunnableReason is { } notRunnable) problems.Add(notRunnable);

        var parameters = new JsonObject();
        IReadOnlyList<string> secrets = [], warnings = [];
        if (integration is not null)
        {
            var resolved = InstanceParams.Resolve(options, settings, integration, _environment, file?.Problem is null ? file : null);
            problems.AddRange(resolved.Problems);
            (parameters, secrets, warnings) = (resolved.Params, resolved.SecretValues, resolved.Warnings);
        }
        return new IntegrationInstance(options.Name, options.Integration, integration, options.Enabled, Egress(options.Egress), parameters, secrets, problems, warnings)
        {
            EngineLabels = options.EngineLabels.Select(label => label.Trim()).Where(label => label.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>What can be said from the settings alone: the name, its uniqueness and the egress.</summary>
    private List<string> CheckSettings(int index)
    {
        var problems = new List<string>();
        var options = _options.Instances[index];
        var settings = Settings(index);
        if (options.Name.Length == 0) problems.Add($"{settings} has no Name");
        else if (InstanceNameRule.Explain(options.Name) is { } badName) problems.Add($"{settings}:Name: {badName}");
        else
        {
            var folded = SecretVariableNames.Fold(options.Name);
            var first = _options.Instances.Take(index)
                .Select((o, i) => (Options: o, Index: i))
                .FirstOrDefault(e => InstanceNameRule.IsValid(e.Options.Name) && SecretVariableNames.Fold(e.Options.Name) == folded);
            if (first.Options is not null)
                problems.Add($"instance name {options.Name} is already taken by {Settings(first.Index)} ({first.Options.Name}): names must differ in more than case and '-' against '_', as both would read the variables {SecretVariableNames.Prefix}{folded}__...");
        }
        if (Egress(options.Egress) is { } network && network != "host" && !NetworkName().IsMatch(network))
            problems.Add($"{settings}:Egress \"{options.Egress}\" is not a Docker network name: give \"\" for none, \"host\", or the name of a network (letters, digits, '_', '.' and '-')");
        return problems;
    }

    private static ContentIntegration? Find(string wanted, IReadOnlyList<ContentIntegration> integrations, string settings, List<string> problems)
    {
        if (wanted.Length == 0)
        {
            problems.Add($"{settings}:Integration is not set: give the integration's commonfields.id or name");
            return null;
        }
        var found = integrations.FirstOrDefault(i => i.Id == wanted) ?? integrations.FirstOrDefault(i => i.Name == wanted);
        if (found is not null) return found;
        var near = integrations.FirstOrDefault(i => string.Equals(i.Id, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(i.Name, wanted, StringComparison.OrdinalIgnoreCase));
        problems.Add($"integration {wanted} is not in the content folder" + (near is null ? "" : $"; did you mean {near.Id}?"));
        return null;
    }

    private static string? Egress(string egress) =>
        string.IsNullOrWhiteSpace(egress) || egress.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) ? null : egress.Trim();

    private static string Settings(int index) => $"{IntegrationsOptions.Section}:Instances:{index}";

    /// <summary>Logs each problem and warning once, not at every reload: they hold names, never values.</summary>
    private void Report()
    {
        if (_logger is null) return;
        foreach (var instance in _instances)
        {
            foreach (var problem in instance.Problems.Where(p => _logged.Add(instance.Name + "\n" + p)))
                _logger.LogWarning("Integration instance {Instance} is not usable: {Problem}", instance.Name, problem);
            foreach (var warning in instance.Warnings.Where(w => _logged.Add(instance.Name + "\n" + w)))
                _logger.LogWarning("Integration instance {Instance}: {Warning}", instance.Name, warning);
        }
    }

    // Docker's own rule for network names.
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_.-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex NetworkName();
}
