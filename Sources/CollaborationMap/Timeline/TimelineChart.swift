import Foundation
import InterchangeBase
import PartnerRegistry

/// A `Timeline` (PartnerRegistry) drawn as an SVG line chart: the
/// network's size above (organisations, groups, ties), each
/// organisation's score below, with the organisations that moved most in
/// colour and named, the rest grey.
///
/// The x axis has one position per step, labelled with its date (years;
/// with monthly steps, each January), and **now** after a gap. Where a
/// figure has two values (`TimelineStep.sure`, `OrganisationTimeline.sure`)
/// the sure one is the solid line with filled markers, and the possible
/// one, where it differs, a dashed line with hollow markers, the band
/// between the two shaded in the line's colour; where the entity is not
/// on the sure network at all, only the dashed line is drawn. The legend
/// says so. Organisations whose scores
/// are identical on every step are one line ("15 kommuner, samma värden"
/// when they share a kind, else "Bjurholms kommun +14 med samma värden"). Plain SVG built as text: every registry text is escaped for
/// XML, every number is written with one decimal, so the same timeline
/// gives the same bytes.
public struct TimelineChart: Sendable {
    public var timeline: Timeline
    public var language: MapLanguage
    /// The vocabulary whose plural labels name lines of alike organisations
    /// ("15 kommuner"): the registry's.
    public var vocabulary: Vocabulary = .default
    /// The heading's first line (e.g. the registry's title).
    public var title: String?
    /// How many organisations (or alike groups of them) to colour and name.
    public var movers: Int

    public init(timeline: Timeline, language: MapLanguage = .english, title: String? = nil, movers: Int = 6) {
        self.timeline = timeline
        self.language = language
        self.title = title
        self.movers = movers
    }

    /// Writes the chart to `url` as `OutputFile` writes: a regular file
    /// atomically, a character device or a FIFO directly.
    public func write(to url: URL) throws(AtomicFile.WriteError) {
        try OutputFile.write(Data(svg.utf8), to: url)
    }

    // MARK: Layout constants

    static let width = 1000.0
    static let left = 70.0
    static let right = 250.0
    static let palette = ["#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F3C8D", "#3B7A57"]
    static let grey = "#BCC3CB"

    /// A line of the chart: the possible value on each step and the sure
    /// one (equal where nothing is uncertain; nil where the entity is not
    /// on the sure network).
    struct Series {
        var label: String
        var color: String
        var width: Double
        var values: [Double?]
        var sure: [Double?]

        /// Whether step `i` has a possible value that the sure network does
        /// not share (`SureAndPossible.isUncertain`).
        func uncertain(_ i: Int) -> Bool {
            values[i].map { SureAndPossible(possible: $0, sure: sure[i]).isUncertain } ?? false
        }

        /// Whether some step is uncertain.
        var hasUncertainty: Bool { values.indices.contains { uncertain($0) } }
    }

    /// Organisations with identical scores on every step, as one line.
    struct Trajectory {
        var members: [OrganisationTimeline]
        var movement: Double { members[0].movement }
    }

    // MARK: SVG

    /// The chart as SVG text.
    public var svg: String {
        let w = words
        let steps = timeline.steps
        let xs = Self.xPositions(steps, left: Self.left, right: Self.width - Self.right)

        // Top panel: the network's size.
        let sizeTop = 92.0, sizeHeight = 170.0
        let sizeSeries = [
            Series(label: w.ties, color: "#1F3A5F", width: 2.4, values: steps.map { Double($0.ties) },
                   sure: steps.map { Double($0.sure.ties) }),
            Series(label: w.organisations, color: "#B5651D", width: 2.4, values: steps.map { Double($0.organisations) },
                   sure: steps.map { Double($0.sure.organisations) }),
            Series(label: w.groups, color: "#2E8B57", width: 2.4, values: steps.map { Double($0.groups) },
                   sure: steps.map { Double($0.sure.groups) }),
        ]
        // Bottom panel: each organisation's score.
        let scoreTop = sizeTop + sizeHeight + 78, scoreHeight = 300.0
        let trajectories = Self.trajectories(timeline.organisations)
        let ranked = trajectories.indices.filter { trajectories[$0].movement > 0 }.sorted {
            let a = trajectories[$0], b = trajectories[$1]
            if a.movement != b.movement { return a.movement > b.movement }
            return $0 < $1
        }
        let coloured = Array(ranked.prefix(max(0, movers)))
        var scoreSeries: [Series] = []
        for (i, t) in trajectories.enumerated() where !coloured.contains(i) {
            scoreSeries.append(Series(label: "", color: Self.grey, width: 1.2, values: t.members[0].scores,
                                      sure: t.members[0].sure))
        }
        for (n, i) in coloured.enumerated() {
            let t = trajectories[i]
            let name = t.members.count > 1 ? w.alike(t.members[0].name, t.members.count - 1, sharedPlural(t.members)) : t.members[0].name
            // Wider first, narrower on top: lines that coincide stay visible
            // as a stripe inside a band.
            let width = 2.0 + 1.2 * Double(coloured.count - 1 - n)
            scoreSeries.append(Series(label: name, color: Self.palette[n % Self.palette.count], width: width,
                                      values: t.members[0].scores, sure: t.members[0].sure))
        }
        let legendTop = scoreTop + scoreHeight + 64
        let height = legendTop + 84

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(Self.width))\" height=\"\(f(height))\" "
            + "viewBox=\"0 0 \(f(Self.width)) \(f(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"
        out += text(Self.left, 32, w.heading(title), size: 20, weight: "bold")
        out += text(Self.left, 54, w.span(timeline), size: 13, color: "#555555")

