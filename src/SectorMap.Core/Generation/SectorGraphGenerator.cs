using SectorMap.Core.Model;
using SectorMap.Core.Schema;

namespace SectorMap.Core.Generation;

/// <summary>
/// A synthetic but realistic sector graph at any scale, for tests and benchmarks: local authorities
/// with localities; in each, a TSI, the council, the health body and the police; third-sector
/// organisations with themes, groups and places; partnership families with tiers; delegates whose
/// seat counts follow a heavy tail (most hold one seat, a few hold many); and grants. About five
/// relationships per organisation, so 200,000 organisations give about a million. The same seed
/// always gives the same graph: only the seeded Random is read.
/// </summary>
public static class SectorGraphGenerator
{
    private static readonly string[] Countries = ["England", "Scotland", "Wales", "Northern Ireland"];

    private static readonly string[] Themes =
    [
        "health-and-social-care", "children-and-young-people", "poverty", "housing", "employability", "community-safety",
        "environment", "older-people", "mental-health", "carers", "disability", "arts-and-culture", "sport", "food", "transport",
    ];

    private static readonly string[] Groups =
    [
        "carers", "older-people", "young-people", "disabled-people", "parents-of-young-children", "minority-ethnic-communities",
        "people-in-poverty", "refugees", "lgbt-people", "veterans", "people-with-mental-health-problems", "rural-communities",
    ];

    private static readonly string[] ThirdSectorKinds =
        ["charity", "charity", "charity", "scio", "community-group", "community-group", "social-enterprise", "faith-group", "cooperative", "housing-association"];

    private static readonly string[] Places =
        ["Riverside", "Hillview", "Northfield", "Eastgate", "Westbrook", "Southmead", "Oakfield", "Ashby", "Kingsmoor", "Fairhaven", "Millbank", "Brookside", "Highcross", "Lowther", "Greenholm", "Stonebridge"];

    private static readonly string[] Subjects =
        ["Carers", "Youth", "Food", "Community", "Mental Health", "Family", "Older People's", "Arts", "Housing", "Advice", "Sports", "Disability", "Women's", "Men's Shed", "Recovery", "Befriending"];

    private static readonly string[] Forms = ["Centre", "Trust", "Project", "Network", "Association", "Forum", "Hub", "Partnership", "Society", "Alliance"];

    private static readonly string[] FirstNames = ["Ailsa", "Fergus", "Morag", "Callum", "Priya", "Tomasz", "Grace", "Declan", "Fatima", "Euan", "Niamh", "Kwame", "Isla", "Rory", "Mei", "Hamish"];

    private static readonly string[] LastNames = ["Brodie", "Lamont", "Innes", "Okafor", "Kowalski", "Reid", "Sharma", "Doyle", "MacLeod", "Chen", "Hughes", "Begum", "Fraser", "Evans", "Murray", "Patel"];

    private static readonly string[] Engagements = ["decision", "decision", "advisory", "advisory", "consultative", "informing"];

