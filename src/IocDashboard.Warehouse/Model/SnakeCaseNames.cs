using System.Text;

namespace IocDashboard.Warehouse.Model;

/// <summary>
/// PostgreSQL's spelling of a .NET name: "NormalizedUserName" → "normalized_user_name". Every EF Core model on the
/// warehouse (the warehouse's own, the accounts') maps its columns through it, so the SQL migrations read alike.
/// </summary>
public static class SnakeCaseNames
{
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
