/// One figure of a report that lists figures (`NetworkStatistics`,
/// `OneModeStatistics`): the section it belongs to, what it measures and
/// its value, written as the report's table writes it.
public struct ReportRow: Hashable, Sendable {
    /// The section: "size", "organisation network", …
    public var section: String
    /// What the figure measures: "density", "components", …, or a name in
    /// the lists of the most central.
    public var metric: String
    /// The value as the table shows it ("0.0312", "18 (uncertain 1)",
    /// "undefined").
    public var value: String

    /// A row of `section`, `metric` and `value`.
    ///
    /// - Parameters:
    ///   - section: The section the figure belongs to.
    ///   - metric: What the figure measures.
    ///   - value: The value as text.
    public init(section: String, metric: String, value: String) {
        self.section = section
        self.metric = metric
        self.value = value
    }
}
