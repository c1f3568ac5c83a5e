/// An entity that breaks a rule: how many related entities it has, how
/// many the rule wants, and where the entity was written.
public struct RuleViolation: Hashable, Sendable, CustomStringConvertible {
    public var rule: RuleID
    public var severity: Rule.Severity
    /// The entity that breaks the rule.
    public var entity: EntityReference
    /// The requirement it fails.
    public var requirement: Rule.Requirement
    /// How many related entities it has that the requirement counts.
    public var counted: Int
    /// What the user reads: "initiative 'x' has 1 participant of kind
    /// destination-organisation, but rule 'two-destinations' requires at least 2".
    public var message: String
    /// The rule's own description, if it has one.
    public var ruleDescription: String?
    /// Where the entity was written, when the registry came from a file.
    public var location: SourceLocation?

    public init(
        rule: RuleID, severity: Rule.Severity, entity: EntityReference, requirement: Rule.Requirement, counted: Int,
        message: String, ruleDescription: String? = nil, location: SourceLocation? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.entity = entity
        self.requirement = requirement
        self.counted = counted
        self.message = message
        self.ruleDescription = ruleDescription
        self.location = location
    }

    /// `file:line:col: error: message (rule description)`, as a compiler
    /// would print it.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let ruleDescription, !ruleDescription.isEmpty { text += " (\(ruleDescription))" }
        return text
    }

    /// The violation as a diagnostic (code `ruleViolated`), when its
    /// location is known.
    public var diagnostic: Diagnostic? {
        guard let location else { return nil }
        return Diagnostic(
            severity == .error ? .error : .warning, code: .ruleViolated, at: location, message: message,
            hint: ruleDescription.flatMap { $0.isEmpty ? nil : $0 })
    }
}