        out += text(Self.left, sizeTop - 14, w.sizeHeading, size: 14, weight: "bold")
        out += panel(sizeSeries, xs: xs, top: sizeTop, height: sizeHeight, integers: true, labelled: true)

        out += text(Self.left, scoreTop - 30, w.scoreHeading(timeline.measure), size: 14, weight: "bold")
        out += text(Self.left, scoreTop - 12, w.explanation(timeline.measure) ?? timeline.explanation, size: 11,
                    color: "#555555")
        out += panel(scoreSeries, xs: xs, top: scoreTop, height: scoreHeight, integers: false, labelled: true)
        let twoValued = sizeSeries.contains { $0.hasUncertainty } || scoreSeries.contains { $0.hasUncertainty }
        out += legend(
            top: legendTop, coloured: coloured.count, greyed: trajectories.count - coloured.count, twoValued: twoValued)
        out += "</svg>\n"
        return out
    }

    /// One panel: frame, grid, y ticks, x labels, the lines and their end labels.
    private func panel(_ series: [Series], xs: [Double], top: Double, height: Double, integers: Bool,
                       labelled: Bool) -> String {
        let bottom = top + height
        let x0 = Self.left, x1 = Self.width - Self.right
        let high = series.flatMap { $0.values.compactMap { $0 } + $0.sure.compactMap { $0 } }.max() ?? 0
        let (maximum, tick) = Self.scale(high, integers: integers)
        func y(_ v: Double) -> Double { bottom - (maximum > 0 ? v / maximum : 0) * height }
        var out = "<g class=\"panel\">\n"
        out += "<rect x=\"\(f(x0))\" y=\"\(f(top))\" width=\"\(f(x1 - x0))\" height=\"\(f(height))\" fill=\"#FAFAFA\" stroke=\"#D0D4D9\"/>\n"
        var v = 0.0
        while v <= maximum + tick / 1000 {
            out += "<line x1=\"\(f(x0))\" y1=\"\(f(y(v)))\" x2=\"\(f(x1))\" y2=\"\(f(y(v)))\" stroke=\"#E3E6EA\"/>\n"
            out += text(x0 - 8, y(v) + 4, integers ? String(Int(v.rounded())) : language.decimal(String(format: "%.2f", v)),
                        size: 11, color: "#444444", anchor: "end")
            v += tick
        }
        // The x axis: a tick and a label per labelled step.
        let labels = Self.xLabels(timeline.steps, now: words.now)
        for (i, x) in xs.enumerated() {
            out += "<line x1=\"\(f(x))\" y1=\"\(f(bottom))\" x2=\"\(f(x))\" y2=\"\(f(bottom + 4))\" stroke=\"#888888\"/>\n"
            if let label = labels[i] {
                out += text(x, bottom + 17, label, size: 11, color: "#444444", anchor: "middle",
                            weight: timeline.steps[i].asOf == .now ? "bold" : nil)
            }
        }
        if let nowIndex = timeline.steps.firstIndex(where: { $0.asOf == .now }), nowIndex > 0 {
            let gap = (xs[nowIndex] + xs[nowIndex - 1]) / 2
            out += "<line x1=\"\(f(gap))\" y1=\"\(f(top))\" x2=\"\(f(gap))\" y2=\"\(f(bottom))\" stroke=\"#9AA3AD\" stroke-dasharray=\"2 3\"/>\n"
        }
        // Lines: grey ones first, so the coloured ones lie on top.
        for s in series {
            out += line(s, xs: xs, y: y)
        }
        if labelled {
            // Labels at each coloured line's last point, pushed apart vertically.
            var ends: [(y: Double, x: Double, label: String, color: String)] = []
            for s in series where !s.label.isEmpty {
                guard let last = s.values.lastIndex(where: { $0 != nil }), let value = s.values[last] else { continue }
                ends.append((y(value), xs[last], s.label, s.color))
            }
            let placed = Self.spread(ends.map(\.y), gap: 14, low: top + 6, high: bottom + 4)
            for (e, ly) in zip(ends, placed) {
                let lx = x1 + 12
                out += "<line x1=\"\(f(e.x + 5))\" y1=\"\(f(e.y))\" x2=\"\(f(lx - 2))\" y2=\"\(f(ly - 4))\" stroke=\"\(e.color)\" stroke-width=\"0.8\"/>\n"
                out += text(lx, ly, e.label, size: 12, color: e.color, weight: "bold")
            }
        }
        out += "</g>\n"
        return out
    }

    /// A series: the sure values as solid segments with filled markers;
    /// where the possible value differs, dashed segments and hollow
    /// markers, the band between the two lines shaded. A series without
    /// uncertainty is one solid line.
    private func line(_ s: Series, xs: [Double], y: (Double) -> Double) -> String {
        var out = "<g class=\"series\"\(s.label.isEmpty ? "" : " data-label=\"\(XMLText.escaped(s.label))\"")>\n"
        let uncertain = s.values.indices.map { s.uncertain($0) }
        // The band: runs of segments whose ends have both values and touch
        // an uncertain step, as one polygon each (possible forward, sure back).
        var band: [Int] = []
        func flushBand() {
            if band.count > 1 {
                let forward = band.compactMap { i in s.values[i].map { "\(f(xs[i])),\(f(y($0)))" } }
                let back = band.reversed().compactMap { i in s.sure[i].map { "\(f(xs[i])),\(f(y($0)))" } }
                out += "<polygon class=\"possible-band\" points=\"\((forward + back).joined(separator: " "))\" "
                    + "fill=\"\(s.color)\" fill-opacity=\"0.1\" stroke=\"none\"/>\n"
            }
            band = []
        }
        for i in s.values.indices.dropFirst() {
            let both = [i - 1, i].allSatisfy { s.values[$0] != nil && s.sure[$0] != nil }
            guard both, uncertain[i - 1] || uncertain[i] else {
                flushBand()
                continue
            }
            if band.last != i - 1 {
                flushBand()
                band = [i - 1]
            }
            band.append(i)
        }
        flushBand()
        // Runs of segments as one polyline each, so that dashes show even
        // when steps are close together: the possible values dashed where
        // they differ, then the sure values solid on top.
        func polylines(_ values: [Double?], dashed: Bool, where keep: (Int) -> Bool) {
            var run: [String] = []
            func flush() {
                if run.count > 1 {
                    out += "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"\(s.color)\" "
                        + "stroke-width=\"\(f(s.width))\" stroke-linecap=\"round\" stroke-linejoin=\"round\""
                        + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>\n"
                }
                run = []
            }
            for i in values.indices.dropFirst() {
                guard let a = values[i - 1], let b = values[i], keep(i) else {
                    flush()
                    continue
                }
                if run.isEmpty { run = ["\(f(xs[i - 1])),\(f(y(a)))"] }
                run.append("\(f(xs[i])),\(f(y(b)))")
            }
            flush()
        }
        polylines(s.values, dashed: true) { uncertain[$0 - 1] || uncertain[$0] }
        polylines(s.sure, dashed: false) { _ in true }
        // Markers shrink as steps crowd (monthly timelines).
        let crowded = s.values.count > 40
        let radius = (s.width >= 2 ? 2.2 + s.width / 2 : 2.4) * (crowded ? 0.5 : 1)
        func changes(_ i: Int, _ j: Int) -> Bool {
            !s.values.indices.contains(j) || s.values[i] != s.values[j] || s.sure[i] != s.sure[j]
        }
        func marker(_ i: Int, _ v: Double, hollow: Bool) {
            out += "<circle cx=\"\(f(xs[i]))\" cy=\"\(f(y(v)))\" r=\"\(f(radius))\" fill=\"\(hollow ? "#FFFFFF" : s.color)\" "
                + "stroke=\"\(s.color)\" stroke-width=\"1.5\"/>\n"
        }
        for i in s.values.indices {
            guard let v = s.values[i] else { continue }
            // With crowded steps, markers only where something changes.
            if crowded, !changes(i, i - 1), !changes(i, i + 1) { continue }
            if uncertain[i], let sure = s.sure[i] { marker(i, sure, hollow: false) }
            marker(i, v, hollow: uncertain[i])
        }
        return out + "</g>\n"
    }

    /// The legend; `twoValued` when some line has a sure and a possible
    /// value apart (else the legend of a chart with nothing uncertain).
    private func legend(top: Double, coloured: Int, greyed: Int, twoValued: Bool) -> String {
        let w = words
        var out = "<g class=\"legend\">\n"
        out += "<rect x=\"\(f(Self.left))\" y=\"\(f(top - 18))\" width=\"\(f(Self.width - Self.left - 20))\" height=\"76\" "
            + "fill=\"#FFFFFF\" stroke=\"#D0D4D9\"/>\n"
        var x = Self.left + 14
        let y1 = top + 2
        out += "<line x1=\"\(f(x))\" y1=\"\(f(y1 - 4))\" x2=\"\(f(x + 34))\" y2=\"\(f(y1 - 4))\" stroke=\"#333333\" stroke-width=\"2.4\"/>\n"
        out += "<circle cx=\"\(f(x + 17))\" cy=\"\(f(y1 - 4))\" r=\"3.6\" fill=\"#333333\" stroke=\"#333333\" stroke-width=\"1.5\"/>\n"
        out += text(x + 42, y1, twoValued ? w.sure : w.present, size: 12)
        x += 330
        if twoValued {
            // The band the possible line and the sure one enclose.
            out += "<rect x=\"\(f(x))\" y=\"\(f(y1 - 9))\" width=\"34.0\" height=\"9.0\" fill=\"#333333\" "
                + "fill-opacity=\"0.1\" stroke=\"none\"/>\n"
            out += "<line x1=\"\(f(x))\" y1=\"\(f(y1 - 9))\" x2=\"\(f(x + 34))\" y2=\"\(f(y1 - 9))\" stroke=\"#333333\" stroke-width=\"2.4\" stroke-dasharray=\"6 4\"/>\n"
            out += "<circle cx=\"\(f(x + 17))\" cy=\"\(f(y1 - 9))\" r=\"3.6\" fill=\"#FFFFFF\" stroke=\"#333333\" stroke-width=\"1.5\"/>\n"
            out += text(x + 42, y1, w.possible, size: 12)
        } else {
            out += "<line x1=\"\(f(x))\" y1=\"\(f(y1 - 4))\" x2=\"\(f(x + 34))\" y2=\"\(f(y1 - 4))\" stroke=\"#333333\" stroke-width=\"2.4\" stroke-dasharray=\"6 4\"/>\n"
            out += "<circle cx=\"\(f(x + 17))\" cy=\"\(f(y1 - 4))\" r=\"3.6\" fill=\"#FFFFFF\" stroke=\"#333333\" stroke-width=\"1.5\"/>\n"
            out += text(x + 42, y1, w.uncertain, size: 12)
        }
        let y2 = top + 24
        x = Self.left + 14
        out += "<line x1=\"\(f(x))\" y1=\"\(f(y2 - 4))\" x2=\"\(f(x + 34))\" y2=\"\(f(y2 - 4))\" stroke=\"\(Self.grey)\" stroke-width=\"1.2\"/>\n"
        out += text(x + 42, y2, w.others(coloured, greyed), size: 12)
        let y3 = top + 46
        out += "<line x1=\"\(f(x + 12))\" y1=\"\(f(y3 - 12))\" x2=\"\(f(x + 12))\" y2=\"\(f(y3 + 2))\" stroke=\"#9AA3AD\" stroke-dasharray=\"2 3\"/>\n"
        out += text(x + 42, y3, w.nowNote, size: 12)
        return out + "</g>\n"
    }

    // MARK: Helpers

    /// Evenly spaced step positions; `now` sits after a gap of one step.
    static func xPositions(_ steps: [TimelineStep], left: Double, right: Double) -> [Double] {
        let hasNow = steps.last?.asOf == .now
        let slots = Double(max(1, steps.count - 1 + (hasNow && steps.count > 1 ? 1 : 0)))
        let inset = 16.0
        let unit = (right - left - 2 * inset) / slots
        if steps.count == 1 { return [(left + right) / 2] }
        return steps.indices.map { i in
            let slot = Double(i) + (hasNow && i == steps.count - 1 ? 1 : 0)
            return left + inset + slot * unit
        }
    }

    /// Labels of the x axis: every year, or only January of monthly steps
    /// (thinned so that labels stay 36 points apart), and now.
    static func xLabels(_ steps: [TimelineStep], now: String) -> [String?] {
        let dated = steps.filter { $0.asOf != .now }.count
        let monthly = steps.contains { $0.asOf.date?.month != nil }
        let available = (width - left - right) / 38
        var every = 1
        if monthly {
            var years = Double(dated) / 12
            while years / Double(every) > available { every += 1; years = Double(dated) / 12 }
        } else {
            while Double(dated) / Double(every) > available { every += 1 }
        }
        return steps.enumerated().map { i, step in
            guard let date = step.asOf.date else { return now }
            if monthly {
                if steps.count <= 14 { return date.description }
                guard date.month == 1 || i == 0 else { return nil }
                return (date.year - (steps[0].asOf.date?.year ?? 0)) % every == 0 ? String(date.year) : nil
            }
            return i % every == 0 || i == dated - 1 ? date.description : nil
        }
    }

    /// A round maximum and tick step for values up to `high`.
    static func scale(_ high: Double, integers: Bool) -> (Double, Double) {
        guard high > 0 else { return (1, integers ? 1 : 0.25) }
        let raw = high / 5
        let magnitude = pow(10, floor(log10(raw)))
        var tick = magnitude
        for m in [1.0, 2, 2.5, 5, 10] where m * magnitude >= raw {
            tick = m * magnitude
            break
        }
        if integers { tick = max(1, tick.rounded(.up)) }
        return ((high / tick).rounded(.up) * tick, tick)
    }

    /// Positions near `wanted`, at least `gap` apart and within
    /// `low … high`, in the same order.
    static func spread(_ wanted: [Double], gap: Double, low: Double, high: Double) -> [Double] {
        let order = wanted.indices.sorted { wanted[$0] != wanted[$1] ? wanted[$0] < wanted[$1] : $0 < $1 }
        var placed = [Double](repeating: 0, count: wanted.count)
        var previous = -Double.infinity
        for i in order {
            let y = max(wanted[i] + 4, previous + gap, low)
            placed[i] = y
            previous = y
        }
        // Pull back up from the bottom when the labels overflow.
        var limit = high
        for i in order.reversed() where placed[i] > limit {
            placed[i] = limit
            limit -= gap
        }
        return placed
    }

    /// Organisations grouped by identical scores (possible and sure), in registry order.
    static func trajectories(_ organisations: [OrganisationTimeline]) -> [Trajectory] {
        struct Key: Hashable { var scores: [Double?]; var sure: [Double?] }
        var out: [Trajectory] = []
        var index: [Key: Int] = [:]
        for o in organisations {
            let key = Key(scores: o.scores, sure: o.sure)
            if let i = index[key] { out[i].members.append(o) } else {
                index[key] = out.count
                out.append(Trajectory(members: [o]))
            }
        }
        return out
    }

    private func text(_ x: Double, _ y: Double, _ content: String, size: Double, color: String = "#1A1A1A",
                      anchor: String? = nil, weight: String? = nil) -> String {
        var a = "x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\" fill=\"\(color)\""
        if let anchor { a += " text-anchor=\"\(anchor)\"" }
        if let weight { a += " font-weight=\"\(weight)\"" }
        return "<text \(a)>\(XMLText.escaped(content))</text>\n"
    }

    private var words: TimelineWords { language == .swedish ? .swedish : .english }

    /// The plural label of the kind every member of a line shares ("kommuner"),
    /// if they share one and the vocabulary gives it a plural.
    func sharedPlural(_ members: [OrganisationTimeline]) -> String? {
        guard members.allSatisfy({ $0.kind == members[0].kind }) else { return nil }
        return vocabulary.term(members[0].kind, in: .organisationKinds)?.plurals[language.rawValue]
    }
}

