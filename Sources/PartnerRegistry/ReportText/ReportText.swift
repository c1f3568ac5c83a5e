import Foundation

/// The pieces every report's text is made of: numbers, names, counts and
/// the date a report describes, written the same way in every table.
enum ReportText {
    /// A number with three decimals ("0.667"); "–" for nil.
    static func decimal(_ x: Double?) -> String {
        guard let x else { return "–" }
        return String(format: "%.3f", x)
    }

    /// Names joined for a table cell; a name present only possibly on the
    /// date is followed by "(?)".
    static func names<K>(_ items: [Named<K>]) -> String { items.map(label).joined(separator: ", ") }

    /// A name for a table cell: "(?)" after an entity present only possibly.
    static func label<K>(_ item: Named<K>) -> String { item.name + (item.uncertain ? " (?)" : "") }

    /// The presence column of a table: "uncertain" or nothing.
    static func presence(_ uncertain: Bool) -> String { uncertain ? "uncertain" : "" }

    /// The line under a table with uncertain entries.
    static let uncertainNote = "(?) / uncertain: present only possibly on this date (its sources describe a later date, or do not date its end)"

    /// A figure for a table cell, with its sure value beside it when the
    /// row is uncertain and the two differ: "23 (säkert 7)"; "(säkert –)"
    /// when the entity is not in the sure network.
    static func withSure<T: Equatable>(
        _ value: T, sure: T?, rowUncertain: Bool, language: String?, _ format: (T) -> String
    ) -> String {
        guard rowUncertain else { return format(value) }
        let word = SureAndPossible<Int>.sureWord(language: language)
        guard let sure else { return format(value) + " (\(word) –)" }
        return sure == value ? format(value) : format(value) + " (\(word) \(format(sure)))"
    }

    /// The line under a table whose figures have a sure value beside them;
    /// `dash` says what "–" means ("where the entity itself is only
    /// possibly there" unless given).
    static func sureNote(language: String?, dash: String = "where the entity itself is only possibly there") -> String {
        let word = SureAndPossible<Double>.sureWord(language: language)
        return "(\(word) x): the figure on what is certainly there on this date, where it differs; – " + dash
    }

    /// "1 group", "2 groups".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// " (as of now)", " (as of 2015)", " (all time)": every report says
    /// which date it describes.
    static func dateSuffix(_ asOf: AsOf) -> String { asOf == .allTime ? " (all time)" : " (as of \(asOf))" }

    /// A step of a timeline: "2003", "2015-03", "now".
    static func step(_ asOf: AsOf) -> String { asOf.description }

    /// "showing the first 1,000 of 7,998,000 group pairs …" when a list
    /// was cut at `shown` of `total`; nil when it was not.
    static func cut(shown: Int, total: Int, of noun: String) -> String? {
        guard shown < total else { return nil }
        return "showing \(shown == 0 ? "none" : "the first \(NumberText.grouped(shown))") of \(NumberText.grouped(total)) \(noun) in this order (--limit N or --limit all to change)"
    }

    /// "18 organisations", with the sure count beside it where the two
    /// differ: "18 organisations (säkert 1)", "(sure –)" when the sure
    /// network does not hold the entity the count is about.
    static func count(_ n: Int, _ noun: String, sure: Int?, language: String?) -> String {
        guard sure != n else { return count(n, noun) }
        return count(n, noun) + " (\(SureAndPossible<Int>.sureWord(language: language)) \(sure.map { "\($0)" } ?? "–"))"
    }
}
