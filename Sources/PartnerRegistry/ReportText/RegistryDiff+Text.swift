import Foundation

extension RegistryDiff: CustomStringConvertible {
    /// The report as a table, as `samverkan diff` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// One section per kind of change; empty sections are left out.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("Changes from \(from) to \(to)")
        guard hasChanges else { return out + "No changes.\n" }
        func uncertainty(_ fromU: Bool, _ toU: Bool) -> String {
            switch (fromU, toU) {
            case (true, true): " (uncertain on both)"
            case (true, false): " (uncertain on \(from))"
            case (false, true): " (uncertain on \(to))"
            default: ""
            }
        }
        func entities(_ title: String, _ changes: [EntityChange]) {
            guard !changes.isEmpty else { return }
            out += "\n" + style.heading(title)
            var t = TextTable([("Change", .left), ("ID", .left), ("Name", .left), ("Details", .left)])
            for c in changes {
                var details = c.details
                if let p = c.previousID { details.insert("was \(p)", at: 0) }
                if let p = c.previousName { details.insert("was called \(p)", at: 0) }
                t.append([c.kind.rawValue + uncertainty(c.uncertainOnFrom, c.uncertainOnTo), c.id, c.name,
                          details.joined(separator: "; ")])
            }
            out += t.render(style: style)
        }
        entities("Organisations", organisations)
        entities("Groups", groups)
        if !memberships.isEmpty {
            out += "\n" + style.heading("Memberships")
            var t = TextTable([("Change", .left), ("Organisation", .left), ("Group", .left), ("Role", .left), ("Details", .left)])
            for m in memberships {
                t.append([m.kind.rawValue + uncertainty(m.uncertainOnFrom, m.uncertainOnTo), m.organisation, m.group,
                          m.role, m.details.joined(separator: "; ")])
            }
            out += t.render(style: style)
        }
        entities("Initiatives", initiatives)
        entities("Documents", documents)
        if !isolation.isEmpty {
            out += "\n" + style.heading("Partners lost or found")
            var t = TextTable([("Change", .left), ("Organisation", .left), ("Partners", .right)])
            for x in isolation { t.append([x.kind.rawValue, x.name, "\(x.partners)"]) }
            out += t.render(style: style)
        }
        if !pairs.isEmpty {
            let lost = pairs.filter { $0.kind == .lost }.count
            out += "\n" + style.heading(
                "Pairs that lost their last shared group: \(lost); gained a first: \(pairs.count - lost)")
            var t = TextTable([("Change", .left), ("Organisation", .left), ("Organisation", .left), ("Groups", .left)])
            let shown = 20
            for p in pairs.prefix(shown) {
                t.append([p.kind.rawValue, p.firstName, p.secondName, p.groups.joined(separator: ", ")])
            }
            out += t.render(style: style)
            if pairs.count > shown { out += "(\(pairs.count - shown) more; --format csv or json lists every pair)\n" }
        }
        if !rankMoves.isEmpty {
            out += "\n" + style.heading("Largest rank moves (organisation network)")
            var t = TextTable([("Measure", .left), ("Organisation", .left), ("Rank", .right), ("Move", .right)])
            for m in rankMoves {
                t.append([m.measure, m.name, "\(m.rankFrom) → \(m.rankTo)", m.places > 0 ? "+\(m.places)" : "\(m.places)"])
            }
            out += t.render(style: style)
        }
        if !brokers.isEmpty {
            out += "\n" + style.heading("Cut vertices")
            var t = TextTable([("Change", .left), ("Type", .left), ("Name", .left)])
            for b in brokers { t.append([b.kind.rawValue, b.type, b.name]) }
            out += t.render(style: style)
        }
        return out
    }
}
