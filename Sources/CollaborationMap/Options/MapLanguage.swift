import PartnerRegistry

/// The language of the text the map draws: legend, cluster titles,
/// tooltips. Names from the registry are shown as written.
public enum MapLanguage: String, CaseIterable, Sendable, Codable, Hashable {
    case english = "en"
    case swedish = "sv"

    var words: MapVocabulary { self == .swedish ? .swedish : .english }

    /// A number written with a decimal point ("0.7385") as the language
    /// writes it: with a decimal comma in Swedish ("0,7385").
    func decimal(_ number: String) -> String {
        self == .swedish ? number.replacingOccurrences(of: ".", with: ",") : number
    }
}

/// The words of one language. Internal: the map's only translation table.
struct MapVocabulary: Sendable {
    /// The language code labels are looked up in ("en", "sv").
    var code: String
    /// The registry's vocabulary, whose labels kinds, levels and roles show.
    var terms = Vocabulary.default
    var defaultTitle: String
    var asOf: String
    var now: String
    var allTime: String
    var allTimeShort: String
    var shows: String
    var source: String
    var external: String
    var tieCounts: @Sendable (Int, Int, Int, Int) -> String
    var certaintyShown: @Sendable (CertaintyFilter) -> String
    var stroke: @Sendable (MapStroke) -> String
    var legend: String
    var organisationsHeading: String
    var relationsHeading: String
    var group: String
    var initiative: String
    var groups: String
    var members: String
    var convenedBy: String
    var participants: String
    var fundedBy: String
    var runBy: String
    var adoptedBy: String
    var partOf: String
    var initiatives: String
    var egoNetwork: @Sendable (String, Int) -> String
    var nodeSize: @Sendable (String) -> String
    /// The legend's note when some node's size rests on what is only
    /// possibly there.
    var possibleSize: String
    /// The word before a sure value: "23 (sure 7)".
    var sure: String
    var faded: String
    /// The legend's note when a map shows more organisation kinds than the palette has fills.
    var repeatedFills: String
    var more: @Sendable (Int) -> String
    /// Title of the area of entities without a tie: `true` when the map
    /// shows one date (ties may exist on other dates), `false` for all time.
    var untied: @Sendable (Bool) -> String
    var relation: @Sendable (MapRelation) -> String

    static let english = MapVocabulary(
        code: "en",
        defaultTitle: "Collaboration map",
        asOf: "As of",
        now: "now (what has not ended)",
        allTime: "All time: everything the registry holds, ended or not",
        allTimeShort: "all time",
        shows: "Shows",
        source: "Source",
        external: "external",
        tieCounts: { stated, inferred, external, uncertain in
            "Ties drawn: \(stated) stated, \(inferred) inferred, \(external) external"
                + (uncertain > 0 ? "; \(uncertain) present only possibly" : "")
        },
        certaintyShown: { $0 == .stated ? "Stated facts only" : "Stated and inferred facts" },
        stroke: {
            switch $0 {
            case .inferred: "Dashed: inferred (a reading of the source)"
            case .external: "Dotted: external source only"
            case .uncertain: "Double line, dashed border: present only possibly on this date"
            }
        },
        legend: "Legend",
        organisationsHeading: "Nodes",
        relationsHeading: "Relations",
        group: "Collaboration group",
        initiative: "Initiative",
        groups: "Groups",
        members: "Members",
        convenedBy: "Convened by",
        participants: "Participants",
        fundedBy: "Funded by",
        runBy: "Run by",
        adoptedBy: "Adopted by",
        partOf: "Part of",
        initiatives: "Initiatives",
        egoNetwork: { name, r in "Network around \(name), \(r) step\(r == 1 ? "" : "s")" },
        nodeSize: { "Node size: \($0)" },
        possibleSize: "Size as it may be; the tooltip gives the sure value where it differs",
        sure: "sure",
        faded: "Faded: outside the highlight",
        repeatedFills: "Square corners: kinds after the tenth repeat an earlier fill",
        more: { "… and \($0) more" },
        untied: { $0 ? "Not tied to anyone in the registry on this date" : "Not tied to anyone in the registry" },
        relation: {
            switch $0 {
            case .membership: "Member of"
            case .leadership: "Chairs"
            case .convener: "Convenes"
            case .partOf: "Part of"
            case .partnership: "Takes part in"
            case .funding: "Funds"
            case .runs: "Runs"
            case .basedOn: "Based on"
            case .revises: "Revises"
            case .supersedes: "Supersedes"
            case .adoptedBy: "Adopted by"
            case .leadsTo: "Led to"
            }
        }
    )

