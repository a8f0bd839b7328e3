using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary><c>/docker_image_create name= [dependencies=] [packages=] [base=] [force=]</c></summary>
internal static class CreateImageBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out var arguments);
        var name = "";
        IReadOnlyList<PythonRequirement> dependencies = [];
        IReadOnlyList<OsPackage> packages = [];
        ImageReference? baseImage = null;
        var force = false;
        // In the order written, so the first bad argument from the left is the one reported.
        foreach (var argument in arguments.InOrder)
        {
            if (problem is not null) break;
            problem = argument.Key switch
            {
                "name" => ValueReader.ImageName(argument.Value!, out name),
                "dependencies" => ValueReader.Requirements(argument, Example(spec, "dependencies"), out dependencies),
                "packages" => ValueReader.Packages(argument, Example(spec, "packages"), out packages),
                "base" => ValueReader.Image(argument, "base image", Example(spec, "base"), out baseImage),
                "force" => ValueReader.Boolean(argument, out force),
                _ => null,
            };
        }

        return problem is null
            ? Bound.Ok(new CreateImageCommand(name, dependencies, packages, baseImage, force))
            : Bound.Fail(problem, spec.Usage);
    }

    static string Example(CommandSpec spec, string key) => spec.Arguments.First(a => a.Key == key).Example;
}
