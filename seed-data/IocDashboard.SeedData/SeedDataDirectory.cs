namespace IocDashboard.SeedData;

/// <summary>Finds the seed-data folder: IOC_SEED_DATA, a copy beside the binaries, or the repository's.</summary>
public static class SeedDataDirectory
{
    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable("IOC_SEED_DATA") is { Length: > 0 } configured)
        {
            return configured;
        }

        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "seed-data");
        if (File.Exists(Path.Combine(besideBinaries, "targets.json")))
        {
            return besideBinaries;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed-data");
            if (File.Exists(Path.Combine(candidate, "targets.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seed-data folder not found; set IOC_SEED_DATA");
    }
}