    static let swedish = MapVocabulary(
        code: "sv",
        defaultTitle: "Samarbetskartan",
        asOf: "Läget per",
        now: "nu (det som inte har upphört)",
        allTime: "All tid: allt registret rymmer, upphört eller inte",
        allTimeShort: "all tid",
        shows: "Visar",
        source: "Källa",
        external: "extern",
        tieCounts: { stated, inferred, external, uncertain in
            "Band på kartan: \(stated) uttalade, \(inferred) tolkade, \(external) externa"
                + (uncertain > 0 ? "; \(uncertain) kanske inte kvar" : "")
        },
        certaintyShown: { $0 == .stated ? "Endast uttalade fakta" : "Uttalade och tolkade fakta" },
        stroke: {
            switch $0 {
            case .inferred: "Streckad: tolkning av källan"
            case .external: "Prickad: endast extern källa"
            case .uncertain: "Dubbel linje, streckad kant: kanske inte kvar detta datum"
            }
        },
        legend: "Teckenförklaring",
        organisationsHeading: "Noder",
        relationsHeading: "Relationer",
        group: "Samverkansgrupp",
        initiative: "Satsning",
        groups: "Grupper",
        members: "Medlemmar",
        convenedBy: "Sammankallande",
        participants: "Deltagare",
        fundedBy: "Finansieras av",
        runBy: "Drivs av",
        adoptedBy: "Antagen av",
        partOf: "Del av",
        initiatives: "Satsningar",
        egoNetwork: { name, r in "Nätverket kring \(name), \(r) steg" },
        nodeSize: { "Nodstorlek: \($0)" },
        possibleSize: "Storlek som den kan vara; verktygstipset ger det säkra värdet där det skiljer sig",
        sure: "säkert",
        faded: "Tonat: utanför markeringen",
        repeatedFills: "Raka hörn: slag efter det tionde upprepar en tidigare färg",
        more: { "… och \($0) till" },
        untied: { $0 ? "Inte knutna till någon i registret vid detta datum" : "Inte knutna till någon i registret" },
        relation: {
            switch $0 {
            case .membership: "Medlem i"
            case .leadership: "Leder"
            case .convener: "Sammankallar"
            case .partOf: "Del av"
            case .partnership: "Deltar i"
            case .funding: "Finansierar"
            case .runs: "Driver"
            case .basedOn: "Bygger på"
            case .revises: "Reviderar"
            case .supersedes: "Ersätter"
            case .adoptedBy: "Antagen av"
            case .leadsTo: "Ledde till"
            }
        }
    )
}

extension MapVocabulary {
    /// These words with the labels of `vocabulary` (a registry's own).
    func with(_ vocabulary: Vocabulary) -> MapVocabulary {
        var copy = self
        copy.terms = vocabulary
        return copy
    }

    private func label<T: VocabularyTerm>(_ term: T) -> String { terms.label(term.rawValue, in: T.section, language: code) }

    func organisationKind(_ kind: OrganisationKind) -> String { label(kind) }
    func groupKind(_ kind: GroupKind) -> String { label(kind) }
    func documentKind(_ kind: DocumentKind) -> String { label(kind) }
    func level(_ level: GeographicLevel) -> String { label(level) }
    func role(_ role: Role) -> String { label(role) }
    func participationRole(_ role: ParticipationRole) -> String { label(role) }

    /// The heading of a level's band on the map ("Lokalt"): the level's
    /// declared heading, else its label with a capital.
    func levelCluster(_ level: GeographicLevel) -> String {
        if let heading = terms.term(level.rawValue, in: .levels)?.headings[code] { return heading }
        let text = label(level)
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
