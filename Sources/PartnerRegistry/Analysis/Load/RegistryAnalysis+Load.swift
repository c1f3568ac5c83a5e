extension RegistryAnalysis {
    /// Every organisation's meeting load: groups, seats, chairs and
    /// convened groups, for the organisations, groups and roles the filter
    /// keeps on the analysis date.
    ///
    /// Definitions: `groups` are the organisation's neighbours in the
    /// two-mode view (conveners count as members unless the filter says
    /// `.ignore`); `seats` counts its memberships in kept groups with kept
    /// roles, plus one for each kept group it convenes without a listed
    /// membership (when conveners count as members); `chairs` counts the
    /// distinct groups where it holds a role that counts as `chair` in the
    /// registry's vocabulary (`chair`, and `vice-chair` in the default one);
    /// `convenes` the distinct groups where it holds a role that counts as
    /// `convener` or is listed among the group's conveners.
    ///
    /// - Parameter order: `.load` (heaviest first) or `.name`.
    /// - Complexity: O(V + M) time and space, V organisations and groups,
    ///   M memberships, plus O(V log V) to sort.
    public func meetingLoad(order: LoadOrder = .load) -> LoadReport {
        let kept = Set(view.groups.map(\.id))
        var convenedBy: [OrganisationID: [GroupID]] = [:]
        for g in view.groups { for c in g.conveners { convenedBy[c, default: []].append(g.id) } }
        var rows: [OrganisationLoad] = []
        rows.reserveCapacity(view.organisationCount)
        for v in view.organisationVertices {
            let o = view.organisations[Int(v)]
            let memberships = registry.groups(of: o.id).filter {
                kept.contains($0.group) && (filter.roles.isEmpty || filter.roles.contains($0.role))
            }
            let seated = Set(memberships.map(\.group))
            // What counts as chairing and convening is the vocabulary's.
            let vocabulary = registry.vocabulary
            var convened = Set(memberships.filter { $0.role.counts(as: .convener, in: vocabulary) }.map(\.group))
            var seats = memberships.count
            for g in Set(convenedBy[o.id] ?? []) {
                convened.insert(g)
                if filter.conveners == .asMembers && !seated.contains(g) { seats += 1 }
            }
            let chairs = Set(memberships.filter { $0.role.counts(as: .chair, in: vocabulary) }.map(\.group))
            let groups = view.graph.neighbors(of: v).map(view.namedGroup(vertex:))
            rows.append(OrganisationLoad(
                organisation: NamedOrganisation(o), kind: o.kind, level: o.level, groupCount: groups.count,
                seats: seats, chairs: chairs.count, convenes: convened.count, groups: names.sorted(groups)))
        }
        rows.sort { x, y in
            if order == .load {
                let a = (x.groupCount, x.seats, x.chairs + x.convenes)
                let b = (y.groupCount, y.seats, y.chairs + y.convenes)
                if a != b { return a > b }
            }
            return names.precedes(x.organisation, y.organisation)
        }
        // The same counts on the sure network, where some of the view is
        // only possibly there.
        if let sureReport = sureAnalysis?.meetingLoad(order: order) {
            let sure = Dictionary(uniqueKeysWithValues: sureReport.organisations.map { ($0.organisation.id, $0.counts) })
            for i in rows.indices { rows[i].sure = sure[rows[i].organisation.id] }
        }
        var report = LoadReport(asOf: asOf, order: order, organisations: rows)
        report.language = registry.language
        return report
    }
}
