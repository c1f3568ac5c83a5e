import PartnerRegistry

extension Connection {
    /// The shared groups, then the chains, numbered.
    func table() -> String {
        var out = AnalysisOutput.heading("\(from.name) → \(to.name)\(AnalysisOutput.dateSuffix(asOf))")
        out += "Shared groups: " + (sharedGroups.isEmpty ? "none" : AnalysisOutput.names(sharedGroups)) + "\n"
        guard let steps else {
            return out + "No chain of groups connects them.\n"
        }
        let count = shortestChainCount == 1 ? "1 chain" : "\(shortestChainCount) chains"
        out += "Shortest: \(steps) step\(steps == 1 ? "" : "s"), \(count)\n\n"
        var t = TextTable([("#", .right), ("Steps", .right), ("Chain", .left)])
        for (i, c) in shortestChains.enumerated() { t.append(["\(i + 1)", "\(c.steps)", c.text]) }
        for (i, c) in longerChains.enumerated() { t.append(["\(shortestChains.count + i + 1)", "\(c.steps)", c.text]) }
        out += t.render()
        if isTruncated { out += "(more chains exist; raise --limit to list them)\n" }
        return out + AnalysisOutput.notes(Self.explanations)
    }

    /// A row per chain.
    func csv() -> String {
        var w = CSVWriter(header: ["kind", "number", "steps", "organisation_ids", "group_ids", "chain"])
        for (i, c) in shortestChains.enumerated() { w.append(Self.row("shortest", i + 1, c)) }
        for (i, c) in longerChains.enumerated() { w.append(Self.row("longer", i + 1, c)) }
        return w.text
    }

    private static func row(_ kind: String, _ number: Int, _ c: Chain) -> [String] {
        [kind, "\(number)", "\(c.steps)", AnalysisOutput.ids(c.organisations), AnalysisOutput.ids(c.groups), c.text]
    }
}
