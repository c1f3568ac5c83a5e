extension ValidationReport: CustomStringConvertible {
    /// What `samverkan validate` prints for the file: every warning and
    /// broken rule (standard error there), then the verdict line (standard
    /// output when valid), with the file called "registry".
    public var description: String { text(name: "registry") }

    /// The report's lines for the file `name`: `lines(name:)` joined, each
    /// ending in a line break.
    public func text(name: String) -> String {
        lines(name: name).map { $0 + "\n" }.joined()
    }

    /// Every warning and broken rule in file order, then the verdict:
    /// "graphs/x.yaml: valid: 24 organisations, …; 1 rule checked" or
    /// "graphs/x.yaml: invalid: 1 rule violation".
    public func lines(name: String) -> [String] {
        diagnostics.map(\.description)
            + violations.map { $0.location == nil ? "\(name): \($0)" : $0.description }
            + [verdict(name: name)]
    }

    /// The last line: whether the file passes, and what it holds or what
    /// fails it.
    public func verdict(name: String) -> String {
        func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        guard isValid else {
            let parts = (ruleErrors > 0 ? [plural(ruleErrors, "rule violation")] : [])
                + (warnings > 0
                    ? [strictness == .strict ? plural(warnings, "error") + " (warnings, under --strict)" : plural(warnings, "warning")]
                    : [])
            return "\(name): invalid: " + parts.joined(separator: ", ")
        }
        let c = counts
        let summary = [
            plural(c.organisations, "organisation"), plural(c.groups, "group"), plural(c.memberships, "membership"),
            plural(c.initiatives, "initiative"), plural(c.documents, "document"), plural(c.sources, "source"),
        ].joined(separator: ", ")
        return "\(name): valid: \(summary); \(plural(c.rules, "rule")) checked"
            + (warnings > 0 ? ", \(plural(warnings, "warning"))" : "")
            + (scope == .allTime ? "" : " (\(scope))")
    }
}
