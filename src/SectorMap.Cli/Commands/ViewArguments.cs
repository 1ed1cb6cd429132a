using System.CommandLine;
using SectorMap.Analysis.Metrics.Output;
using SectorMap.Analysis.Views;
using SectorMap.Core.Interchange;
using SectorMap.Core.Interchange.GraphFiles;
using SectorMap.Core.Model;
using SectorMap.Core.Schema;
using SectorMap.Core.Validation;

namespace SectorMap.Cli.Commands;

/// <summary>The options that say which graph a metric or projection is computed on: --view, --as-of, --weights and --input.</summary>
internal sealed class ViewArguments
{
    private static readonly string[] ViewNames = Enum.GetValues<ViewKind>().Select(MetricsTableWriter.ViewName).ToArray();

    private readonly Option<string?> _view;
    private readonly Option<string?> _asOf = AsOfOption.Create();
    private readonly Option<string> _weights;
    private readonly Option<string?>? _input;

    public ViewArguments(bool withInput)
    {
        _view = new Option<string?>("--view") { Description = $"{string.Join(", ", ViewNames)} (default representation; a plain graph file is read as it is)" };
        _view.AcceptOnlyFromAmong(ViewNames);
        _weights = new Option<string>("--weights")
        {
            Description = "how the organisations, bodies and delegates projections weigh a link: shared (bodies or holders in common, the default) or newman (collaboration weights)",
            DefaultValueFactory = _ => "shared",
        };
        _weights.AcceptOnlyFromAmong("shared", "newman");
        _input = withInput ? new Option<string?>("--input") { Description = "compute on a graph file (interchange JSON, GraphML or GEXF) instead of the store" } : null;
    }

    public IEnumerable<Option> All => _input is null ? [_view, _asOf, _weights] : [_view, _asOf, _weights, _input];

    /// <summary>The view, and the date it shows (null for a file read whole).</summary>
    public async Task<(GraphView View, DateOnly? AsOf)> LoadAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var asked = parse.GetValue(_view) is { } name ? Enum.Parse<ViewKind>(name, ignoreCase: true) : (ViewKind?)null;
        var kind = asked ?? ViewKind.Representation;
        var weighting = parse.GetValue(_weights) == "newman" ? ProjectionWeights.Newman : ProjectionWeights.Shared;
        var asOf = AsOfOption.Parse(parse.GetValue(_asOf));
        if (_input is not null && parse.GetValue(_input) is { } path)
        {
            var (snapshot, plain) = ReadFile(path);
            if (plain is not null)
            {
                return asked is null or ViewKind.Full
                    ? (plain, null)
                    : throw new UsageException($"{path} is a plain graph (its nodes carry no SectorMap labels), so it is read as it is; leave out --view, or give --view full");
            }

            if (asOf is { } day)
            {
                snapshot = new GraphSnapshot(snapshot!.Nodes, snapshot.Relationships.Where(r => r.IsActiveOn(day)).ToList());
            }

            return (GraphViewBuilder.Build(snapshot!, kind, weighting), asOf);
        }

        var date = asOf ?? DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);
        await using var store = await StoreSession.OpenAsync(parse, context, cancellationToken);
        var stored = await store.Store.GetSnapshotAsync(date, cancellationToken);
        return (GraphViewBuilder.Build(stored, kind, weighting), date);
    }

    /// <summary>
    /// A graph file: a SectorMap graph (interchange JSON, or GraphML/GEXF whose nodes carry model
    /// labels and whose edges carry types) is validated as an import would be, and views apply to
    /// it; any other GraphML/GEXF is a plain graph, taken as it is. A problem is exit 1 with its location.
    /// </summary>
    private static (GraphSnapshot? Snapshot, GraphView? Plain) ReadFile(string path)
    {
        var batch = new GraphBatchBuilder();
        if (GraphFileReader.FormatOf(path) is { } format and (GraphFormat.GraphMl or GraphFormat.Gexf) && File.Exists(path))
        {
            GraphFileDocument document;
            try
            {
                document = GraphFileReader.ReadDocument(File.ReadAllBytes(path), path, format);
            }
            catch (GraphFileException ex)
            {
                throw new InvalidInputException(ex.Message);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new InvalidInputException($"{path}: cannot read the file: {ex.Message}");
            }

            if (!IsSectorMapGraph(document))
            {
                return (null, DocumentView.From(document));
            }

            GraphFileImport.AddTo(batch, document);
        }
        else
        {
            batch = GraphFileReader.Read([path]);
        }

        var report = BatchValidator.Validate(batch);
        if (report.Batch is not { } valid)
        {
            throw new InvalidInputException(report.Errors.Select(e => e.ToString()).ToList());
        }

        return (new GraphSnapshot(valid.Nodes, valid.Relationships), null);
    }

    private static bool IsSectorMapGraph(GraphFileDocument document) =>
        document.Nodes.Count > 0
        && document.Nodes.All(n => n.Attributes.TryGetValue("label", out var label) && label is string text && GraphModel.FindLabel(text) is not null)
        && document.Edges.All(e => e.Attributes.ContainsKey("type"));
}
