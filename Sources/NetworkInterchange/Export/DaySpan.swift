import PartnerRegistry

/// A closed interval of calendar days, either end open (`nil`): the
/// stretch of time an entity or a tie exists in a registry view.
///
/// Days are counted from 1970-01-01 in the proleptic Gregorian calendar
/// (`DaySpan.day(year:month:day:)`), so intervals intersect and merge by
/// integer comparison.
struct DaySpan: Hashable, Sendable {
    var start: Int?
    var end: Int?

    static let always = DaySpan(start: nil, end: nil)

    /// Whether the span holds no day.
    var isEmpty: Bool {
        if let start, let end { return start > end }
        return false
    }

    func intersection(_ other: DaySpan) -> DaySpan {
        let s: Int? = switch (start, other.start) {
        case let (a?, b?): max(a, b)
        case let (a, b): a ?? b
        }
        let e: Int? = switch (end, other.end) {
        case let (a?, b?): min(a, b)
        case let (a, b): a ?? b
        }
        return DaySpan(start: s, end: e)
    }

    /// Days since 1970-01-01 of a civil date (Hinnant's `days_from_civil`).
    static func day(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day count, as `YYYY-MM-DD` (Hinnant's `civil_from_days`).
    static func text(_ z: Int) -> String {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    static func first(_ date: PartialDate) -> Int {
        let (y, m, d) = date.firstDay
        return day(year: y, month: m, day: d)
    }

    static func last(_ date: PartialDate) -> Int {
        let (y, m, d) = date.lastDay
        return day(year: y, month: m, day: d)
    }

    /// Sorts spans and merges those that overlap or touch.
    static func union(_ spans: [DaySpan]) -> [DaySpan] {
        let kept = spans.filter { !$0.isEmpty }
        if kept.contains(where: { $0.start == nil && $0.end == nil }) { return [.always] }
        let sorted = kept.sorted { ($0.start ?? .min) < ($1.start ?? .min) }
        var out: [DaySpan] = []
        for s in sorted {
            if var last = out.last {
                let lastEnd = last.end ?? .max
                if (s.start ?? .min) <= (lastEnd == .max ? .max : lastEnd + 1) {
                    if lastEnd != .max { last.end = s.end.map { max($0, lastEnd) } }
                    out[out.count - 1] = last
                    continue
                }
            }
            out.append(s)
        }
        return out
    }
}

extension Registry {
    /// The days on which an entity or a fact with `validity` and these
    /// citations is in a dated view (`Validity.presence(_:bound:)` not
    /// absent), before its organisation, group or successor is taken into
    /// account: from the first day of `since` to the last day of `until`;
    /// with an unknown end, to the day before its `before`, or else to the
    /// last day of the latest period the cited sources describe; open when
    /// neither is known.
    func lifetime(_ validity: Validity, _ citations: [Citation]) -> DaySpan {
        var span = DaySpan(start: validity.since.map(DaySpan.first), end: validity.until.map(DaySpan.last))
        if validity.until == nil, let unknownEnd = validity.unknownEnd {
            if let before = unknownEnd.before {
                span.end = DaySpan.first(before) - 1
            } else if let bound = citations.compactMap({ source($0.source)?.describes }).max() {
                span.end = DaySpan.last(bound)
            }
        }
        return span
    }
}
