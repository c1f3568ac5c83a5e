extension Registry {
    /// The registry as seen through `scope`: what exists on its date,
    /// restricted to facts of the certainty it admits, with what exists
    /// only possibly marked in `uncertain`.
    ///
    /// - Entities, memberships and initiatives:
    ///   `Validity.presence(_:bound:describedFrom:)`, where the bound of an
    ///   unknown end is the latest date the cited sources describe, and a
    ///   fact without `since` is only possibly there before the earliest
    ///   date they describe. An entity with a successor (`succeeded-by`, or
    ///   named by another's `replaces`) counts as ended when the successor
    ///   begins: absent from the successor's `since` on, and ended at an
    ///   unknown date when the successor has no `since`.
    /// - A membership is no more present than its organisation and its
    ///   group; conveners, participants, funders and `part-of` follow the
    ///   entities kept.
    /// - Documents are in force from their `since` until a kept document
    ///   that revises or supersedes them takes over (at its `since`) or
    ///   until their `ended`.
    /// - Facts whose certainty `scope.certainty` does not admit are left
    ///   out, and what hangs on them with them.
    ///
    /// Locations follow the kept entities.
    ///
    /// - Complexity: O(V + M + R) for V entities, M memberships and R
    ///   relations.
    public func view(_ scope: RegistryScope) -> Registry {
        if scope == .allTime { return self }
        if scope == .now, !hasEndedOrSucceeded {
            // Nothing has ended and every fact counts: now is the whole file,
            // without copying it (a million CSV memberships stay as loaded).
            var same = self
            same.scope = scope
            return same
        }
        let asOf = scope.asOf
        let admits = scope.certainty

        func bound(_ citations: [Citation]) -> PartialDate? {
            citations.compactMap { source($0.source)?.describes }.max()
        }
        func from(_ citations: [Citation]) -> PartialDate? {
            citations.compactMap { source($0.source)?.describes }.min()
        }
        // What successors imply for their predecessors on the view's date:
        // gone from a successor's start on, ended at an unknown date when
        // the successor is undated.
        var succession: [EntityReference: Presence] = [:]
        for step in successions where step.kind == .replaces {
            let start: PartialDate?? = switch step.successor {
            case let .organisation(id): organisation(id).map(\.validity.since)
            case let .group(id): group(id).map(\.validity.since)
            default: nil
            }
            guard case let .some(since) = start else { continue }
            var p = succession[step.predecessor] ?? .present
            switch asOf {
            case .allTime: break
            case .now: p = .absent
            case let .date(d):
                if let since {
                    if d.firstDay >= since.firstDay { p = .absent }
                } else {
                    p = max(p, .uncertain)
                }
            }
            succession[step.predecessor] = p
        }

        var orgPresence = [Presence](repeating: .absent, count: organisations.count)
        for (i, o) in organisations.enumerated() where admits.admits(certainty(of: o)) {
            orgPresence[i] = max(
                o.validity.presence(asOf, bound: bound(o.sources), describedFrom: from(o.sources)), succession[.organisation(o.id)] ?? .present)
        }
        var groupPresence = [Presence](repeating: .absent, count: groups.count)
        for (j, g) in groups.enumerated() where admits.admits(certainty(of: g)) {
            groupPresence[j] = max(
                g.validity.presence(asOf, bound: bound(g.sources), describedFrom: from(g.sources)), succession[.group(g.id)] ?? .present)
        }

        var membershipPresence = [Presence](repeating: .absent, count: memberships.count)
        for (i, m) in memberships.enumerated() where admits.admits(certainty(of: m)) {
            membershipPresence[i] = m.validity.presence(asOf, bound: bound(m.sources), describedFrom: from(m.sources))
        }
        let initiativePresence = initiatives.map {
            admits.admits(self.certainty(of: $0))
                ? $0.validity.presence(asOf, bound: bound($0.sources), describedFrom: from($0.sources)) : .absent
        }
        return restricted(
            to: scope, organisations: orgPresence, groups: groupPresence, memberships: membershipPresence,
            initiatives: initiativePresence,
            documents: documentPresences(asOf: asOf, admits: admits, bound: bound, describedFrom: from))
    }

    /// The registry restricted to what `organisations`, `groups`,
    /// `memberships`, `initiatives` and `documents` (one presence per
    /// entity, in file order) keep, seen through `scope`: what is absent is
    /// left out, what is uncertain kept and marked; a membership is no more
    /// present than its organisation and its group; conveners,
    /// participants, funders, `part-of`, successors, adoptions and document
    /// relations follow the entities kept and the certainty `scope` admits.
    private func restricted(
        to scope: RegistryScope, organisations orgPresence: [Presence], groups groupPresence: [Presence],
        memberships membershipPresence: [Presence], initiatives initiativePresence: [Presence],
        documents documentPresence: [Presence]
    ) -> Registry {
        let admits = scope.certainty
        var marks = UncertainPresence()
        func keep<T>(_ items: [T], _ positions: [TextPosition], _ presence: [Presence]) -> (
            [T], [TextPosition], [Int32], [Bool]
        ) {
            var kept: [T] = [], keptPositions: [TextPosition] = [], uncertain: [Bool] = []
            var newIndex = [Int32](repeating: -1, count: items.count)
            for (i, item) in items.enumerated() {
                let p = presence[i]
                guard p != .absent else { continue }
                newIndex[i] = Int32(kept.count)
                kept.append(item)
                uncertain.append(p == .uncertain)
                if positions.indices.contains(i) { keptPositions.append(positions[i]) }
            }
            return (kept, keptPositions.count == kept.count ? keptPositions : [], newIndex, uncertain)
        }

        let (orgs, orgPositions, orgMap, orgUncertain) = keep(organisations, locations.organisations, orgPresence)
        var (grps, groupPositions, groupMap, groupUncertain) = keep(groups, locations.groups, groupPresence)
        for (o, u) in zip(orgs, orgUncertain) where u { marks.organisations.insert(o.id) }
        for (g, u) in zip(grps, groupUncertain) where u { marks.groups.insert(g.id) }
        let orgIDs = Set(orgs.map(\.id))
        let groupIDs = Set(grps.map(\.id))
        for i in grps.indices {
            let g = grps[i]
            grps[i].conveners.removeAll { !orgIDs.contains($0) || !admits.admits(certainty(convener: $0, of: g)) }
            if let p = g.partOf, !groupIDs.contains(p) { grps[i].partOf = nil }
            grps[i].replaces.removeAll { !groupIDs.contains($0) }
            grps[i].succeededBy.removeAll { !groupIDs.contains($0) }
        }

        var mems: [Membership] = [], memPositions: [TextPosition] = [], endpoints: [MembershipEndpoints] = []
        for (i, m) in memberships.enumerated() {
            let e = membershipEndpoints[i]
            guard e.organisation >= 0, e.group >= 0 else { continue }
            let o = orgMap[Int(e.organisation)], g = groupMap[Int(e.group)]
            guard o >= 0, g >= 0 else { continue }
            let p = max(membershipPresence[i], orgPresence[Int(e.organisation)], groupPresence[Int(e.group)])
            guard p != .absent else { continue }
            if p == .uncertain { marks.memberships.insert(mems.count) }
            mems.append(m)
            endpoints.append(MembershipEndpoints(organisation: o, group: g))
            if locations.memberships.indices.contains(i) { memPositions.append(locations.memberships[i]) }
        }

        var (inits, initPositions, _, initUncertain) = keep(initiatives, locations.initiatives, initiativePresence)
        for (x, u) in zip(inits, initUncertain) where u { marks.initiatives.insert(x.id) }
        var (docs, docPositions, _, docUncertain) = keep(documents, locations.documents, documentPresence)
        for (d, u) in zip(docs, docUncertain) where u { marks.documents.insert(d.id) }
        let docIDs = Set(docs.map(\.id))
        for i in inits.indices {
            inits[i].participants.removeAll { !orgIDs.contains($0.organisation) || !admits.admits(certainty(of: $0)) }
            inits[i].funders.removeAll { !orgIDs.contains($0) }
            if let g = inits[i].group, !groupIDs.contains(g) { inits[i].group = nil }
            inits[i].leadsTo.removeAll { !docIDs.contains($0) }
        }
        for i in docs.indices {
            let d = docs[i]
            let keepRelation = { (other: DocumentID) in
                docIDs.contains(other) && admits.admits(self.certainty(relationTo: other, of: d))
            }
            docs[i].basedOn.removeAll { !keepRelation($0) }
            docs[i].revises.removeAll { !keepRelation($0) }
            docs[i].supersedes.removeAll { !keepRelation($0) }
            docs[i].adoptedBy.removeAll {
                let kept = switch $0 {
                case let .organisation(o): orgIDs.contains(o)
                case let .group(g): groupIDs.contains(g)
                }
                return !kept || !admits.admits(self.certainty(adoption: $0, of: d))
            }
        }
        for i in grps.indices { grps[i].basedOn.removeAll { !docIDs.contains($0) } }

        let newLocations = RegistryLocations(
            file: locations.file, organisations: orgPositions, groups: groupPositions,
            memberships: memPositions.count == mems.count ? memPositions : [], initiatives: initPositions,
            documents: docPositions, sources: locations.sources, rules: locations.rules)
        var result = Registry(
            title: title, organisations: orgs, groups: grps, memberships: mems, initiatives: inits,
            documents: docs, sources: sources, rules: rules, locations: newLocations, endpoints: endpoints)
        result.language = language
        result.scope = scope
        result.uncertain = marks
        return result
    }

    /// Whether each document is in force on `asOf`.
    private func documentPresences(
        asOf: AsOf, admits: CertaintyFilter, bound: ([Citation]) -> PartialDate?,
        describedFrom: ([Citation]) -> PartialDate?
    ) -> [Presence] {
        var admitted = [Bool](repeating: false, count: documents.count)
        for (i, d) in documents.enumerated() { admitted[i] = admits.admits(certainty(of: d)) }
        // Successors of each document, through admitted relations.
        var successors: [DocumentID: [StrategyDocument]] = [:]
        for (i, d) in documents.enumerated() where admitted[i] {
            for p in d.revises + d.supersedes where admits.admits(certainty(relationTo: p, of: d)) {
                successors[p, default: []].append(d)
            }
        }
        return documents.enumerated().map { i, d in
            guard admitted[i] else { return .absent }
            var p = Presence.present
            switch asOf {
            case .allTime: return .present
            case .now:
                if d.end != nil || successors[d.id] != nil { return .absent }
                return .present
            case let .date(date):
                if let since = d.validity.since, date.firstDay < since.firstDay { return .absent }
                if d.validity.since == nil, let from = describedFrom(d.sources), date.firstDay < from.firstDay {
                    p = .uncertain
                }
                switch d.end {
                case let .on(end): if date.firstDay > end.lastDay { return .absent }
                case let .unknown(before):
                    if let before {
                        if date.firstDay >= before.firstDay { return .absent }
                    } else if let upper = bound(d.sources), date.firstDay > upper.lastDay {
                        return .absent
                    }
                    p = .uncertain
                case nil: break
                }
                for s in successors[d.id] ?? [] {
                    if let since = s.validity.since {
                        if date.firstDay >= since.firstDay { return .absent }
                    } else {
                        p = .uncertain
                    }
                }
                return p
            }
        }
    }
}

