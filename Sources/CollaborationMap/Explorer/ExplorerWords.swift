/// The explorer page's own words (its labels, buttons and messages) in
/// each language the map speaks. The library ships the page's language's
/// set in the page's data (`words`), so the page's script holds no
/// vocabulary of its own; kinds, levels and roles come from
/// `MapVocabulary` with each entity.
struct ExplorerWords: Encodable, Sendable {
    var search: String
    var filters: String
    var level: String
    var kind: String
    var group: String
    var certainty: String
    var all: String
    var allKinds: String
    var allGroups: String
    var stated: String
    var inferred: String
    var allFacts: String
    var year: String
    var now: String
    var connect: String
    var from: String
    var to: String
    var go: String
    var clear: String
    var noChain: String
    var shared: String
    var none: String
    var shortest: String
    var step: String
    var steps: String
    var chain: String
    var chains: String
    var more: String
    var sources: String
    var groupsRoles: String
    var members: String
    var coMembers: String
    var conveners: String
    var partOf: String
    var since: String
    var until: String
    var close: String
    var reset: String
    var figures: String
    var tables: String
    var notFound: String
    var ambiguous: String
    var notInNetwork: String
    var same: String
    var aliases: String
    var noResults: String
    var overview: String
    var mostConnected: String
    var groups: String
    var neighbourhood: String
    var link: String
    var showAll: String
    var quoteMissing: String
    var printNote: String
    var member: String
    /// Labels of `stated`, `inferred` and `external`.
    var certaintyOf: [String: String]
    /// The panel's label of an entity's lifecycle text.
    var lifecycle: String
    /// "As of" starting a line ("Läget per 2009"), and inside one ("läget per").
    var statusAt: String
    var asOf: String
    /// Presence at the slider's step by code: `0` not there, `1` there, `2` only possibly there.
    var presenceOf: [String]
    /// Marks an entity or a chain present only possibly on the date.
    var uncertainMark: String
    var uncertainNote: String
    /// A chain's ties: each one's certainty, `?` when only possibly there.
    var ties: String
    var onlyPossibly: String
    var sureSteps: String
    /// Accessible names of the search box and the zoom buttons (the other
    /// controls' names are words above: year, from, to, close).
    var searchLabel: String
    var zoomIn: String
    var zoomOut: String
    /// The whole map in view (a button beside the zoom buttons).
    var fitAll: String
    /// Accessible names of the map and of its toolbar.
    var mapLabel: String
    var mapTools: String
    /// The button that folds the controls away on a narrow screen.
    var controlsToggle: String
    /// The headings of the kind filter's groups by the kind's type letter
    /// (`o`, `g`, `i`, `d`).
    var kindGroups: [String: String]
    /// The legend's line for what is not there at the slider's step.
    var absentStroke: String
    /// The legend's hint that a kind is shown or hidden by a click.
    var legendHint: String

    /// The words `body.html` names as `{{…}}` in its accessible names.
    var attributes: [String: String] {
        [
            "searchLabel": searchLabel, "year": year, "from": from, "to": to, "zoomIn": zoomIn, "zoomOut": zoomOut,
            "close": close, "mapLabel": mapLabel, "mapTools": mapTools, "controlsToggle": controlsToggle,
            "filters": filters, "connect": connect,
        ]
    }

    static func words(for language: MapLanguage) -> ExplorerWords {
        language == .swedish ? swedish : english
    }

    static let english = ExplorerWords(
        search: "Search organisations and groups", filters: "Filters", level: "Level", kind: "Kind", group: "Group",
        certainty: "Certainty", all: "All", allKinds: "All kinds", allGroups: "All groups", stated: "Stated only",
        inferred: "Stated and inferred", allFacts: "All facts (also external)", year: "Year", now: "now",
        connect: "Connect A and B", from: "A", to: "B", go: "Connect", clear: "Clear",
        noChain: "No chain of groups connects them.", shared: "Shared groups", none: "none", shortest: "Shortest",
        step: "step", steps: "steps", chain: "chain", chains: "chains", more: "more chains exist than are listed",
        sources: "Sources", groupsRoles: "Groups and roles", members: "Members", coMembers: "With",
        conveners: "Convened by", partOf: "Part of", since: "since", until: "until", close: "Close",
        reset: "Reset view", figures: "Key figures", tables: "Tables", notFound: "No organisation matches",
        ambiguous: "Several match:", notInNetwork: "is not in the network",
        same: "A and B are the same organisation", aliases: "Also called", noResults: "Nothing found",
        overview: "Too many entities to draw at once: choose an organisation or a group to draw its neighbourhood.",
        mostConnected: "Most connected organisations", groups: "Groups", neighbourhood: "Neighbourhood of",
        link: "Website", showAll: "Show all", quoteMissing: "no quote", printNote: "Printed from the explorer page",
        member: "member", certaintyOf: ["stated": "stated", "inferred": "inferred", "external": "external"],
        lifecycle: "Lifecycle", statusAt: "As of", asOf: "as of",
        presenceOf: ["not there", "there", "possibly there"], uncertainMark: "(?)",
        uncertainNote: "(?): there only possibly on this date (its sources describe a later date, or do not date its end)",
        ties: "Ties", onlyPossibly: "Only possibly: no chain joins them among what is certainly there on this date.",
        sureSteps: "Among what is certainly there on this date",
        searchLabel: "Search", zoomIn: "Zoom in", zoomOut: "Zoom out", fitAll: "Whole map",
        mapLabel: "Collaboration map", mapTools: "Map tools", controlsToggle: "Filters and tools",
        kindGroups: ["o": "Organisations", "g": "Groups", "i": "Initiatives", "d": "Documents"],
        absentStroke: "Dotted outline, pale fill: not there on this date",
        legendHint: "Click a kind to hide or show it on the map."
    )

