import Yams

extension NodeRegistryReader {
    static let sourceKeys = ["id", "title", "publisher", "url", "file", "kind", "describes"]
    static let organisationKeys = [
        "id", "name", "kind", "aliases", "level", "url", "since", "until", "attributes", "source", "certainty", "reason",
        "replaces", "succeeded-by",
    ]
    static let groupKeys = [
        "id", "name", "kind", "aliases", "level", "url", "since", "until", "convener", "part-of", "based-on",
        "attributes", "source", "members", "certainty", "reason", "replaces", "succeeded-by", "member-list",
    ]
    static let memberKeys = ["organisation", "role", "mandate", "since", "until", "source", "certainty", "reason"]
    static let membershipKeys = [
        "organisation", "group", "role", "mandate", "since", "until", "source", "certainty", "reason",
    ]
    static let initiativeKeys = [
        "id", "name", "kind", "aliases", "level", "url", "since", "until", "group", "funded-by", "participants",
        "attributes", "source", "certainty", "reason", "leads-to",
    ]
    static let participantKeys = ["organisation", "role", "source", "certainty", "reason", "count"]
    static let documentKeys = [
        "id", "name", "kind", "aliases", "level", "url", "since", "until", "revises", "based-on", "supersedes",
        "adopted-by", "attributes", "source", "certainty", "reason", "ended",
    ]

    /// The text of a scalar, without diagnostics (for hints).
    static func peek(_ node: Node?) -> String? {
        guard let node, case let .scalar(s) = node, !isNull(node) else { return nil }
        return s.string
    }

    mutating func note(_ type: EntityType, id: String?, names: [String?]) {
        guard let id else { return }
        self.names[type, default: []].append((id, names.compactMap { $0 }))
    }

    // MARK: Sources

    mutating func readSource(_ node: Node) {
        guard let f = fields(node, allowed: Self.sourceKeys, what: "a source") else { return }
        let id = declare(.source, f, name: Self.peek(f["title"]))
        let what = Self.describe(.source, id: id, index: sources.count)
        let title = requiredName(f, key: "title", of: what)
        let publisher = f["publisher"].flatMap { string($0, key: "publisher", of: what) }
        let url = f["url"].flatMap { string($0, key: "url", of: what) }
        let file = f["file"].flatMap { string($0, key: "file", of: what) }
        let (kind, describes) = sourceKind(f, of: what)
        note(.source, id: id, names: [title])
        guard let id, let title else { return }
        sources.append(Source(
            id: SourceID(id), title: title, publisher: publisher, url: url, file: file, kind: kind, describes: describes))
        positions.sources.append(f.position)
    }

    // MARK: Organisations and groups

    /// The fields an organisation and a group share, read once for both,
    /// in the file's order: `between` reads the entity's own fields that
    /// come after the dates (a group's conveners, `part-of`, `based-on`).
    /// Nil when the ID, name or kind is missing or wrong.
    mutating func readCore<E: RegistryEntity>(
        _ f: Fields, _ type: EntityType, index: Int, noun: String, as _: E.Type,
        between: (inout Self, _ id: String?, _ what: String) -> Void = { _, _, _ in }
    ) -> EntityCore<E.Tag, E.Kind>? {
        let id = declare(type, f, name: Self.peek(f["name"]))
        let what = Self.describe(type, id: id, index: index)
        let name = requiredName(f, of: what)
        let kind = requiredKind(f, of: what, as: E.Kind.self)
        let aliases = strings(f["aliases"], key: "aliases", of: what).map(\.0.canonicalComposition)
        let level = f["level"].flatMap { term($0, key: "level", of: what, as: GeographicLevel.self) }
        let url = f["url"].flatMap { string($0, key: "url", of: what) }
        let validity = lifecycleValidity(f, of: what)
        between(&self, id, what)
        let attributes = attributes(f["attributes"], of: what)
        let sources = citations(f["source"], of: what)
        let assessment = assessment(f, of: what)
        // `replaces` may name an ID the file no longer holds (a rename
        // across versions of the file); `succeeded-by` must resolve.
        let replaces = strings(f["replaces"], key: "replaces", of: what).map(\.0)
        let successors = refer(type, f["succeeded-by"], key: "succeeded-by", of: what, place: "'succeeded-by' of \(what)")
        note(type, id: id, names: [name] + aliases)
        guard let id, let name, let kind else { return nil }
        return EntityCore(
            id: Identifier(id), name: name, kind: kind, aliases: aliases, level: level, url: url, validity: validity,
            attributes: attributes, sources: sources, assessment: assessment,
            replaces: replaces.map { Identifier($0) }, succeededBy: successors.map { Identifier($0) })
    }

