/// Where an entity or a membership stands in time, as the registry last
/// describes it.
///
/// - `current`: not ended (it may have a start);
/// - `ended(on:)`: ended on a known, possibly partial, date (`until`);
/// - `endedAtUnknownDate(before:)`: ended on a date the source does not
///   give (the seed's "tidigare", formerly), absent from `before` on when
///   a bound is known.
public enum Lifecycle: Hashable, Sendable {
    case current
    case ended(on: PartialDate)
    case endedAtUnknownDate(before: PartialDate?)

    /// Whether the entity has ended, on a known date or not.
    public var hasEnded: Bool { self != .current }
}

/// The date a view describes.
///
/// **`now` means "not ended"**, as the registry last describes things, not
/// the calendar date, so that the same file always gives the same answer.
/// `date` includes what existed on that date (an undated entity exists at
/// every date). `allTime` is the timeless union of everything the registry
/// ever held.
public enum AsOf: Hashable, Sendable, Codable, CustomStringConvertible {
    case now
    case date(PartialDate)
    case allTime

    /// Parses `now`, `all-time` or a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    public init?(_ text: String) {
        switch text.lowercased() {
        case "now": self = .now
        case "all-time", "alltime": self = .allTime
        default:
            guard let date = PartialDate(text) else { return nil }
            self = .date(date)
        }
    }

    /// "now", "all time" or the date.
    public var description: String {
        switch self {
        case .now: "now"
        case let .date(d): d.description
        case .allTime: "all time"
        }
    }

    /// The date, when the view is of one date.
    public var date: PartialDate? {
        if case let .date(d) = self { return d }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let value = AsOf(text == "all time" ? "all-time" : text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "'\(text)' is not now, all-time or a date")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(self == .allTime ? "all-time" : description)
    }
}

/// Whether something exists in a view.
///
/// `uncertain`: it had begun, and ended at an unknown date before an upper
/// bound later than the view's date, so it may or may not have existed on
/// that date. Views keep it and mark it.
public enum Presence: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case present, uncertain, absent

    public static func < (a: Presence, b: Presence) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .present: 0
        case .uncertain: 1
        case .absent: 2
        }
    }
}

extension Validity {
    /// The interval's lifecycle, without bounds taken from sources.
    public var lifecycle: Lifecycle {
        if let until { return .ended(on: until) }
        if let unknownEnd { return .endedAtUnknownDate(before: unknownEnd.before) }
        return .current
    }

    /// Whether the interval has ended (known date or not).
    public var hasEnded: Bool { lifecycle.hasEnded }

    /// Presence on `asOf`. `bound` is the upper bound of an unknown end
    /// that the file does not give itself (the latest date the citing
    /// sources describe): a source that calls something former describes
    /// a date somewhere in that period, so the end stays uncertain to the
    /// period's last day. The interval's own `before` (the first date on
    /// which it is surely gone) wins over it.
    /// `describedFrom` is the earliest date the citing sources describe:
    /// a fact without `since` is certainly there from that date on and
    /// only possibly before it, since nothing says when it began.
    ///
    /// - `now`: absent when ended, else present.
    /// - a date: absent before `since` (taken at its first day) and after
    ///   `until` (taken at its last day); for an unknown end, absent from
    ///   `before` on, or after the bound's last day, uncertain until then
    ///   (or always, with neither).
    ///   Without `since`, uncertain before `describedFrom` (its first day);
    ///   with neither, present from the beginning.
    /// - `allTime`: present.
    public func presence(_ asOf: AsOf, bound: PartialDate? = nil, describedFrom: PartialDate? = nil) -> Presence {
        switch asOf {
        case .allTime:
            return .present
        case .now:
            return hasEnded ? .absent : .present
        case let .date(date):
            if let since, date.firstDay < since.firstDay { return .absent }
            if let until, date.firstDay > until.lastDay { return .absent }
            let begun: Presence =
                if since == nil, let from = describedFrom, date.firstDay < from.firstDay { .uncertain } else { .present }
            guard let unknownEnd, until == nil else { return begun }
            if let before = unknownEnd.before {
                if date.firstDay >= before.firstDay { return .absent }
            } else if let bound, date.firstDay > bound.lastDay {
                return .absent
            }
            return .uncertain
        }
    }
}

/// An end the source does not date: the entity is former, and `before`
/// (when known) is the first date on which it is surely gone.
public struct UnknownEnd: Hashable, Sendable, Codable {
    public var before: PartialDate?

    public init(before: PartialDate? = nil) { self.before = before }
}
