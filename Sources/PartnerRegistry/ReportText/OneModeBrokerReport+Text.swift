import Foundation

extension OneModeBrokerReport: CustomStringConvertible {
    /// The report as a table, as `samverkan brokers` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// Cut vertices, bridges, blocks and local bridges, then every node's constraint, effective
    /// size, core number, onion layer and k-corona membership.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("What holds the network together (one-mode)")
        out += "Cut vertices: " + (cutVertices.isEmpty ? "none" : cutVertices.map(\.name).joined(separator: ", ")) + "\n"
        let inner = bridges.filter { !$0.isPendant }
        out += "\n" + style.heading("Bridges")
        var b = TextTable([("Node", .left), ("Node", .left)])
        for t in inner { b.append([t.first.name, t.second.name]) }
        out += inner.isEmpty ? "none\n" : b.render(style: style)
        let pendant = bridges.count - inner.count
        if pendant > 0 { out += "(and \(pendant) pendant tie\(pendant == 1 ? "" : "s") to nodes with one partner)\n" }
        out += "\n" + style.heading("Blocks")
        let large = blocks.filter { $0.count > 2 }
        for (i, block) in large.enumerated() {
            out += "\(i + 1). \(block.count) nodes: " + block.map(\.name).joined(separator: ", ") + "\n"
        }
        if large.isEmpty { out += "none of three or more nodes\n" }
        let pairs = blocks.count - large.count
        if pairs > 0 { out += "(and \(pairs) block\(pairs == 1 ? "" : "s") of two: the bridges)\n" }
        out += "\n" + style.heading("Local bridges (ties whose ends share no partner)")
        let spanned = localBridges.filter { $0.span != nil }
        var lb = TextTable([("Node", .left), ("Node", .left), ("Span", .right)])
        if let spanLengths {
            lb = TextTable([("Node", .left), ("Node", .left), ("Span", .right),
                            (spanLengths == .weight ? "Length (w)" : "Length (1/w)", .right)])
        }
        for t in spanned {
            lb.append([t.first.name, t.second.name, "\(t.span ?? 0)"]
                + (spanLengths == nil ? [] : [ReportText.decimal(t.spanLength)]))
        }
        out += spanned.isEmpty ? "none besides the bridges\n" : lb.render(style: style)
        let unspanned = localBridges.count - spanned.count
        if unspanned > 0 && !spanned.isEmpty {
            out += "(and the \(unspanned) bridge\(unspanned == 1 ? "" : "s"), with no other way between the ends)\n"
        }
        out += "\n" + style.heading("Brokerage (constraint with \(weighting) ties)")
        var t = TextTable([
            ("Node", .left), ("Partners", .right), ("Constraint", .right), ("Eff. size", .right), ("Core", .right),
            ("Onion", .right), ("Corona", .left), ("Cut", .left),
        ])
        for n in nodes {
            t.append([
                n.node.name, "\(n.partners)", ReportText.decimal(n.constraint), ReportText.decimal(n.effectiveSize),
                "\(n.coreNumber)", "\(n.onionLayer)", n.inKCorona ? "yes" : "no", n.isCutVertex ? "yes" : "no",
            ])
        }
        out += t.render(style: style)
        return out + style.notes(Self.explanations)
    }
}