    mutating func readOrganisation(_ node: Node) {
        guard let f = fields(node, allowed: Self.organisationKeys, what: "an organisation") else { return }
        guard let core = readCore(
            f, .organisation, index: organisations.count, noun: "organisation kind", as: Organisation.self)
        else { return }
        organisations.append(Organisation(core: core))
        positions.organisations.append(f.position)
    }

    mutating func readGroup(_ node: Node) {
        guard let f = fields(node, allowed: Self.groupKeys, what: "a group") else { return }
        var conveners: [String] = [], convenerAssessments: [String: Assessment] = [:]
        var partOf: String?, basedOn: [String] = [], groupID: String?, groupWhat = ""
        let core = readCore(f, .group, index: groups.count, noun: "group kind", as: Group.self) { r, id, what in
            (groupID, groupWhat) = (id, what)
            (conveners, convenerAssessments) = r.assessedReferences(
                .organisation, f["convener"], key: "convener", itemKey: "organisation", of: what,
                place: "the conveners of \(what)")
            if let node = f["part-of"], let parent = r.string(node, key: "part-of", of: what) {
                if parent == id {
                    r.diag.error(.wrongReferenceType, at: r.position(node), "\(what) is part of itself",
                                 hint: "name the larger group it belongs to, or remove 'part-of'")
                } else {
                    r.refer(.group, [(parent, r.position(node))], place: "'part-of' of \(what)")
                    partOf = parent
                }
            }
            basedOn = r.refer(.document, f["based-on"], key: "based-on", of: what, place: "'based-on' of \(what)")
        }
        let memberList = f["member-list"].flatMap { readMemberList($0, of: groupWhat) }
        let membersPlace = "the members of \(groupWhat)"
        for item in list(f["members"], what: "members of \(groupWhat)") {
            readMembership(item, group: groupID, inSection: false, place: membersPlace)
        }
        guard let core else { return }
        groups.append(Group(
            core: core, conveners: conveners.map { OrganisationID($0) }, partOf: partOf.map { GroupID($0) },
            basedOn: basedOn.map { DocumentID($0) },
            convenerAssessments: Dictionary(
                convenerAssessments.map { (OrganisationID($0.key), $0.value) }, uniquingKeysWith: { a, _ in a }),
            memberList: memberList))
        positions.groups.append(f.position)
    }

    /// `member-list: partial` (or `complete`), or the long form
    /// `{extent: partial, reason: …, source: …}` citing the words that show it.
    mutating func readMemberList(_ node: Node, of what: String) -> MemberList? {
        if case .mapping = node {
            guard let f = fields(node, allowed: ["extent", "reason", "source"], what: "'member-list' of \(what)")
            else { return nil }
            guard let extentNode = f["extent"] else {
                diag.error(.missingKey, at: f.position, "'member-list' of \(what) has no 'extent'",
                           hint: "write extent: partial (or complete)")
                return nil
            }
            guard let extent = enumValue(extentNode, key: "extent", of: what, noun: "member-list extent", as: MemberList.Extent.self)
            else { return nil }
            let reason = f["reason"].flatMap { string($0, key: "reason", of: what) }
            return MemberList(extent, reason: reason, sources: citations(f["source"], of: what))
        }
        return enumValue(node, key: "member-list", of: what, noun: "member-list extent", as: MemberList.Extent.self)
            .map { MemberList($0) }
    }

    /// A membership, short (`- visit-umea`) or long form. `group` is the
    /// enclosing group's ID (nil when it has none); `inSection` is true in
    /// the `memberships` section, where each entry names its group.
    mutating func readMembership(_ node: Node, group: String?, inSection: Bool, place: String) {
        let what = inSection ? "an entry of 'memberships'" : "an entry of \(place)"
        if case .scalar = node, !inSection {
            guard let org = string(node, key: "members", of: place) else { return }
            let pos = position(node)
            refer(.organisation, [(org, pos)], place: place)
            if let group { addMembership(Membership(organisation: OrganisationID(org), group: GroupID(group)), at: pos) }
            return
        }
        guard let f = fields(node, allowed: inSection ? Self.membershipKeys : Self.memberKeys, what: what) else { return }
        var org: String?
        if let n = f["organisation"] {
            org = string(n, key: "organisation", of: what)
            if let org { refer(.organisation, [(org, position(n))], place: place) }
        } else {
            diag.error(.missingKey, at: f.position, "\(what) has no 'organisation'",
                       hint: "add 'organisation: <organisation ID>'")
        }
        var groupID = group
        if inSection {
            if let n = f["group"] {
                groupID = string(n, key: "group", of: what)
                if let g = groupID { refer(.group, [(g, position(n))], place: place) }
            } else {
                diag.error(.missingKey, at: f.position, "\(what) has no 'group'", hint: "add 'group: <group ID>'")
            }
        }
        let described = org.map { "the membership of '\($0)'" + (groupID.map { " in '\($0)'" } ?? "") } ?? what
        let role = f["role"].flatMap { term($0, key: "role", of: described, as: Role.self) }
        let mandate = f["mandate"].flatMap { boolean($0, key: "mandate", of: described) }
        let validity = lifecycleValidity(f, of: described)
        let sources = citations(f["source"], of: described)
        let assessment = assessment(f, of: described)
        guard let org, let groupID else { return }
        addMembership(
            Membership(
                organisation: OrganisationID(org), group: GroupID(groupID), role: role ?? .member, mandate: mandate,
                validity: validity, sources: sources, assessment: assessment),
            at: f.position)
    }