/// One decimal, "-0.0" written as "0.0".
private func f(_ x: Double) -> String {
    let s = String(format: "%.1f", x)
    return s == "-0.0" ? "0.0" : s
}


/// The chart's words in English and Swedish.
struct TimelineWords: Sendable {
    var now: String
    var ties: String
    var organisations: String
    var groups: String
    var sizeHeading: String
    var scoreHeading: @Sendable (TimelineMeasure) -> String
    var heading: @Sendable (String?) -> String
    var span: @Sendable (Timeline) -> String
    /// A line that stands for organisations with the same values on every
    /// step: the first one's name, how many others, and the kind they all
    /// share (nil when they differ), so that a reader sees who they are.
    var alike: @Sendable (String, Int, String?) -> String
    var present: String
    var uncertain: String
    /// The legend's words when lines have a sure and a possible value.
    var sure: String
    var possible: String
    var others: @Sendable (Int, Int) -> String
    var nowNote: String
    /// The measure's one-line explanation; `nil` takes the library's (English) one.
    var explanation: @Sendable (TimelineMeasure) -> String? = { _ in nil }

    static let english = TimelineWords(
        now: "now",
        ties: "memberships (organisation in group)",
        organisations: "organisations",
        groups: "groups",
        sizeHeading: "The network",
        scoreHeading: {
            $0 == .degree
                ? "Share of the other organisations each one shares a group with (degree)"
                : "How often each organisation lies on the shortest way between two others (betweenness)"
        },
        heading: { ($0.map { $0 + ": " } ?? "") + "the network over time" },
        span: { t in
            let first = t.steps.first.map { $0.asOf.description } ?? "–"
            let last = t.steps.last.map { $0.asOf.description } ?? "–"
            return "\(first) to \(last), every \(t.every.rawValue)"
                + (t.certainty == .all ? "" : t.certainty == .stated ? "; stated facts only" : "; stated and inferred facts")
        },
        alike: { name, others, kinds in
            let rest = others == 1 ? "1 other" : "\(others) others"
            if let kinds, others > 1 { return "\(others + 1) \(kinds), same values" }
            return "\(name) +\(rest) with the same values"
        },
        present: "present on the step",
        uncertain: "dashed line, hollow marker: present only possibly (its sources describe a later date, or do not date its end)",
        sure: "solid line, filled marker: surely there on the step",
        possible: "dashed line, hollow marker, shaded band: the possible value where it differs",
        others: { coloured, greyed in
            "grey: \(greyed) other line\(greyed == 1 ? "" : "s"); " + (coloured == 1 ? "the 1 that moved most is in colour" : "the \(coloured) that moved most are in colour")
        },
        nowNote: "now: what has not ended, as the registry last describes it (not the calendar date)",
        explanation: {
            switch $0 {
            case .degree: "0 = shares no group with anyone, 1 = shares a group with every other"
            case .betweenness: "share of all shortest ways between two other organisations; high = passes on contacts"
            }
        })

