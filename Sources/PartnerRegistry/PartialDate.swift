/// A calendar date known to a year, a month or a day: `2003`, `2015-03`,
/// `2015-03-01`.
///
/// As the start of a validity interval a partial date means its first day
/// (`2003` → 2003-01-01); as the end, its last day (`2009` → 2009-12-31).
/// Ordering compares the first day, then the precision (coarser first).
///
/// Stored in four bytes (year, month, day; 0 for an unknown month or day),
/// so that a million dated memberships stay small.
public struct PartialDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    private let storedYear: UInt16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
    public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

    /// Creates a date; `nil` when the parts do not form a calendar date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1 ... 9999).contains(year) else { return nil }
        if day != nil && month == nil { return nil }
        if let month, !(1 ... 12).contains(month) { return nil }
        if let month, let day, !(1 ... PartialDate.daysIn(month: month, year: year)).contains(day) {
            return nil
        }
        self.storedYear = UInt16(year)
        self.storedMonth = UInt8(month ?? 0)
        self.storedDay = UInt8(day ?? 0)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1 ... 3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0])
        else { return nil }
        let m = parts.count > 1 ? Int(parts[1]) : nil
        let d = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: y, month: m, day: d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The first day this date covers, as (year, month, day).
    public var firstDay: (Int, Int, Int) { (year, month ?? 1, day ?? 1) }

    /// The last day this date covers, as (year, month, day).
    public var lastDay: (Int, Int, Int) {
        let m = month ?? 12
        return (year, m, day ?? PartialDate.daysIn(month: m, year: year))
    }

    public var description: String {
        var s = zeroPadded(year, width: 4)
        if let month { s += "-" + zeroPadded(month, width: 2) }
        if let day { s += "-" + zeroPadded(day, width: 2) }
        return s
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        if a.firstDay != b.firstDay { return a.firstDay < b.firstDay }
        return (a.month == nil ? 0 : a.day == nil ? 1 : 2) < (b.month == nil ? 0 : b.day == nil ? 1 : 2)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text: String
        if let n = try? container.decode(Int.self) { text = String(n) } else { text = try container.decode(String.self) }
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A validity interval: `since` and `until` are inclusive; either may be
/// open. An interval without `until` can still have ended, on a date the
/// source does not give (`unknownEnd`, written `until: unknown`).
///
/// Dates can be a reading of the source rather than stated by it (a
/// member's `since` copied from the group's founding year):
/// `sinceAssessment` and `untilAssessment` say so. They mark the date
/// only; the fact the interval belongs to has its own certainty.
public struct Validity: Hashable, Sendable, Codable {
    public var since: PartialDate?
    public var until: PartialDate?
    /// Set when the entity has ended on a date the source does not give.
    public var unknownEnd: UnknownEnd?
    /// Whether `since` is stated or a reading, and why.
    public var sinceAssessment: Assessment?
    /// Whether `until` (or the unknown end) is stated or a reading, and why.
    public var untilAssessment: Assessment?

    public init(
        since: PartialDate? = nil, until: PartialDate? = nil, unknownEnd: UnknownEnd? = nil,
        sinceAssessment: Assessment? = nil, untilAssessment: Assessment? = nil
    ) {
        self.since = since
        self.until = until
        self.unknownEnd = unknownEnd
        self.sinceAssessment = sinceAssessment
        self.untilAssessment = untilAssessment
    }

    /// Whether the interval is always valid (no bounds, not ended).
    public var isUnbounded: Bool { since == nil && until == nil && unknownEnd == nil }

    /// Whether `date` falls inside the interval. A partial `date` is taken
    /// at its first day (`2015` asks about 2015-01-01). An unknown end
    /// counts as possibly valid (see `presence(_:bound:)` for the
    /// three-valued answer).
    public func contains(_ date: PartialDate) -> Bool {
        presence(.date(date)) != .absent
    }
}

private func zeroPadded(_ n: Int, width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
