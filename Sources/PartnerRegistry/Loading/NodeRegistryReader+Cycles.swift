import NetworkAnalysis

extension NodeRegistryReader {
    /// One link of a relation whose cycles are errors: `from` names `to`
    /// under `key`, written at `position`.
    struct Link {
        var from: String
        var to: String
        var key: String
        var position: TextPosition
    }

    /// Reports groups that are part of themselves through `part-of`, and
    /// documents that revise, supersede or build on themselves (directly or
    /// through others).
    ///
    /// Document lineage is one relation: `revises`, `supersedes` and
    /// `based-on` all point from a later document to an earlier one, so a
    /// circle mixing them is as impossible as one of a single key.
    ///
    /// - Complexity: O(G + D + L) for G groups, D documents and L links, plus
    ///   the length of the cycles reported.
    mutating func checkCycles() {
        var at: [String: TextPosition] = [:]
        for ref in references where ref.expected == .group || ref.expected == .document {
            at[ref.place + "\u{0}" + ref.raw] = at[ref.place + "\u{0}" + ref.raw] ?? ref.position
        }
        func link(_ type: EntityType, _ from: String, _ to: String, _ key: String, _ fallback: TextPosition) -> Link {
            let place = "'\(key)' of " + Self.describe(type, id: from, index: 0)
            return Link(from: from, to: to, key: key, position: at[place + "\u{0}" + to] ?? fallback)
        }
        var partOf: [Link] = []
        for (i, g) in groups.enumerated() {
            guard let parent = g.partOf else { continue }
            partOf.append(link(.group, g.id.rawValue, parent.rawValue, "part-of", positions.groups[i]))
        }
        reportCycles(partOf, type: .group)
        var lineage: [Link] = []
        for (i, d) in documents.enumerated() {
            let id = d.id.rawValue, entry = positions.documents[i]
            for r in d.revises { lineage.append(link(.document, id, r.rawValue, "revises", entry)) }
            for s in d.supersedes { lineage.append(link(.document, id, s.rawValue, "supersedes", entry)) }
            for b in d.basedOn { lineage.append(link(.document, id, b.rawValue, "based-on", entry)) }
        }
        reportCycles(lineage, type: .document)
    }

    /// One error per cycle of `links`, at the link that closes it.
    private mutating func reportCycles(_ links: [Link], type: EntityType) {
        let cycles = DirectedCycles.find(edges: links.map { ($0.from, $0.to) }, limit: 100)
        guard !cycles.isEmpty else { return }
        var next: [String: [String: String]] = [:]
        for l in links where next[l.from]?[l.to] == nil { next[l.from, default: [:]][l.to] = l.key }
        for (keys, closing) in cycles {
            let last = links[closing]
            let remove = "remove '\(last.key): \(last.to)' from \(type.noun) '\(last.from)'"
            if keys.count == 1 {
                let verb = last.key == "part-of" ? "is part of" : last.key == "based-on" ? "is based on" : last.key
                diag.error(.referenceCycle, at: last.position, "\(type.noun) '\(last.from)' \(verb) itself",
                           hint: type == .group ? "name the larger group it belongs to, or remove 'part-of'"
                               : "a document can only revise, supersede or build on another, earlier one; \(remove)")
                continue
            }
            // The keys along the cycle: one name when they agree.
            var used: [String] = []
            for (k, from) in keys.enumerated() {
                let to = keys[(k + 1) % keys.count]
                if let key = next[from]?[to], !used.contains(key) { used.append(key) }
            }
            let names = used.map { "'\($0)'" }
            let subject = names.count == 1 ? "\(names[0]) goes" : names.joined(separator: " and ") + " go"
            diag.error(.referenceCycle, at: last.position,
                       "\(subject) round in a circle: \((keys + [keys[0]]).joined(separator: " → "))",
                       hint: type == .group ? "remove 'part-of' from one of these groups, e.g. \(remove)"
                           : "a document can only revise, supersede or build on earlier ones; \(remove)")
        }
    }
}
