using SectorMap.Core.Schema.Files;

namespace SectorMap.Storage.Neo4j;

/// <summary>What discovery found: the server's version, its interface, and the path to send statements to.</summary>
/// <param name="Version">The server version, as discovery and then dbms.components() report it.</param>
/// <param name="Api">The interface statements go through.</param>
/// <param name="Path">The transaction (or Query API) path, relative to the configured server.</param>
public sealed record Neo4jEndpoint(string Version, Neo4jApi Api, string Path)
{
    /// <summary>Schema statements: the 3.x form up to 4.3, the IF NOT EXISTS form from 4.4.</summary>
    public Neo4jGeneration Generation
    {
        get
        {
            var parts = Version.Split('.', '-');
            var major = int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : 0;
            var minor = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
            return major > 4 || (major == 4 && minor >= 4) ? Neo4jGeneration.V4Plus : Neo4jGeneration.V3;
        }
    }
}
