import Foundation

extension BrokerReport: CustomStringConvertible {
    /// The report as a table, as `samverkan brokers` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// The cut organisations and groups, the bridging ties, the blocks and
    /// local bridges of the organisation network, the bridging memberships,
    /// then every organisation's constraint, effective size and brokerage roles.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("What holds the network together\(ReportText.dateSuffix(asOf))")
        func list<K>(_ items: [Named<K>]) -> String { items.isEmpty ? "none" : ReportText.names(items) }
        out += "Cut organisations (organisation network): \(list(projectionCutOrganisations))\n"
        out += "Cut organisations (organisations and groups): \(list(twoModeCutOrganisations))\n"
        out += "Cut groups: \(list(twoModeCutGroups))\n"
        let inner = projectionBridges.filter { !$0.isPendant }
        let pendantTies = projectionBridges.count - inner.count
        out += "\n" + style.heading("Bridging ties between organisations")
        var b = TextTable([("Organisation", .left), ("Organisation", .left), ("Shared groups", .left)])
        for t in inner { b.append([t.first.name, t.second.name, ReportText.names(t.sharedGroups)]) }
        out += inner.isEmpty ? "none\n" : b.render(style: style)
        if pendantTies > 0 { out += "(and \(pendantTies) pendant tie\(pendantTies == 1 ? "" : "s") to organisations with one partner)\n" }
        out += "\n" + style.heading("Blocks of the organisation network")
        let large = projectionBlocks.filter { $0.members.count > 2 }
        for (i, block) in large.enumerated() {
            out += "\(i + 1). \(block.members.count) organisations\(block.uncertain ? ", uncertain" : ""): "
                + ReportText.names(block.members) + "\n"
        }
        if large.isEmpty { out += "none of three or more organisations\n" }
        let pairs = projectionBlocks.count - large.count
        if pairs > 0 { out += "(and \(pairs) block\(pairs == 1 ? "" : "s") of two: the bridging ties)\n" }
        out += "\n" + style.heading("Local bridges (ties whose ends share no partner)")
        let spanned = projectionLocalBridges.filter { $0.span != nil }
        let lbMarked = spanned.contains(where: \.uncertain)
        var lb = TextTable([("Organisation", .left), ("Organisation", .left), ("Span", .right)] + (lbMarked ? [("Presence", .left)] : []))
        for t in spanned {
            lb.append([t.first.name, t.second.name, "\(t.span ?? 0)"] + (lbMarked ? [ReportText.presence(t.uncertain)] : []))
        }
        out += spanned.isEmpty ? "none besides the bridges\n" : lb.render(style: style)
        let unspanned = projectionLocalBridges.count - spanned.count
        if unspanned > 0 && !spanned.isEmpty {
            out += "(and the \(unspanned) bridging tie\(unspanned == 1 ? "" : "s"), with no other way between the ends)\n"
        }
        let memberships = twoModeBridges.filter { !$0.isPendant }
        let pendant = twoModeBridges.count - memberships.count
        out += "\n" + style.heading("Bridging memberships")
        var m = TextTable([("Organisation", .left), ("Group", .left)])
        for x in memberships { m.append([ReportText.label(x.organisation), ReportText.label(x.group)]) }
        out += memberships.isEmpty ? "none\n" : m.render(style: style)
        if pendant > 0 { out += "(and \(pendant) pendant membership\(pendant == 1 ? "" : "s"): one-member groups or one-group members)\n" }
        out += "\n" + style.heading("Brokerage (constraint with \(weighting.rawValue) ties)")
        var t = TextTable([
            ("Organisation", .left), ("Level", .left), ("Partners", .right), ("Constraint", .right),
            ("Eff. size", .right), ("Coord", .right), ("Consult", .right), ("Repr", .right), ("Gate", .right),
            ("Liaison", .right), ("Cut", .left),
        ])
        for o in organisations {
            let cut = o.isCutVertex ? "yes" : o.isTwoModeCutVertex ? "two-mode" : "no"
            // Each figure with its sure value beside it where the two differ.
            func cell<T: Equatable>(_ value: T, _ sure: T?, _ format: (T) -> String) -> String {
                ReportText.withSure(value, sure: sure, rowUncertain: o.uncertain, language: language, format)
            }
            let s = o.sure
            func count(_ n: Int) -> String { "\(n)" }
            t.append([
                ReportText.label(o.organisation), o.level?.rawValue ?? "–", cell(o.partners, s?.partners, count),
                cell(o.constraint, s?.constraint, ReportText.decimal), cell(o.effectiveSize, s?.effectiveSize, ReportText.decimal),
                cell(o.roles.coordinator, s?.roles.coordinator, count), cell(o.roles.consultant, s?.roles.consultant, count),
                cell(o.roles.representative, s?.roles.representative, count),
                cell(o.roles.gatekeeper, s?.roles.gatekeeper, count), cell(o.roles.liaison, s?.roles.liaison, count), cut,
            ])
        }
        out += t.render(style: style)
        let marked = organisations.contains { $0.uncertain }
        let structureMarked = projectionBlocks.contains(where: \.uncertain) || projectionLocalBridges.contains(where: \.uncertain)
        return out + style.notes(Self.explanations + (marked ? [ReportText.sureNote(language: language)] : [])
            + (structureMarked ? [Self.uncertainStructureNote] : []))
    }
}
