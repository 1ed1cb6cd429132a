using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Core.Validation;

/// <summary>
/// Checks a whole batch against the model and returns every problem with its location. It never
/// throws for a user's mistake: a file with a hundred errors gets a hundred lines, not one.
/// </summary>
public static class BatchValidator
{
    /// <param name="batch">What the readers collected (their own issues are carried over).</param>
    /// <param name="storedLabels">Labels of nodes already in the store that the batch refers to, so
    /// that a file may hold only part of a graph. Null when validating files on their own.</param>
    public static ValidationReport Validate(GraphBatchBuilder batch, IReadOnlyDictionary<string, string>? storedLabels = null)
    {
        var issues = new List<ValidationIssue>(batch.Issues);
        var nodes = new GraphNode[batch.Nodes.Count];
        var labelsById = new Dictionary<string, string>(batch.Nodes.Count, StringComparer.Ordinal);
        var firstById = new Dictionary<string, SourceRef>(batch.Nodes.Count, StringComparer.Ordinal);

        for (var i = 0; i < batch.Nodes.Count; i++)
        {
            nodes[i] = ValidateNode(batch.Nodes[i], batch.NodeSources[i], issues, firstById, storedLabels);
            if (nodes[i].Id.Length > 0)
            {
                labelsById.TryAdd(nodes[i].Id, nodes[i].Label);
            }
        }

        var firstByKey = new Dictionary<RelationshipKey, SourceRef>(batch.Relationships.Count);
        for (var i = 0; i < batch.Relationships.Count; i++)
        {
            ValidateRelationship(batch.Relationships[i], batch.RelationshipSources[i], issues, firstByKey, labelsById, storedLabels);
        }

        var valid = !issues.Any(i => i.IsError);
        if (!valid)
        {
            return new ValidationReport(issues, null);
        }

        // Every endpoint's label, from the batch or the store: a store that matches by label needs it.
        if (storedLabels is not null)
        {
            foreach (var (id, label) in storedLabels)
            {
                labelsById.TryAdd(id, label);
            }
        }

        return new ValidationReport(issues, new ValidatedBatch(nodes, batch.Relationships.ToArray(), labelsById));
    }

    private static GraphNode ValidateNode(
        GraphNode node,
        SourceRef source,
        List<ValidationIssue> issues,
        Dictionary<string, SourceRef> firstById,
        IReadOnlyDictionary<string, string>? storedLabels)
    {
        void Error(string field, string message) => issues.Add(new ValidationIssue(source.Locate(field), message));

        if (node.Id.Length == 0)
        {
            Error("id", "id is required");
        }
        else if (!GraphModel.IsValidId(node.Id))
        {
            Error("id", $"id \"{node.Id}\" is not valid: it must start with a letter or digit and hold at most 128 letters, digits, '.', '_', ':' or '-'");
        }
        else if (!firstById.TryAdd(node.Id, source))
        {
            Error("id", $"duplicate id \"{node.Id}\" (first at {firstById[node.Id].Locate()})");
        }

        var spec = CheckLabel(node, Error, storedLabels);
        if (node.Name.Trim().Length == 0)
        {
            Error("name", "name is required");
        }

        CheckProperties(node.Properties, spec is null ? null : spec.FindProperty, source, issues);
        return spec?.Name == NodeLabels.Organisation ? WithSector(node, source, issues) : node;
    }

    private static LabelSpec? CheckLabel(GraphNode node, Action<string, string> error, IReadOnlyDictionary<string, string>? storedLabels)
    {
        if (node.Label.Length == 0)
        {
            error("label", "label is required");
            return null;
        }

        var spec = GraphModel.FindLabel(node.Label);
        if (spec is null)
        {
            var names = GraphModel.Labels.Select(l => l.Name);
            error("label", $"unknown label \"{node.Label}\"{Suggest.ClosestHint(node.Label, names)}; expected one of {Suggest.List(names)}");
            return null;
        }

        if (storedLabels is not null && storedLabels.TryGetValue(node.Id, out var stored) && stored != node.Label)
        {
            error("label", $"node \"{node.Id}\" is already stored as {Article(stored)} {stored}; a node's label cannot change");
        }

        return spec;
    }