    static let swedish = TimelineWords(
        now: "nu",
        ties: "medlemskap (organisation i grupp)",
        organisations: "organisationer",
        groups: "grupper",
        sizeHeading: "Nätverket",
        scoreHeading: {
            $0 == .degree
                ? "Andel av de andra organisationerna som var och en delar en grupp med (degree)"
                : "Hur ofta varje organisation ligger på kortaste vägen mellan två andra (betweenness)"
        },
        heading: { ($0.map { $0 + ": " } ?? "") + "nätverket över tid" },
        span: { t in
            let first = t.steps.first.map { $0.asOf == .now ? "nu" : $0.asOf.description } ?? "–"
            let last = t.steps.last.map { $0.asOf == .now ? "nu" : $0.asOf.description } ?? "–"
            return "\(first) till \(last), \(t.every == .year ? "varje år" : "varje månad")"
                + (t.certainty == .all ? "" : t.certainty == .stated ? "; endast uttalade fakta" : "; uttalade och tolkade fakta")
        },
        alike: { name, others, kinds in
            if let kinds, others > 1 { return "\(others + 1) \(kinds), samma värden" }
            return "\(name) +\(others) med samma värden"
        },
        present: "finns vid tidpunkten",
        uncertain: "streckad linje, ihålig punkt: finns kanske (upphörde vid ett datum källan inte anger)",
        sure: "heldragen linje, fylld punkt: säkert vid tidpunkten",
        possible: "streckad linje, ihålig punkt, skuggat band: möjligt värde där det skiljer sig",
        others: { coloured, greyed in
            "grått: \(greyed) \(greyed == 1 ? "annan linje" : "andra linjer"); de \(coloured) som rört sig mest i färg"
        },
        nowNote: "nu: det som inte har upphört, så som registret senast beskriver det (inte dagens datum)",
        explanation: {
            switch $0 {
            case .degree: "0 = delar ingen grupp med någon, 1 = delar en grupp med alla andra"
            case .betweenness: "andel av alla kortaste vägar mellan två andra organisationer; högt värde = förmedlar kontakter"
            }
        })
}