    private mutating func addMembership(_ membership: Membership, at pos: TextPosition) {
        let key = MembershipKey(
            organisation: membership.organisation.rawValue, group: membership.group.rawValue,
            validity: membership.validity)
        if let first = membershipKeys[key] {
            diag.error(.duplicateMembership, at: pos,
                       "'\(key.organisation)' is listed twice as a member of '\(key.group)' for the same period; first at line \(first.line), column \(first.column)",
                       hint: "remove one of the two, or give them different dates")
            return
        }
        membershipKeys[key] = pos
        memberships.append(membership)
        positions.memberships.append(pos)
    }

    // MARK: Initiatives

    mutating func readInitiative(_ node: Node) {
        guard let f = fields(node, allowed: Self.initiativeKeys, what: "an initiative") else { return }
        let id = declare(.initiative, f, name: Self.peek(f["name"]))
        let what = Self.describe(.initiative, id: id, index: initiatives.count)
        let name = requiredName(f, of: what)
        let kind = f["kind"].flatMap { term($0, key: "kind", of: what, as: InitiativeKind.self) }
        let aliases = strings(f["aliases"], key: "aliases", of: what).map(\.0.canonicalComposition)
        let level = f["level"].flatMap { term($0, key: "level", of: what, as: GeographicLevel.self) }
        let url = f["url"].flatMap { string($0, key: "url", of: what) }
        let validity = lifecycleValidity(f, of: what)
        var group: String?
        if let node = f["group"], let g = string(node, key: "group", of: what) {
            refer(.group, [(g, position(node))], place: "'group' of \(what)")
            group = g
        }
        let funders = refer(.organisation, f["funded-by"], key: "funded-by", of: what, place: "the funders of \(what)")
        var participants: [Participation] = []
        var seen: [String: TextPosition] = [:]
        let place = "the participants of \(what)"
        for item in list(f["participants"], what: place) {
            guard let (p, pos) = participation(item, place: place) else { continue }
            if let first = seen[p.organisation.rawValue] {
                diag.error(.duplicateMembership, at: pos,
                           "'\(p.organisation)' takes part in \(what) twice; first at line \(first.line), column \(first.column)",
                           hint: "remove one of the two")
                continue
            }
            seen[p.organisation.rawValue] = pos
            participants.append(p)
        }
        let attributes = attributes(f["attributes"], of: what)
        let sources = citations(f["source"], of: what)
        let assessment = assessment(f, of: what)
        let leadsTo = refer(.document, f["leads-to"], key: "leads-to", of: what, place: "'leads-to' of \(what)")
        note(.initiative, id: id, names: [name] + aliases)
        guard let id, let name else { return }
        initiatives.append(Initiative(
            id: InitiativeID(id), name: name, kind: kind, aliases: aliases, level: level, url: url, validity: validity,
            participants: participants, funders: funders.map { OrganisationID($0) }, group: group.map { GroupID($0) },
            attributes: attributes, sources: sources, assessment: assessment, leadsTo: leadsTo.map { DocumentID($0) }))
        positions.initiatives.append(f.position)
    }

