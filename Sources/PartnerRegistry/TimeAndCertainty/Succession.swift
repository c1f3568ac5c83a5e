/// One entity taking another's place: a group or organisation that
/// replaced another (`replaces`, `succeeded-by`), or a document that
/// revises or supersedes another. The one successor model under the file's
/// several keys.
public struct Succession: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// `replaces` / `succeeded-by` between organisations or groups.
        case replaces
        /// A document's `revises`.
        case revises
        /// A document's `supersedes`.
        case supersedes
    }

    public var predecessor: EntityReference
    public var successor: EntityReference
    public var kind: Kind

    public init(predecessor: EntityReference, successor: EntityReference, kind: Kind) {
        self.predecessor = predecessor
        self.successor = successor
        self.kind = kind
    }
}

extension Registry {
    /// Every succession the registry states, each once, in file order of
    /// the entity that states it (organisations, groups, documents).
    public var successions: [Succession] {
        var out: [Succession] = []
        var seen = Set<Succession>()
        func add(_ s: Succession) { if seen.insert(s).inserted { out.append(s) } }
        for o in organisations {
            for p in o.replaces { add(Succession(predecessor: .organisation(p), successor: .organisation(o.id), kind: .replaces)) }
            for s in o.succeededBy { add(Succession(predecessor: .organisation(o.id), successor: .organisation(s), kind: .replaces)) }
        }
        for g in groups {
            for p in g.replaces { add(Succession(predecessor: .group(p), successor: .group(g.id), kind: .replaces)) }
            for s in g.succeededBy { add(Succession(predecessor: .group(g.id), successor: .group(s), kind: .replaces)) }
        }
        for d in documents {
            for p in d.revises { add(Succession(predecessor: .document(p), successor: .document(d.id), kind: .revises)) }
            for p in d.supersedes { add(Succession(predecessor: .document(p), successor: .document(d.id), kind: .supersedes)) }
        }
        return out
    }
}