    private static GraphNode WithSector(GraphNode node, SourceRef source, List<ValidationIssue> issues)
    {
        if (node.Properties.ContainsKey("sector"))
        {
            return node;
        }

        var kind = node.GetString("kind");
        var inferred = kind is null ? null : SectorInference.FromKind(kind);
        if (inferred is null)
        {
            issues.Add(new ValidationIssue(source.Locate("sector"),
                $"sector is required for an organisation: one of {Suggest.List(Vocabularies.Sector)} (or give a kind to infer it from)"));
            return node;
        }

        issues.Add(new ValidationIssue(source.Locate("sector"),
            $"sector not given; inferred \"{inferred}\" from kind \"{kind}\"", IssueSeverity.Warning));
        return node with { Properties = node.Properties.With([new("sector", PropertyValue.Of(inferred))]) };
    }

    private static void ValidateRelationship(
        GraphRelationship rel,
        SourceRef source,
        List<ValidationIssue> issues,
        Dictionary<RelationshipKey, SourceRef> firstByKey,
        Dictionary<string, string> labelsById,
        IReadOnlyDictionary<string, string>? storedLabels)
    {
        void Error(string field, string message) => issues.Add(new ValidationIssue(source.Locate(field), message));

        RelationshipSpec? spec = null;
        if (rel.Type.Length == 0)
        {
            Error("type", "type is required");
        }
        else if ((spec = GraphModel.FindRelationship(rel.Type)) is null)
        {
            var names = GraphModel.Relationships.Select(r => r.Name);
            Error("type", $"unknown relationship type \"{rel.Type}\"{Suggest.ClosestHint(rel.Type, names)}; expected one of {Suggest.List(names)}");
        }

        var fromLabel = ResolveEndpoint(rel.From, "from", Error, labelsById, storedLabels);
        var toLabel = ResolveEndpoint(rel.To, "to", Error, labelsById, storedLabels);
        if (spec is not null && fromLabel is not null && toLabel is not null && !spec.Allows(fromLabel, toLabel))
        {
            var field = spec.From.Contains(fromLabel) ? "to" : "from";
            Error(field, $"{spec.Name} goes from {spec.DescribeEndpoints()}; \"{rel.From}\" is {Article(fromLabel)} {fromLabel} and \"{rel.To}\" is {Article(toLabel)} {toLabel}");
        }

        if (spec is not null && !spec.Dated && (rel.Since is not null || rel.Until is not null))
        {
            Error(rel.Since is not null ? "since" : "until", $"{spec.Name} has no dates: since and until are not allowed on it");
        }

        if (rel.Since is { } since && rel.Until is { } until && until < since)
        {
            Error("until", $"until {DateFormat.Format(until)} is before since {DateFormat.Format(since)}");
        }

        if (rel.Type.Length > 0 && rel.From.Length > 0 && rel.To.Length > 0 && !firstByKey.TryAdd(rel.Key, source))
        {
            Error("type", $"duplicate relationship {rel.Key} (first at {firstByKey[rel.Key].Locate()})");
        }

        CheckProperties(rel.Properties, spec is null ? null : spec.FindProperty, source, issues);
    }

    private static string? ResolveEndpoint(
        string id,
        string field,
        Action<string, string> error,
        Dictionary<string, string> labelsById,
        IReadOnlyDictionary<string, string>? storedLabels)
    {
        if (id.Length == 0)
        {
            error(field, $"{field} is required");
            return null;
        }

        if (labelsById.TryGetValue(id, out var label) || (storedLabels?.TryGetValue(id, out label) ?? false))
        {
            return label;
        }

        error(field, $"no node has id \"{id}\"");
        return null;
    }

    private static void CheckProperties(
        PropertyBag properties,
        Func<string, PropertySpec?>? findSpec,
        SourceRef source,
        List<ValidationIssue> issues)
    {
        foreach (var (key, value) in properties)
        {
            var spec = findSpec?.Invoke(key);
            if (value.Kind == PropertyKind.Number && !PropertyChecks.FitsEveryStore(value.AsNumber()))
            {
                issues.Add(new ValidationIssue(source.Locate(key),
                    $"{key} {value} has more than 15 significant digits, more than every store can keep exactly"));
            }
            else if (spec is not null)
            {
                var problem = PropertyChecks.Check(spec, value);
                if (problem is not null)
                {
                    issues.Add(new ValidationIssue(source.Locate(key), problem));
                }
            }
            else if (!GraphModel.IsValidAttributeName(key))
            {
                issues.Add(new ValidationIssue(source.Locate(key),
                    $"\"{key}\" is not a valid attribute name: start with a letter, then up to 63 letters, digits, '_', '.' or '-'"));
            }
        }
    }

    private static string Article(string label) => "AEIOU".Contains(label[0], StringComparison.Ordinal) ? "an" : "a";
}