extension Registry {
    /// The sure network of a view: what it holds minus what it marks as
    /// only possibly there (`uncertain`): those entities, the memberships
    /// that are uncertain themselves or through either end, and what hangs
    /// on the entities left out (conveners, participants, `part-of`,
    /// adoptions, document relations). The result marks nothing uncertain.
    /// A registry with nothing uncertain is returned as it is.
    ///
    /// - Complexity: O(V + M + R) for V entities, M memberships and R
    ///   relations.
    public func removingUncertain() -> Registry {
        guard !uncertain.isEmpty else { return self }
        let marks = uncertain
        func presence(_ uncertain: Bool) -> Presence { uncertain ? .absent : .present }
        var sure = restricted(
            to: RegistryScope(asOf: .allTime),
            organisations: organisations.map { presence(marks.organisations.contains($0.id)) },
            groups: groups.map { presence(marks.groups.contains($0.id)) },
            memberships: memberships.indices.map { presence(marks.memberships.contains($0)) },
            initiatives: initiatives.map { presence(marks.initiatives.contains($0.id)) },
            documents: documents.map { presence(marks.documents.contains($0.id)) })
        sure.scope = scope
        return sure
    }
}

extension Registry {
    /// Whether anything in the registry has ended or been succeeded, so
    /// that "now" differs from the whole file. O(V + M), no allocation.
    var hasEndedOrSucceeded: Bool {
        organisations.contains { $0.validity.hasEnded || !$0.succeededBy.isEmpty || !$0.replaces.isEmpty }
            || groups.contains { $0.validity.hasEnded || !$0.succeededBy.isEmpty || !$0.replaces.isEmpty }
            || memberships.contains { $0.validity.hasEnded }
            || initiatives.contains { $0.validity.hasEnded }
            || documents.contains { $0.end != nil || !$0.revises.isEmpty || !$0.supersedes.isEmpty }
    }
}
