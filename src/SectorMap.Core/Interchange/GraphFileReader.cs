using SectorMap.Core.Interchange.Csv;
using SectorMap.Core.Interchange.GraphFiles;
using SectorMap.Core.Interchange.Json;
using SectorMap.Core.Validation;

namespace SectorMap.Core.Interchange;

/// <summary>
/// Reads one or more files into one batch, so that nodes in one file and relationships in another
/// are validated together. A folder is read as the CSV pair inside it.
/// </summary>
public static class GraphFileReader
{
    public static GraphBatchBuilder Read(IEnumerable<string> paths, GraphFormat format = GraphFormat.Auto)
    {
        var batch = new GraphBatchBuilder();
        foreach (var path in paths)
        {
            ReadPath(path, format, batch);
        }

        return batch;
    }

    private static void ReadPath(string path, GraphFormat format, GraphBatchBuilder batch)
    {
        if (Directory.Exists(path))
        {
            ReadCsvFolder(path, batch);
            return;
        }

        if (!File.Exists(path))
        {
            batch.AddError(path, "no such file or folder");
            return;
        }

        var resolved = format != GraphFormat.Auto ? format : FormatOf(path);
        if (resolved is null)
        {
            batch.AddError(path, "cannot tell the format from the file name; name it .json, .csv, .graphml or .gexf, or give --format");
            return;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            batch.AddError(path, $"cannot read the file: {ex.Message}");
            return;
        }

        switch (resolved)
        {
            case GraphFormat.Json:
                InterchangeJsonReader.Read(bytes, path, batch);
                break;
            case GraphFormat.GraphMl or GraphFormat.Gexf:
                ReadGraphFile(bytes, path, resolved.Value, batch);
                break;
            default:
                CsvGraphReader.Read(CsvTokenizer.Decode(bytes), path, batch);
                break;
        }
    }

    /// <summary>A GraphML or GEXF file: a file that cannot be read gives its one located error and nothing else.</summary>
    private static void ReadGraphFile(byte[] bytes, string path, GraphFormat format, GraphBatchBuilder batch)
    {
        try
        {
            GraphFileImport.AddTo(batch, ReadDocument(bytes, path, format));
        }
        catch (GraphFileException ex)
        {
            batch.AddError(ex.Location, ex.Reason);
        }
    }

    private static void ReadCsvFolder(string folder, GraphBatchBuilder batch)
    {
        var nodes = Path.Combine(folder, CsvGraphWriter.NodesFile);
        var relationships = Path.Combine(folder, CsvGraphWriter.RelationshipsFile);
        if (!File.Exists(nodes) && !File.Exists(relationships))
        {
            batch.AddError(folder, $"the folder holds neither {CsvGraphWriter.NodesFile} nor {CsvGraphWriter.RelationshipsFile}");
            return;
        }

        foreach (var file in new[] { nodes, relationships }.Where(File.Exists))
        {
            ReadPath(file, GraphFormat.Csv, batch);
        }
    }

    /// <summary>A GraphML or GEXF file as a document, whatever its graph is.</summary>
    /// <exception cref="GraphFileException">The file cannot be read as that format; the one error says where.</exception>
    public static GraphFileDocument ReadDocument(byte[] bytes, string path, GraphFormat format) =>
        format == GraphFormat.GraphMl ? GraphMlReader.Read(bytes, path) : GexfReader.Read(bytes, path);

    /// <summary>The format a file's extension names, or null.</summary>
    public static GraphFormat? FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSON" => GraphFormat.Json,
        ".CSV" => GraphFormat.Csv,
        ".GRAPHML" => GraphFormat.GraphMl,
        ".GEXF" => GraphFormat.Gexf,
        _ => null,
    };
}
