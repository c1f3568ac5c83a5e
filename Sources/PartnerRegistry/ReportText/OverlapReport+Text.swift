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
        var out = ""
        if groupPairTotal > 0 || containmentTotal > 0 {
            out += style.heading("Groups sharing members\(ReportText.dateSuffix(asOf))")
            out += cutLine(groupPairs.count, groupPairTotal, "group pairs")
            var t = TextTable([
                ("Group", .left), ("Group", .left), ("Shared", .right), ("Jaccard", .right), ("Overlap", .right),
                ("Shared members", .left),
            ])
            for p in groupPairs {
                t.append([
                    ReportText.label(p.first), ReportText.label(p.second), "\(p.sharedCount)",
                    ReportText.decimal(p.jaccard),
                    ReportText.decimal(p.overlapCoefficient), ReportText.names(p.sharedMembers),
                ])
            }
            out += groupPairs.isEmpty ? (groupPairTotal == 0 ? "none\n" : "") : t.render(style: style)
            out += "\n" + style.heading("Groups contained in another (every member also sits in the other)")
            out += cutLine(containments.count, containmentTotal, "containments")
            var c = TextTable([("Group", .left), ("Contained in", .left), ("Members", .right), ("Of", .right), ("", .left)])
            for x in containments {
                c.append([
                    ReportText.label(x.contained), ReportText.label(x.container), "\(x.containedSize)",
                    "\(x.containerSize)",
                    x.kind == .identical ? "identical members"
                        : x.kind == .partialMemberList ? "member list partial: not judged" : "",
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
                t.append([
                    ReportText.label(p.first), ReportText.label(p.second), "\(p.sharedCount)",
                    ReportText.decimal(p.jaccard),
                    ReportText.decimal(p.overlapCoefficient), ReportText.names(p.sharedGroups),
                ])
            }
            if !organisationPairs.isEmpty { out += t.render(style: style) }
        }
        if out.isEmpty { out = "No pairs share \(minShared) or more.\n" }
        return out + style.notes(Self.explanations)
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
