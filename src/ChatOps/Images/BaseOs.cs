namespace ChatOps.Images;

/// <summary>The package manager family of a base image, which decides how OS packages are installed.</summary>
public enum BaseOs
{
    Debian,
    Alpine,
}