    static let swedish = ExplorerWords(
        search: "Sök organisationer och grupper", filters: "Filter", level: "Nivå", kind: "Typ", group: "Grupp",
        certainty: "Säkerhet", all: "Alla", allKinds: "Alla typer", allGroups: "Alla grupper",
        stated: "Endast uttalat", inferred: "Uttalat och härlett", allFacts: "Alla fakta (även externa)", year: "År",
        now: "nu", connect: "Förbind A och B", from: "A", to: "B", go: "Förbind", clear: "Rensa",
        noChain: "Ingen kedja av grupper förbinder dem.", shared: "Gemensamma grupper", none: "inga",
        shortest: "Kortast", step: "steg", steps: "steg", chain: "kedja", chains: "kedjor",
        more: "det finns fler kedjor än som visas", sources: "Källor", groupsRoles: "Grupper och roller",
        members: "Medlemmar", coMembers: "Med", conveners: "Sammankallas av", partOf: "Del av", since: "från",
        until: "till", close: "Stäng", reset: "Återställ vy", figures: "Nyckeltal", tables: "Tabeller",
        notFound: "Ingen organisation matchar", ambiguous: "Flera matchar:",
        notInNetwork: "finns inte i nätverket", same: "A och B är samma organisation", aliases: "Kallas också",
        noResults: "Inget hittades",
        overview: "För många enheter för att rita på en gång: välj en organisation eller grupp för att rita dess grannskap.",
        mostConnected: "Mest anslutna organisationer", groups: "Grupper", neighbourhood: "Grannskap för",
        link: "Webbplats", showAll: "Visa alla", quoteMissing: "inget citat",
        printNote: "Utskrivet från utforskarsidan", member: "medlem",
        certaintyOf: ["stated": "uttalat", "inferred": "härlett", "external": "externt"],
        lifecycle: "Livslopp", statusAt: "Läget per", asOf: "läget per",
        presenceOf: ["finns inte", "finns", "finns möjligen"], uncertainMark: "(?)",
        uncertainNote: "(?): finns bara möjligen vid detta datum (källorna beskriver ett senare datum, eller daterar inte slutet)",
        ties: "Band", onlyPossibly: "Bara möjligen: ingen kedja förbinder dem bland det som säkert finns vid detta datum.",
        sureSteps: "Bland det som säkert finns vid detta datum",
        searchLabel: "Sök", zoomIn: "Zooma in", zoomOut: "Zooma ut", fitAll: "Hela kartan",
        mapLabel: "Samarbetskarta", mapTools: "Kartverktyg", controlsToggle: "Filter och verktyg",
        kindGroups: ["o": "Organisationer", "g": "Grupper", "i": "Satsningar", "d": "Dokument"],
        absentStroke: "Prickad kant, blek fyllning: finns inte detta datum",
        legendHint: "Klicka på en typ för att dölja eller visa den på kartan."
    )
}

extension ExplorerWords {
    /// The words of an entity's or a membership's lifecycle text
    /// (``ExplorerLifecycle``), which the library writes: the page shows
    /// the text and holds none of these.
    struct LifecycleWords: Sendable {
        var since: @Sendable (String) -> String
        var until: @Sendable (String) -> String
        var range: @Sendable (String, String) -> String
        /// Begun and ended within one period ("under 2014").
        var during: @Sendable (String) -> String
        var endedUnknown: String
        var atTheLatest: @Sendable (String) -> String
        var before: @Sendable (String) -> String
        var inferred: String
        var external: String
        var undatedFrom: @Sendable (String) -> String
        var undated: String
        var succeededBy: @Sendable (String, String?) -> String

        static func words(for language: MapLanguage) -> LifecycleWords {
            language == .swedish ? swedish : english
        }

        static let english = LifecycleWords(
            since: { "since \($0)" }, until: { "until \($0)" }, range: { "\($0) – \($1)" }, during: { "during \($0)" },
            endedUnknown: "ended, date unknown", atTheLatest: { "(by \($0) at the latest)" }, before: { "(before \($0))" },
            inferred: "(inferred)", external: "(external source)",
            undatedFrom: { "no start date: surely there from \($0), possibly earlier" },
            undated: "no dates: there at every date",
            succeededBy: { name, date in date.map { "succeeded by \(name) from \($0)" } ?? "succeeded by \(name), date unknown" }
        )

        static let swedish = LifecycleWords(
            since: { "från \($0)" }, until: { "till \($0)" }, range: { "\($0) – \($1)" }, during: { "under \($0)" },
            endedUnknown: "upphörd, okänt när", atTheLatest: { "(senast \($0))" }, before: { "(före \($0))" },
            inferred: "(tolkat)", external: "(extern källa)",
            undatedFrom: { "utan startdatum: finns säkert från \($0), möjligen tidigare" },
            undated: "inga datum: finns vid varje datum",
            succeededBy: { name, date in date.map { "ersatt av \(name) från \($0)" } ?? "ersatt av \(name), okänt när" }
        )
    }
}
