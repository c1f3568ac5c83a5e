import Foundation

extension OverlapReport: CustomStringConvertible {
    /// The report as a table, as `samverkan overlap` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// The group pairs, the contained groups and the organisation pairs,
    /// each cut list with a line saying how many there are in all.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        func cutLine(_ shown: Int, _ total: Int, _ noun: String) -> String {
            ReportText.cut(shown: shown, total: total, of: noun).map { $0 + "\n" } ?? ""
        }
        // A figure with its sure value beside it where the row is uncertain.
        func cell(_ n: Int, _ sure: Int?, _ uncertain: Bool) -> String {
            ReportText.withSure(n, sure: sure, rowUncertain: uncertain, language: language) { "\($0)" }
        }
        func ratio(_ x: Double, _ sure: Double?, _ uncertain: Bool) -> String {
            ReportText.withSure(x, sure: sure, rowUncertain: uncertain, language: language) { ReportText.decimal($0) }
        }
        var out = ""
        if groupPairTotal > 0 || containmentTotal > 0 {
            out += style.heading("Groups sharing members\(ReportText.dateSuffix(asOf))")
            out += cutLine(groupPairs.count, groupPairTotal, "group pairs")
            var t = TextTable([
                ("Group", .left), ("Group", .left), ("Shared", .right), ("Jaccard", .right), ("Overlap", .right),
                ("Shared members", .left),
            ])
            for p in groupPairs {
                let (u, s) = (p.uncertain, p.sure)
                t.append([
                    ReportText.label(p.first), ReportText.label(p.second), cell(p.sharedCount, s?.sharedCount, u),
                    ratio(p.jaccard, s?.jaccard, u), ratio(p.overlapCoefficient, s?.overlapCoefficient, u),
                    ReportText.names(p.sharedMembers),
                ])
            }
            out += groupPairs.isEmpty ? (groupPairTotal == 0 ? "none\n" : "") : t.render(style: style)
            out += "\n" + style.heading("Groups contained in another (every member also sits in the other)")
            out += cutLine(containments.count, containmentTotal, "containments")
            var c = TextTable([("Group", .left), ("Contained in", .left), ("Members", .right), ("Of", .right), ("", .left)])
            for x in containments {
                let (u, s) = (x.uncertain, x.sure)
                c.append([
                    ReportText.label(x.contained), ReportText.label(x.container),
                    cell(x.containedSize, s?.containedSize, u), cell(x.containerSize, s?.containerSize, u),
                    finding(x),
                ])
            }
            out += containments.isEmpty ? (containmentTotal == 0 ? "none\n" : "") : c.render(style: style)
        }
        if organisationPairTotal > 0 {
            if !out.isEmpty { out += "\n" }
            out += style.heading("Organisations sharing groups\(ReportText.dateSuffix(asOf))")
            out += cutLine(organisationPairs.count, organisationPairTotal, "organisation pairs")
            var t = TextTable([
                ("Organisation", .left), ("Organisation", .left), ("Shared", .right), ("Jaccard", .right),
                ("Overlap", .right), ("Shared groups", .left),
            ])
            for p in organisationPairs {
                let (u, s) = (p.uncertain, p.sure)
                t.append([
                    ReportText.label(p.first), ReportText.label(p.second), cell(p.sharedCount, s?.sharedCount, u),
                    ratio(p.jaccard, s?.jaccard, u), ratio(p.overlapCoefficient, s?.overlapCoefficient, u),
                    ReportText.names(p.sharedGroups),
                ])
            }
            if !organisationPairs.isEmpty { out += t.render(style: style) }
        }
        if out.isEmpty { out = "No pairs share \(minShared) or more.\n" }
        var notes = Self.explanations
        if hasUncertainRows {
            notes.append(ReportText.sureNote(language: language))
            if containments.contains(where: { !$0.holdsSurely }) {
                notes.append("not contained / – beside a containment: it holds only on what may be there, not on what certainly is")
            }
        }
        return out + style.notes(notes)
    }

    /// The last cell of a containment row: "identical members", "member
    /// list partial: not judged" or nothing (a proper subset); where the
    /// sure network says otherwise, its word beside it, as a figure's sure
    /// value is: "contained (säkert not contained)", "identical members
    /// (sure contained)", "contained (sure –)" for a group not in it.
    private func finding(_ x: GroupContainment) -> String {
        func words(_ kind: ContainmentKind?) -> String {
            switch kind {
            case .identical: "identical members"
            case .partialMemberList: "member list partial: not judged"
            case .properSubset: "contained"
            case nil: "not contained"
            }
        }
        guard x.sure?.kind != x.kind else { return x.kind == .properSubset ? "" : words(x.kind) }
        let sure = x.sure.map { words($0.kind) } ?? "–"
        return words(x.kind) + " (\(SureAndPossible<Int>.sureWord(language: language)) \(sure))"
    }

    /// What was cut, for standard error beside JSON or CSV: "showing the
    /// first 1,000 of 7,998,000 group pairs …; …".
    /// What the lists leave out, in one line: "showing the first 1,000 of
    /// 7,998,000 group pairs …", one clause per list that was cut; empty
    /// when nothing was.
    public var cutSummary: String {
        [
            ReportText.cut(shown: groupPairs.count, total: groupPairTotal, of: "group pairs"),
            ReportText.cut(shown: containments.count, total: containmentTotal, of: "containments"),
            ReportText.cut(shown: organisationPairs.count, total: organisationPairTotal, of: "organisation pairs"),
        ].compactMap { $0 }.joined(separator: "; ")
    }
}
