import InterchangeBase

/// One problem found while loading or checking a registry: where it is,
/// what is wrong and how to fix it.
///
/// Its description is the compiler's form, which editors and CI logs turn
/// into links:
///
/// ```
/// graphs/x.yaml:12:15: error: unknown organisation 'vasterbotensturism' in members of 'ledningsgrupp'; did you mean 'vasterbottensturism'?
/// ```
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad a problem is. Any `error` makes loading fail.
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
        case error, warning, note
    }

    /// What sort of problem this is, so programs (and tests) need not parse
    /// the message.
    public enum Code: String, Hashable, Sendable, Codable, CaseIterable {
        /// The file could not be read at all (missing, unreadable).
        case unreadableFile = "unreadable-file"
        /// The file is not UTF-8 text.
        case invalidEncoding = "invalid-encoding"
        /// YAML or JSON that does not parse.
        case malformedSyntax = "malformed-syntax"
        /// The same key twice in one mapping.
        case duplicateKey = "duplicate-key"
        /// A key the format does not know.
        case unknownKey = "unknown-key"
        /// A required key is absent or empty.
        case missingKey = "missing-key"
        /// A value of the wrong shape (a list where a string belongs …).
        case wrongType = "wrong-type"
        /// An `id` that is not a slug.
        case invalidIdentifier = "invalid-identifier"
        /// A reference to an ID that no entity has.
        case unknownReference = "unknown-reference"
        /// A reference to an entity of another type than expected.
        case wrongReferenceType = "wrong-reference-type"
        /// Two entities of one type with the same ID.
        case duplicateIdentifier = "duplicate-identifier"
        /// A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case invalidDate = "invalid-date"
        /// `until` before `since`.
        case reversedDates = "reversed-dates"
        /// A kind, role, level, severity … outside its list of values.
        case unknownValue = "unknown-value"
        /// A citation of a source not declared under `sources`.
        case undeclaredSource = "undeclared-source"
        /// The same membership listed twice.
        case duplicateMembership = "duplicate-membership"
        /// A rule that cannot be evaluated as written.
        case invalidRule = "invalid-rule"
        /// An entity that breaks a rule stated in the registry.
        case ruleViolated = "rule-violated"
        /// A CSV file whose header or rows do not fit the format.
        case malformedCSV = "malformed-csv"
        /// A quote that its source's local copy does not contain.
        case quoteNotFound = "quote-not-found"
        /// A source whose local copy (`file:`) cannot be read.
        case missingSourceFile = "missing-source-file"
        /// A relation that goes round in a circle (`part-of`, `revises`,
        /// `supersedes`, `based-on`).
        case referenceCycle = "reference-cycle"
        /// A name, title or CSV cell that shows nothing: empty, or only
        /// white space, zero-width or other format characters.
        case blankName = "blank-name"
        /// A source's local copy (`file:`) outside the tree its files must
        /// stay in.
        case sourceOutsideTree = "source-outside-tree"
        /// More problems than are worth printing.
        case tooManyProblems = "too-many-problems"
        /// `replaces`/`succeeded-by`/`revises`/`supersedes` links that form a cycle.
        case successorCycle = "successor-cycle"
        /// A fact whose quotes name neither of its ends and that is not
        /// marked inferred or external.
        case unsupportedFact = "unsupported-fact"
        /// A membership dated before its organisation or group begins, or
        /// after either ends: it counts only while both are there.
        case outsideLifetime = "outside-lifetime"
        /// A delimited-text file that is not valid UTF-8 was read as
        /// Windows-1252 (a warning: the guess is almost always right).
        case encodingGuessed = "encoding-guessed"
        /// A colour the vocabulary declares is hard to tell from another
        /// fill of the map (a warning).
        case colourCollision = "colour-collision"
    }

    public var severity: Severity
    public var code: Code
    public var location: SourceLocation
    /// What is wrong, in one sentence without a final period.
    public var message: String
    /// How to fix it ("did you mean 'vasterbottensturism'?"), if known.
    public var hint: String?

    public init(
        _ severity: Severity = .error, code: Code, at location: SourceLocation, message: String, hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var file: String { location.file }
    public var line: Int { location.line }
    public var column: Int { location.column }

    /// `file:line:col: error: message; hint`, with control and bidi
    /// characters written as `<U+XXXX>` (`TerminalText`), so that a name
    /// holding ESC or U+202E cannot take over the terminal it is printed
    /// on. `message` and `hint` keep the exact text.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint, !hint.isEmpty { text += "; " + hint }
        return TerminalText.neutralised(text)
    }
}
