import PartnerRegistry

/// Why a map could not be built from a registry and options.
public enum MapError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An option names an entity the map does not show.
    case unknownEntity(String, option: String, suggestion: String?)
    /// An unqualified ID names entities of several kinds.
    case ambiguousEntity(String, option: String, kinds: [MapEntityKind])
    /// The focus organisation is not on the map (unknown, not valid on the
    /// as-of date, or organisations are excluded).
    case focusNotShown(String)
    /// A focus radius below zero.
    case negativeRadius(Int)
    /// Two consecutive entities of a highlighted path share no edge.
    case pathBroken(from: String, to: String)
    /// A highlighted path with fewer than two entities.
    case pathTooShort(Int)
    /// A score that is not a finite number.
    case invalidScore(String, Double)
    /// `--connect`: no chain of shared groups joins the two organisations.
    case notConnected(String, String, asOf: AsOf)
    /// Clusters by an attribute that no organisation of the registry has;
    /// `known` lists the attributes organisations do have, sorted.
    case unknownAttribute(String, known: [String])
    /// Year maps without a year (or with 'all time' among them).
    case noYears
    /// More year maps than ``YearMaps/maximumYears``.
    case tooManyYears(Int, limit: Int)
    /// `top` below 1.
    case invalidTop(Int)
    /// The map would have more nodes than ``MapOptions/sizeLimit``.
    case tooLarge(nodes: Int, limit: Int)

    public var description: String {
        switch self {
        case let .unknownEntity(id, option, suggestion):
            var text = "\(option): '\(id)' is not on the map"
            if let suggestion { text += "; did you mean '\(suggestion)'?" } else {
                text += "; check the ID, the as-of date and the included kinds"
            }
            return text
        case let .ambiguousEntity(id, option, kinds):
            let forms = kinds.map { "'\($0.rawValue):\(id)'" }.joined(separator: " or ")
            return "\(option): '\(id)' names more than one entity; write \(forms)"
        case let .focusNotShown(id):
            return "focus: organisation '\(id)' is not on the map; check the ID, the as-of date and that organisations are included"
        case let .negativeRadius(r):
            return "focus: the radius must be 0 or more, not \(r)"
        case let .pathBroken(a, b):
            return "highlight: the path steps from '\(a)' to '\(b)', but the map has no edge between them"
        case let .pathTooShort(n):
            return "highlight: a path needs at least two entities, got \(n)"
        case let .invalidScore(id, value):
            return "sizing: the score of '\(id)' is \(value); scores must be finite numbers"
        case let .notConnected(a, b, asOf):
            let when = asOf == .allTime ? "at any time" : "as of \(asOf)"
            return "connect: no chain of shared groups connects \(a) and \(b) \(when)"
        case let .unknownAttribute(name, known):
            let text = "cluster by: no organisation has the attribute '\(name)'"
            if known.isEmpty { return text + "; the registry's organisations have no attributes; cluster by 'level' or 'none'" }
            return text + "; the organisations' attributes are: " + known.map { "'\($0)'" }.joined(separator: ", ")
                + " (or cluster by 'level' or 'none')"
        case .noYears:
            return "years: give at least one year (YYYY, YYYY-MM, YYYY-MM-DD or now), e.g. --years 2003,2009,now"
        case let .tooManyYears(count, limit):
            return "years: \(count) dates name \(count) maps and a sheet of them side by side; at most \(limit) are drawn. "
                + "Name fewer, e.g. every fifth year, or draw one map per date with --as-of"
        case let .invalidTop(n):
            return "top: the number of organisations must be 1 or more, not \(n)"
        case let .tooLarge(nodes, limit):
            return "the map would have \(nodes) nodes, more than the \(limit) Graphviz lays out in about a minute; "
                + "draw a part of it: --focus ORG (one organisation's neighbourhood) "
                + "or --top N (the N organisations in the most groups, with their groups)"
        }
    }
}