    public static GraphSnapshot Generate(GeneratorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Organisations, 1);
        var builder = new Builder(new Random(options.Seed), options.Organisations);
        builder.Build();
        return builder.ToSnapshot();
    }

    /// <summary>One generation's state: the lists it appends to and the places it draws from.</summary>
    private sealed class Builder(Random random, int organisations)
    {
        private static readonly DateOnly Earliest = new(2012, 1, 1);
        private readonly List<GraphNode> _nodes = new(organisations * 3 / 2);
        private readonly List<GraphRelationship> _relationships = new(organisations * 6);
        private readonly Dictionary<(string, string), PropertyBag> _seatBags = [];
        private readonly Dictionary<string, PropertyBag> _kindBags = [];
        private readonly int _authorities = Math.Max(1, organisations / 500);
        private readonly List<List<string>> _localities = [];
        private readonly List<List<string>> _bodies = [];
        private readonly List<List<string>> _thirdSector = [];
        private readonly List<string> _councils = [];
        private readonly List<List<string>> _publicPartners = [];
        private readonly List<string> _funders = [];
        private readonly List<string> _tsis = [];
        private int _organisationCount;

        public void Build()
        {
            AddVocabularyNodes();
            AddAreas();
            AddPublicBodiesAndFunders();
            AddThirdSector();
            AddPartnerships();
            AddDelegates();
            AddGrants();
        }

        public GraphSnapshot ToSnapshot()
        {
            _nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            _relationships.Sort(static (a, b) =>
            {
                var c = string.CompareOrdinal(a.Type, b.Type);
                c = c != 0 ? c : string.CompareOrdinal(a.From, b.From);
                c = c != 0 ? c : string.CompareOrdinal(a.To, b.To);
                return c != 0 ? c : Nullable.Compare(a.Since, b.Since);
            });
            return new GraphSnapshot(_nodes, _relationships);
        }

        private void AddVocabularyNodes()
        {
            foreach (var theme in Themes)
            {
                Node($"thm:{theme}", NodeLabels.Theme, Title(theme));
            }

            foreach (var group in Groups)
            {
                Node($"grp:{group}", NodeLabels.BeneficiaryGroup, Title(group));
            }
        }

        private void AddAreas()
        {
            for (var c = 0; c < Countries.Length; c++)
            {
                Node($"area:country-{c}", NodeLabels.Area, Countries[c], Bag(("kind", "country")));
            }

            for (var a = 0; a < _authorities; a++)
            {
                var authority = $"area:la-{a:D4}";
                Node(authority, NodeLabels.Area, $"{Places[a % Places.Length]} {(a / Places.Length) + 1} Council Area", Bag(("kind", "local-authority"), ("code", $"X{a + 10000000:D8}")));
                Link(RelationshipTypes.Within, authority, $"area:country-{CountryOf(a)}");
                var localities = new List<string> { authority };
                var localityCount = random.Next(3, 9); // drawn once: in the loop's condition it was redrawn every pass
                for (var l = 0; l < localityCount; l++)
                {
                    var locality = $"area:loc-{a:D4}-{l}";
                    Node(locality, NodeLabels.Area, $"{Places[(a + l + 3) % Places.Length]} Locality {a}-{l}", Bag(("kind", "locality")));
                    Link(RelationshipTypes.Within, locality, authority);
                    localities.Add(locality);
                }

                _localities.Add(localities);
                _thirdSector.Add([]);
            }
        }

        private void AddPublicBodiesAndFunders()
        {
            for (var a = 0; a < _authorities && _organisationCount < organisations; a++)
            {
                var place = _localities[a][0];
                var partners = new List<string>();
                _publicPartners.Add(partners);
                _tsis.Add(Organisation($"{Places[a % Places.Length]} Third Sector Interface", "tsi", place));
                _councils.Add(_organisationCount < organisations ? Organisation($"{Places[a % Places.Length]} Council {a}", "local-authority", place) : _tsis[a]);
                if (_organisationCount < organisations)
                {
                    partners.Add(Organisation($"{Places[a % Places.Length]} Health {a}", CountryOf(a) == 1 ? "health-board" : "nhs-trust", place));
                }

                if (_organisationCount < organisations)
                {
                    partners.Add(Organisation($"{Countries[CountryOf(a)]} Police {a}", "police", place));
                }
            }

            for (var f = 0; f < Math.Max(1, organisations / 2000) && _organisationCount < organisations; f++)
            {
                _funders.Add(Organisation($"{Places[f % Places.Length]} Community Foundation {f}", "funder", null));
            }

            if (_funders.Count == 0)
            {
                _funders.Add(_councils[0]);
            }
        }

        private void AddThirdSector()
        {
            while (_organisationCount < organisations)
            {
                var a = random.Next(_authorities);
                var locality = _localities[a][random.Next(_localities[a].Count)];
                var name = $"{Places[random.Next(Places.Length)]} {Subjects[random.Next(Subjects.Length)]} {Forms[random.Next(Forms.Length)]} {_organisationCount}";
                var id = Organisation(name, ThirdSectorKinds[random.Next(ThirdSectorKinds.Length)], locality);
                _thirdSector[a].Add(id);
                foreach (var theme in Distinct(random.Next(1, 4), Themes.Length))
                {
                    Link(RelationshipTypes.WorksOn, id, $"thm:{Themes[theme]}");
                }

                foreach (var group in Distinct(random.Next(0, 3), Groups.Length))
                {
                    Link(RelationshipTypes.Serves, id, $"grp:{Groups[group]}");
                }

                if (random.Next(2) == 0)
                {
                    Link(RelationshipTypes.MemberOf, id, _tsis[a], since: RandomDate());
                }
            }
        }

        private void AddPartnerships()
        {
            for (var a = 0; a < _authorities; a++)
            {
                var scottish = CountryOf(a) == 1;
                var place = Places[a % Places.Length];
                var planning = $"ptn:cpp-{a:D4}";
                var care = $"ptn:care-{a:D4}";
                Node(planning, NodeLabels.Partnership, $"{place} {(scottish ? "Community Planning Partnership" : "Local Strategic Partnership")} {a}",
                    Bag(("kind", scottish ? "cpp" : "lsp"), ("tier", "strategic")).With([new("statutory", PropertyValue.Of(true))]));
                Node(care, NodeLabels.Partnership, $"{place} {(scottish ? "Integration Joint Board" : "Health and Wellbeing Board")} {a}",
                    Bag(("kind", scottish ? "ijb" : "hwb"), ("tier", "strategic")).With([new("statutory", PropertyValue.Of(true))]));
                Link(RelationshipTypes.ReportsTo, care, planning, since: new DateOnly(2015, 4, 1));
                Link(RelationshipTypes.Covers, planning, _localities[a][0]);
                Link(RelationshipTypes.Covers, care, "thm:health-and-social-care");
                var bodies = new List<string> { planning, care };
                foreach (var parent in new[] { planning, care })
                {
                    var groups = random.Next(3, 8);
                    foreach (var theme in Distinct(groups, Themes.Length))
                    {
                        var group = $"tg:{a:D4}-{bodies.Count:D2}";
                        Node(group, NodeLabels.ThematicGroup, $"{place} {Title(Themes[theme])} Group", Bag(("tier", random.Next(3) == 0 ? "operational" : "thematic")));
                        Link(RelationshipTypes.PartOf, group, parent);
                        Link(RelationshipTypes.Covers, group, $"thm:{Themes[theme]}");
                        bodies.Add(group);
                    }
                }

                foreach (var locality in _localities[a].Skip(1))
                {
                    var meeting = $"tg:{a:D4}-{bodies.Count:D2}";
                    Node(meeting, NodeLabels.ThematicGroup, $"{locality[^3..]} Locality Meeting {a}", Bag(("tier", "community")));
                    Link(RelationshipTypes.ReportsTo, meeting, planning, since: RandomDate());
                    Link(RelationshipTypes.Covers, meeting, locality);
                    bodies.Add(meeting);
                }

                _bodies.Add(bodies);
                // Public partners hold organisational seats; the council's own TSI stands in when the graph is tiny.
                var council = _councils[Math.Min(a, _councils.Count - 1)];
                var partners = a < _publicPartners.Count ? _publicPartners[a] : [];
                foreach (var partner in partners.Prepend(council).Where(p => !_tsis.Contains(p)))
                {
                    foreach (var body in new[] { planning, care }.Concat(bodies.Skip(2).Where(_ => random.Next(4) == 0)))
                    {
                        Link(RelationshipTypes.MemberOf, partner, body, since: new DateOnly(2015, 4, 1), properties: Seat("organisational", "decision"));
                    }
                }
            }
        }

        private void AddDelegates()
        {
            var delegates = Math.Max(1, organisations / 25);
            for (var d = 0; d < delegates; d++)
            {
                var a = random.Next(_authorities);
                var id = $"del:{d:D6}";
                Node(id, NodeLabels.Delegate, $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}", Bag(("role", "Third Sector Delegate")));
                var employer = _thirdSector[a].Count > 0 ? _thirdSector[a][random.Next(_thirdSector[a].Count)] : _tsis[Math.Min(a, _tsis.Count - 1)];
                Link(RelationshipTypes.AffiliatedWith, id, employer, properties: Bag(("role", random.Next(4) == 0 ? "trustee" : "employee")));

                var since = RandomDate();
                var mandate = random.Next(20);
                string seat;
                if (mandate < 8 && a < _tsis.Count)
                {
                    seat = "sector-delegate";
                    Link(RelationshipTypes.Represents, id, _tsis[a], since, since.AddYears(1).AddDays(-1), Bag(("mandate", "elected")));
                }
                else if (mandate < 17)
                {
                    seat = "organisational";
                    Link(RelationshipTypes.Represents, id, employer, since, properties: Bag(("mandate", random.Next(2) == 0 ? "appointed" : "nominated")));
                }
                else
                {
                    seat = "community";
                    Link(RelationshipTypes.Represents, id, $"grp:{Groups[random.Next(Groups.Length)]}", since, properties: Bag(("mandate", "self")));
                }

                // Pareto tail (alpha 1.5): P(seats >= k) ~ k^-1.5, so most hold one seat and a few hold a dozen or more.
                var seats = Math.Min(_bodies[a].Count, (int)Math.Floor(Math.Pow(1 - random.NextDouble(), -1 / 1.5)));
                foreach (var body in Distinct(seats, _bodies[a].Count))
                {
                    var until = random.Next(4) == 0 ? since.AddYears(random.Next(1, 5)) : (DateOnly?)null;
                    Link(RelationshipTypes.SitsOn, id, _bodies[a][body], since, until, Seat(seat, Engagements[random.Next(Engagements.Length)]));
                }
            }
        }

        private void AddGrants()
        {
            var grants = Math.Max(1, organisations / 4);
            for (var g = 0; g < grants; g++)
            {
                var a = random.Next(_authorities);
                var recipients = _thirdSector[a].Count > 0 ? _thirdSector[a] : _tsis;
                var recipient = recipients[random.Next(recipients.Count)];
                var theme = Themes[random.Next(Themes.Length)];
                var award = RandomDate();
                var start = award.AddDays(random.Next(0, 90));
                var end = start.AddYears(random.Next(1, 4)).AddDays(-1);
                var amount = Math.Round((decimal)Math.Exp(Math.Log(1_000) + (random.NextDouble() * (Math.Log(500_000) - Math.Log(1_000)))));
                var id = $"grant:{g:D6}";
                Node(id, NodeLabels.Grant, $"{Title(theme)} grant {g}", PropertyBag.From(
                [
                    new("title", PropertyValue.Of($"{Title(theme)} grant {g}")),
                    new("amountAwarded", PropertyValue.Of(amount)),
                    new("currency", PropertyValue.Of("GBP")),
                    new("awardDate", PropertyValue.Of(DateFormat.Format(award))),
                    new("plannedStart", PropertyValue.Of(DateFormat.Format(start))),
                    new("plannedEnd", PropertyValue.Of(DateFormat.Format(end))),
                ]));
                Link(RelationshipTypes.FundedBy, id, random.Next(10) < 7 ? _funders[random.Next(_funders.Count)] : _councils[Math.Min(a, _councils.Count - 1)]);
                Link(RelationshipTypes.ReceivedBy, id, recipient);
                Link(RelationshipTypes.ForTheme, id, $"thm:{theme}");
                Link(RelationshipTypes.Benefits, id, _localities[a][random.Next(_localities[a].Count)]);
            }
        }

        private string Organisation(string name, string kind, string? area)
        {
            var id = $"org:{_organisationCount++:D6}";
            if (!_kindBags.TryGetValue(kind, out var properties))
            {
                properties = Bag(("kind", kind), ("sector", SectorInference.FromKind(kind)!));
                _kindBags[kind] = properties;
            }

            Node(id, NodeLabels.Organisation, name, properties);
            if (area is not null)
            {
                Link(RelationshipTypes.OperatesIn, id, area);
            }

            return id;
        }

        private PropertyBag Seat(string seat, string engagement)
        {
            if (!_seatBags.TryGetValue((seat, engagement), out var properties))
            {
                properties = Bag(("seat", seat), ("engagement", engagement));
                _seatBags[(seat, engagement)] = properties;
            }

            return properties;
        }

        private void Node(string id, string label, string name, PropertyBag? properties = null) =>
            _nodes.Add(new GraphNode(id, label, name, properties ?? PropertyBag.Empty));

        private void Link(string type, string from, string to, DateOnly? since = null, DateOnly? until = null, PropertyBag? properties = null) =>
            _relationships.Add(new GraphRelationship(type, from, to, since, until, properties ?? PropertyBag.Empty));

        /// <summary>k distinct indexes below n, in random order (k is capped at n).</summary>
        private List<int> Distinct(int k, int n)
        {
            var chosen = new List<int>(Math.Min(k, n));
            while (chosen.Count < Math.Min(k, n))
            {
                var next = random.Next(n);
                if (!chosen.Contains(next))
                {
                    chosen.Add(next);
                }
            }

            return chosen;
        }

        private DateOnly RandomDate() => Earliest.AddDays(random.Next(0, 13 * 365));

        private static int CountryOf(int authority) => authority % 7 switch
        {
            0 or 1 or 2 or 3 => 0,
            4 => 1,
            5 => 2,
            _ => 3,
        };

        private static PropertyBag Bag(params (string Key, string Value)[] values) =>
            PropertyBag.From(values.Select(v => new KeyValuePair<string, PropertyValue>(v.Key, PropertyValue.Of(v.Value))));

        private static string Title(string slug) =>
            string.Join(' ', slug.Split('-').Select((w, i) => i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
    }
}