    private mutating func participation(_ node: Node, place: String) -> (Participation, TextPosition)? {
        let pos = position(node)
        if case .scalar = node {
            guard let org = string(node, key: "participants", of: place) else { return nil }
            refer(.organisation, [(org, pos)], place: place)
            return (Participation(organisation: OrganisationID(org)), pos)
        }
        let what = "a participant in \(place)"
        guard let f = fields(node, allowed: Self.participantKeys, what: what) else { return nil }
        guard let n = f["organisation"] else {
            diag.error(.missingKey, at: f.position, "\(what) has no 'organisation'",
                       hint: "add 'organisation: <organisation ID>'")
            return nil
        }
        guard let org = string(n, key: "organisation", of: what) else { return nil }
        refer(.organisation, [(org, position(n))], place: place)
        let described = "the participation of '\(org)' in \(place.replacingOccurrences(of: "the participants of ", with: ""))"
        let role = f["role"].flatMap {
            term($0, key: "role", of: described, as: ParticipationRole.self)
        }
        let sources = citations(f["source"], of: described)
        let assessment = assessment(f, of: described)
        var count: Int?
        if let n = f["count"], let c = integer(n, key: "count", of: described) {
            if c < 1 {
                diag.error(.wrongType, at: position(n), "'count' of \(described) is \(c)",
                           hint: "give how many of the collective's members take part: a whole number of at least 1")
            } else {
                count = c
            }
        }
        return (
            Participation(
                organisation: OrganisationID(org), role: role ?? .participant, sources: sources, assessment: assessment,
                count: count),
            pos
        )
    }

    // MARK: Documents

    mutating func readDocument(_ node: Node) {
        guard let f = fields(node, allowed: Self.documentKeys, what: "a document") else { return }
        let id = declare(.document, f, name: Self.peek(f["name"]))
        let what = Self.describe(.document, id: id, index: documents.count)
        let name = requiredName(f, of: what)
        let kind = requiredKind(f, of: what, as: DocumentKind.self)
        let aliases = strings(f["aliases"], key: "aliases", of: what).map(\.0.canonicalComposition)
        let level = f["level"].flatMap { term($0, key: "level", of: what, as: GeographicLevel.self) }
        let url = f["url"].flatMap { string($0, key: "url", of: what) }
        let validity = lifecycleValidity(f, of: what)
        let end = documentEnd(f, since: validity.since, of: what)
        let (revises, revisesA) = assessedReferences(
            .document, f["revises"], key: "revises", itemKey: "document", of: what, place: "'revises' of \(what)")
        let (basedOn, basedOnA) = assessedReferences(
            .document, f["based-on"], key: "based-on", itemKey: "document", of: what, place: "'based-on' of \(what)")
        let (supersedes, supersedesA) = assessedReferences(
            .document, f["supersedes"], key: "supersedes", itemKey: "document", of: what,
            place: "'supersedes' of \(what)")
        var actors: [PendingActor] = []
        if let node = f["adopted-by"] {
            let items: [Node]
            if case let .sequence(seq) = node { items = Array(seq) } else { items = [node] }
            for item in items {
                if case .mapping = item {
                    guard let af = fields(
                        item, allowed: ["organisation", "group", "certainty", "reason"], what: "'adopted-by' of \(what)")
                    else { continue }
                    let entry = assessment(af, of: "an entry of 'adopted-by' of \(what)")
                    if let n = af["organisation"], let raw = string(n, key: "organisation", of: what) {
                        actors.append(PendingActor(raw: raw, position: position(n), forced: .organisation, assessment: entry))
                    }
                    if let n = af["group"], let raw = string(n, key: "group", of: what) {
                        actors.append(PendingActor(raw: raw, position: position(n), forced: .group, assessment: entry))
                    }
                    if af.values.isEmpty {
                        diag.error(.missingKey, at: af.position, "an entry of 'adopted-by' of \(what) names nothing",
                                   hint: "write an ID, or {organisation: <ID>} or {group: <ID>}")
                    }
                } else if let raw = string(item, key: "adopted-by", of: what) {
                    actors.append(PendingActor(raw: raw, position: position(item), forced: nil))
                }
            }
        }
        let attributes = attributes(f["attributes"], of: what)
        let sources = citations(f["source"], of: what)
        let assessment = assessment(f, of: what)
        let relationAssessments = revisesA.merging(basedOnA) { a, _ in a }.merging(supersedesA) { a, _ in a }
        note(.document, id: id, names: [name] + aliases)
        guard let id, let name, let kind else { return }
        pendingActors.append((documents.count, actors))
        documents.append(StrategyDocument(
            id: DocumentID(id), name: name, kind: kind, aliases: aliases, level: level, url: url, validity: validity,
            basedOn: basedOn.map { DocumentID($0) }, revises: revises.map { DocumentID($0) },
            supersedes: supersedes.map { DocumentID($0) }, adoptedBy: [], attributes: attributes, sources: sources,
            assessment: assessment,
            relationAssessments: Dictionary(
                relationAssessments.map { (DocumentID($0.key), $0.value) }, uniquingKeysWith: { a, _ in a }),
            end: end))
        positions.documents.append(f.position)
    }
}
