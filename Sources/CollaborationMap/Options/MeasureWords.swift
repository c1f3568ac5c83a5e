import PartnerRegistry

/// Each centrality measure in a reader's words, in English and Swedish: a
/// short name and a one-line explanation of what a high value means.
/// Maps (the node-size legend), the explorer page and its tables use
/// these instead of the measure's technical name; the CLI keeps the
/// NetworkX names an analyst scripts against.
public struct MeasureWords: Sendable, Hashable {
    /// A short name, e.g. "Mellanhand" / "Go-between" for betweenness.
    public var name: String
    /// One line on what the number says, e.g. "hur ofta organisationen
    /// ligger på kortaste vägen mellan två andra".
    public var explanation: String

    /// The words for `measure` in `language`.
    public init(_ measure: CentralityMeasure, language: MapLanguage) {
        let sv = language == .swedish
        (name, explanation) = switch measure {
        case .degree:
            sv ? ("Kontakter", "hur många organisationen är direkt knuten till, som andel av alla den kunde vara knuten till")
                : ("Contacts", "how many it is tied to directly, as a share of all it could be tied to")
        case .betweenness:
            sv ? ("Mellanhand", "hur ofta organisationen ligger på kortaste vägen mellan två andra")
                : ("Go-between", "how often it lies on the shortest path between two others")
        case .closeness:
            sv ? ("Närhet", "hur få steg organisationen har till alla den kan nå")
                : ("Closeness", "how few steps it takes to reach everyone it can reach")
        case .harmonic:
            sv ? ("Räckvidd", "summan av 1/avstånd till alla andra; högt betyder nära många")
                : ("Reach", "the sum of 1/distance to every other; high means close to many")
        case .eigenvector:
            sv ? ("Inflytande", "central genom att vara knuten till andra centrala")
                : ("Influence", "central by being tied to others who are central")
        case .pagerank:
            sv ? ("PageRank", "hur ofta en slumpvis vandring längs banden hamnar hos organisationen")
                : ("PageRank", "how often a random walk along the ties arrives at it")
        case .katz:
            sv ? ("Katz", "alla vägar som når organisationen, där längre vägar räknas mindre")
                : ("Katz", "every walk that reaches it, longer walks counting less")
        case .clustering:
            sv ? ("Sammanhållning", "hur ofta organisationens partner också är varandras partner")
                : ("Clustering", "how often its partners are partners of one another")
        case .squareClustering:
            sv ? ("Fyrhörningar", "hur ofta två av organisationens partner delar ännu en partner")
                : ("Squares", "how often two of its partners share yet another partner")
        case .triangles:
            sv ? ("Trianglar", "antalet par av organisationens partner som själva är partner")
                : ("Triangles", "the number of pairs of its partners who are partners themselves")
        case .edgeBetweenness:
            sv ? ("Bandets mellanhandsroll", "hur ofta bandet ligger på kortaste vägen mellan två andra")
                : ("Tie go-between", "how often the tie lies on the shortest path between two others")
        case .eccentricity:
            sv ? ("Största avstånd", "det längsta av organisationens kortaste avstånd till andra; lågt betyder centralt")
                : ("Farthest distance", "the longest of its shortest distances to others; low means central")
        }
    }

    /// The legend's line: "Mellanhand: hur ofta …".
    public var line: String { "\(name): \(explanation)" }
}
