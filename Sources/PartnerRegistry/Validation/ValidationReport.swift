import Foundation

/// What `Registry.validate(_:)` found: every warning about quotes and the
/// support of facts, and every broken rule, with the totals that decide
/// whether the file passes.
public struct ValidationReport: Sendable {
    /// Quote and certainty warnings, in file order.
    public var diagnostics: [Diagnostic]
    /// Broken rules, of either severity.
    public var violations: [RuleViolation]
    /// How warnings count.
    public var strictness: Strictness
    /// The view the rules were checked on.
    public var scope: RegistryScope
    /// The entities counted in `summary`.
    public var counts: Counts

    /// Whether warnings fail a file (`validate --strict`).
    public enum Strictness: String, Hashable, Sendable, Codable, CaseIterable {
        case lenient, strict
    }

    /// How many of each the checked view holds.
    public struct Counts: Hashable, Sendable, Codable {
        public var organisations, groups, memberships, initiatives, documents, sources, rules: Int
    }

    /// Rule violations of error severity.
    public var ruleErrors: Int { violations.filter { $0.severity == .error }.count }

    /// Warnings: rule violations of warning severity and every diagnostic.
    public var warnings: Int { violations.count - ruleErrors + diagnostics.count }

    /// Whether the file passes: no error-severity rule is broken, and under
    /// `.strict` nothing warns either.
    public var isValid: Bool { ruleErrors == 0 && (strictness == .lenient || warnings == 0) }
}

extension Registry {
    /// Checks a loaded registry beyond what loading checks:
    /// - that a CSV file not valid UTF-8 was read as Windows-1252
    ///   (`encoding-guessed`; `checkEncoding()`);
    /// - every quote against the local copy of its source
    ///   (`checkQuotes(baseDirectory:)`);
    /// - that each membership's quotes name its organisation or its group,
    ///   unless the membership is marked inferred or external
    ///   (`unsupported-fact`; `checkSupport()`);
    /// - that each membership's dates lie within its organisation's and its
    ///   group's (`outside-lifetime`; `checkLifetimes()`);
    /// - the registry's rules, on the view `scope` (by default the whole
    ///   file: each initiative is checked with the participants it has).
    ///
    /// - Parameters:
    ///   - baseDirectory: where `file:` paths of sources resolve (the
    ///     registry file's folder; the working directory for standard input).
    ///   - sourcesRoot: the tree source files must lie in (default:
    ///     `baseDirectory`); see `checkQuotes(baseDirectory:sourcesRoot:)`.
    ///   - scope: the view the rules are checked on (default: all time).
    ///   - strictness: `.strict` makes every warning an error that fails the file.
    public func validate(
        baseDirectory: URL, sourcesRoot: URL? = nil, scope: RegistryScope = .allTime,
        strictness: ValidationReport.Strictness = .lenient
    ) -> ValidationReport {
        var diagnostics = (checkEncoding() + checkQuotes(baseDirectory: baseDirectory, sourcesRoot: sourcesRoot)
            + checkSupport() + checkLifetimes())
            .sorted { $0.location < $1.location }
        // Under --strict a warning is an error, and says so.
        if strictness == .strict { for i in diagnostics.indices { diagnostics[i].severity = .error } }
        let viewed = view(scope)
        return ValidationReport(
            diagnostics: diagnostics, violations: viewed.checkRules(), strictness: strictness, scope: scope,
            counts: .init(
                organisations: viewed.organisations.count, groups: viewed.groups.count,
                memberships: viewed.memberships.count, initiatives: viewed.initiatives.count,
                documents: viewed.documents.count, sources: viewed.sources.count, rules: viewed.rules.count))
    }

    /// A warning at the file's start when it was read as Windows-1252
    /// because it is not valid UTF-8 (`encoding-guessed`).
    public func checkEncoding() -> [Diagnostic] {
        guard readEncoding == .windows1252, let file = locations.file else { return [] }
        return [Diagnostic(
            .warning, code: .encodingGuessed, at: SourceLocation(file: file, line: 1, column: 1),
            message: "the file is not valid UTF-8, so it was read as Windows-1252",
            hint: TextEncoding.fallbackHint)]
    }

    /// Memberships that quote a source, but whose quotes name neither the
    /// organisation nor the group (by name or alias, ignoring case and
    /// diacritics, allowing Swedish definite and genitive endings), and
    /// that are not marked `certainty: inferred` or `external`: the quote
    /// stands in for a reading of the text.
    ///
    /// - Complexity: O(M·Q·N) for M memberships, Q words per quote and N
    ///   words per name.
    public func checkSupport() -> [Diagnostic] {
        var out: [Diagnostic] = []
        let fallback = SourceLocation(file: locations.file ?? "<registry>")
        for (i, m) in memberships.enumerated() {
            if let a = m.assessment, a.certainty != .stated { continue }
            let quotes = m.sources.compactMap(\.quote)
            guard !quotes.isEmpty else { continue }
            let names = (organisation(m.organisation).map { [$0.name] + $0.aliases } ?? [])
                + (group(m.group).map { [$0.name] + $0.aliases } ?? [])
                + [m.organisation.rawValue, m.group.rawValue]
            if quotes.contains(where: { QuoteNaming.quote($0, namesAnyOf: names) }) { continue }
            out.append(Diagnostic(
                .warning, code: .unsupportedFact, at: location(ofMembershipAt: i) ?? fallback,
                message: "the quotes of the membership of '\(m.organisation)' in '\(m.group)' name neither of them",
                hint: "quote the words that state it, or mark it 'certainty: inferred' with a 'reason' saying how the source implies it"))
        }
        return out
    }
}

extension Registry {
    /// Memberships whose own dates lie outside their organisation's or
    /// their group's: a `since` before either begins, or a `since` or
    /// `until` after either has ended. Such a membership counts only while
    /// both ends are there, so the dates the file gives are not the dates
    /// any view shows.
    ///
    /// - Complexity: O(M) for M memberships.
    public func checkLifetimes() -> [Diagnostic] {
        var out: [Diagnostic] = []
        let fallback = SourceLocation(file: locations.file ?? "<registry>")
        for (i, m) in memberships.enumerated() {
            var ends: [(String, Validity)] = []
            if let o = organisation(m.organisation) { ends.append(("organisation '\(o.id)'", o.validity)) }
            if let g = group(m.group) { ends.append(("group '\(g.id)'", g.validity)) }
            for (what, lifetime) in ends {
                var problem: String?
                if let since = m.validity.since, let begins = lifetime.since, since.lastDay < begins.firstDay {
                    problem = "begins (\(since)) before \(what) does (\(begins))"
                } else if let ended = lifetime.until,
                          let date = m.validity.since ?? m.validity.until, date.firstDay > ended.lastDay {
                    problem = "is dated \(date), after \(what) ended (\(ended))"
                } else if let until = m.validity.until, let begins = lifetime.since, until.lastDay < begins.firstDay {
                    problem = "ends (\(until)) before \(what) begins (\(begins))"
                }
                guard let problem else { continue }
                out.append(Diagnostic(
                    .warning, code: .outsideLifetime, at: location(ofMembershipAt: i) ?? fallback,
                    message: "the membership of '\(m.organisation)' in '\(m.group)' \(problem)",
                    hint: "a membership counts only while its organisation and its group are both there; fix the dates of one of them"))
            }
        }
        return out
    }
}
