using Microsoft.Extensions.Configuration;

namespace ChatOps.Integrations;

/// <summary>
/// What the options binder leaves out of Integrations:Instances:N:Params, a dictionary of strings: a JSON list
/// there (a multi-select written ["a", "b"]) is taken as the comma-separated text it stands for, and a JSON
/// object is recorded in ObjectParams so the catalog can refuse it rather than lose it.
/// </summary>
internal static class StructuredParams
{
    public static void Read(IntegrationsOptions options, IConfigurationSection section)
    {
        var instances = section.GetSection(nameof(IntegrationsOptions.Instances)).GetChildren().ToList();
        // The binder fills the list from the same children in the same order.
        for (var i = 0; i < instances.Count && i < options.Instances.Count; i++)
        {
            var instance = options.Instances[i];
            foreach (var param in instances[i].GetSection(nameof(IntegrationInstanceOptions.Params)).GetChildren())
            {
                var items = param.GetChildren().ToList();
                if (param.Value is not null || items.Count == 0) continue;
                if (items.All(item => int.TryParse(item.Key, out _) && item.Value is not null))
                    instance.Params[param.Key] = string.Join(',', items.Select(item => item.Value));
                else
                    instance.ObjectParams.Add(param.Key);
            }
        }
    }
}
