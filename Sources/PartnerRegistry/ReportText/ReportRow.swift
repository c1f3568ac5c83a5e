/// One figure of a report that lists figures (`NetworkStatistics`,
/// `OneModeStatistics`): the section it belongs to, what it measures, its
/// value and its value on the sure network.
public struct ReportRow: Hashable, Sendable {
    /// The section: "size", "organisation network", …
    public var section: String
    /// What the figure measures: "density", "components", …, or a name in
    /// the lists of the most central.
    public var metric: String
    /// The value on the possible network as the table writes it ("0.0312",
    /// "18", "undefined").
    public var value: String
    /// The value on the sure network, written the same way; nil when the
    /// row names an entity that is not in the sure network. Equal to
    /// `value` when nothing is uncertain.
    public var sure: String?
    /// Whether the two values differ (counts exactly, measures by more than
    /// 1e-12 relative to the larger), or the entity is not in the sure
    /// network.
    public var uncertain: Bool
    /// For an estimated figure: the bound within which it holds and the
    /// confidence (`1 − δ`); nil for an exact figure.
    public var estimate: RowEstimate?

    /// A row of `section`, `metric` and `value` that rests on nothing
    /// uncertain: its sure value is the same.
    ///
    /// - Parameters:
    ///   - section: The section the figure belongs to.
    ///   - metric: What the figure measures.
    ///   - value: The value as text.
    public init(section: String, metric: String, value: String) {
        self.init(section: section, metric: metric, value: value, sure: value, uncertain: false)
    }

    /// A row with its value on both networks.
    ///
    /// - Parameters:
    ///   - section: The section the figure belongs to.
    ///   - metric: What the figure measures.
    ///   - value: The value on the possible network, as text.
    ///   - sure: The value on the sure network, as text; nil when the row
    ///     names an entity that is not in it.
    ///   - uncertain: Whether the two values differ, or the entity is not
    ///     in the sure network.
    public init(section: String, metric: String, value: String, sure: String?, uncertain: Bool) {
        self.section = section
        self.metric = metric
        self.value = value
        self.sure = sure
        self.uncertain = uncertain
    }

    /// The value for a table cell: with the sure value beside it when the
    /// row is uncertain, "23 (säkert 7)", "0.6475 (sure –)".
    /// An estimated figure says so after its value: "3.4100 (estimated
    /// ±0.0512, 90 %)" ("uppskattat" in a Swedish registry).
    public func cell(language: String?) -> String {
        var text = value
        if let estimate { text += " (" + estimate.text(language: language) + ")" }
        guard uncertain else { return text }
        return text + " (\(SureAndPossible<Double>.sureWord(language: language)) \(sure ?? "–"))"
    }
}

/// How far an estimated figure of a ``ReportRow`` may be from the exact one.
public struct RowEstimate: Hashable, Sendable {
    /// With probability at least `confidence`, the figure is within `bound` of its exact value.
    public var bound: Double
    public var confidence: Double

    public init(bound: Double, confidence: Double) {
        self.bound = bound
        self.confidence = confidence
    }

    /// "estimated ±0.0512, 90 %" ("uppskattat ±0.0512, 90 %" in Swedish).
    public func text(language: String?) -> String {
        let word = language?.lowercased().hasPrefix("sv") == true ? "uppskattat" : "estimated"
        return "\(word) ±\(String(format: "%.4f", bound)), \(Self.percent(confidence)) %"
    }

    /// 0.9 → "90", 0.95 → "95", 0.999 → "99.9".
    static func percent(_ confidence: Double) -> String {
        var s = String(format: "%.2f", confidence * 100)
        while s.contains("."), s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
