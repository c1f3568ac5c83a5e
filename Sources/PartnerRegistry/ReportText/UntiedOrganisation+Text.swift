extension UntiedOrganisation: CustomStringConvertible {
    /// One sentence: "Umeå kommun has no ties kept by --certainty inferred
    /// as of 2010 (its only tie is external)."; "Turistföretagen i länet has
    /// no ties now (its only tie is in VästerbottensTurisms Strategigrupp,
    /// which has ended on a date the sources do not give)."
    public var description: String {
        let kept = scope.certainty == .all ? "" : " kept by --certainty \(scope.certainty.rawValue)"
        let when = scope.asOf == .now ? "now" : scope.asOf == .allTime ? "at any time" : "as of \(scope.asOf)"
        let why: String
        switch leftOut.count {
        case 0: why = "the registry lists no membership of it"
        case 1: why = "its only tie " + leftOut[0].text
        default:
            // Ties left out for the same reason are counted together, in
            // the order first met; a tie in an absent group names it.
            var order: [String] = []
            var counts: [String: (count: Int, first: String)] = [:]
            for t in leftOut {
                let phrase: String
                if case let .groupAbsent(r) = t.reason { phrase = "the one in \(t.group.name), which \(r.text)" } else { phrase = t.reason.text }
                if let seen = counts[phrase] {
                    counts[phrase] = (seen.count + 1, seen.first)
                } else {
                    order.append(phrase)
                    counts[phrase] = (1, t.group.name)
                }
            }
            why = "its \(leftOut.count) ties: " + order.map { phrase in
                let (count, first) = counts[phrase]!
                if phrase.hasPrefix("the one in ") { return phrase }
                return count == 1 ? "the one in \(first) \(phrase)" : "\(count) \(phrase.plural)"
            }.joined(separator: "; ")
        }
        return "\(organisation.name) has no ties\(kept) \(when) (\(why))."
    }
}

extension LeftOutTie {
    /// "is external", "is in G, which ended 2009", "begins 2012".
    var text: String {
        if case let .groupAbsent(r) = reason { return "is in \(group.name), which \(r.text)" }
        return reason.text
    }
}

extension LeftOutTie.Reason {
    /// The reason as a verb phrase about one tie: "is external", "begins 2012".
    var text: String {
        switch self {
        case let .certainty(c): "is \(c.rawValue)"
        case let .notYetBegun(d): "begins \(d)"
        case let .ended(d): "ended \(d)"
        case .endedOnAnUnknownDate: "has ended on a date the sources do not give"
        case let .groupAbsent(r): "is in a group that \(r.text)"
        case .filtered: "is left out by the command's filters"
        }
    }
}

private extension String {
    /// The phrase about several ties: "is external" → "are external",
    /// "begins 2012" → "begin 2012".
    var plural: String {
        for (one, many) in [("is ", "are "), ("begins ", "begin "), ("has ", "have ")] where hasPrefix(one) {
            return many + dropFirst(one.count)
        }
        return self
    }
}
