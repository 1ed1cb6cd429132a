using System.Text.Json;

namespace SectorMap.Storage.Neo4j;

/// <summary>
/// One Cypher statement and its parameters. Parameters are written straight into the request
/// body, so a batch of thousands of rows is never built as an object tree first.
/// </summary>
public sealed record Neo4jStatement(string Text, Action<Utf8JsonWriter>? WriteParameters = null)
{
    public void WriteTo(Utf8JsonWriter writer, string textKey = "statement")
    {
        writer.WriteString(textKey, Text);
        writer.WritePropertyName("parameters");
        writer.WriteStartObject();
        WriteParameters?.Invoke(writer);
        writer.WriteEndObject();
    }
}
