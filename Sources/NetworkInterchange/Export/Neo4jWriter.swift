import Foundation
import InterchangeBase
import PartnerRegistry

/// Writes CSV files for `neo4j-admin database import full`, with the
/// typed headers of its documented header format
/// (https://neo4j.com/docs/operations-manual/current/import/header-format/):
/// `id:ID(Organisation)`, `:START_ID(Organisation)`, `:END_ID(Group)`,
/// `:LABEL`, `:TYPE`, and properties `name[:type]` with `int`, `boolean`,
/// `date` and `string[]` (`;` between array elements, the tool's default
/// `--array-delimiter`; a `;` inside an element becomes `,`, since the
/// tool has no escape for it).
///
/// Dates: `since`/`until` hold the registry's partial date as text;
/// `since_date:date`/`until_date:date` hold it only when it is a full
/// date (`2015` is not a day, so it is left empty there).
///
/// Two-mode: nodes `organisations.csv` (`:Organisation`), `groups.csv`
/// (`:Group`), `sources.csv` (`:Source`); relationships `memberships.csv`
/// (`MEMBER_OF`, one per membership), `convenes.csv` (`CONVENES`),
/// `part_of.csv` (`PART_OF`), `cites.csv` (`CITES`, organisation or group
/// to source, in two files since a START_ID names one ID space).
/// Projections: the side's nodes and `ties.csv` (`SHARES_GROUP` or
/// `SHARES_MEMBER`, `weight:int`). `import.txt` holds the command line.
/// Cells are exact, as neo4j-admin imports them, so the files are not
/// safe to open in a spreadsheet (`SpreadsheetCells.exact`).
enum Neo4jWriter {
    static let entityHeader = [
        "name", "kind", "level", "aliases:string[]", "url", "since", "since_date:date", "until", "until_date:date",
        "unknown_end:boolean", "certainty", "reason", "sources:string[]", "uncertain:boolean",
    ]
    static let membershipHeader = [
        ":START_ID(Organisation)", ":END_ID(Group)", "role", "since", "since_date:date", "until", "until_date:date",
        "unknown_end:boolean", "certainty", "reason", "sources:string[]", ":TYPE",
    ]

    static func write(_ graph: ExportGraph, to directory: inout some ExportDirectory) throws {
        let r = graph.registry
        var files: [(kind: String, name: String)] = []
        if graph.mode != .groups {
            files.append(("nodes", "organisations.csv"))
            try directory.file("organisations.csv") { out in
                try writeEntities(r.organisations, label: "Organisation", uncertain: r.uncertain.organisations, r, to: &out)
            }
        }
        if graph.mode != .organisations {
            files.append(("nodes", "groups.csv"))
            try directory.file("groups.csv") { out in
                try writeEntities(r.groups, label: "Group", uncertain: r.uncertain.groups, r, to: &out)
            }
        }
        if graph.mode == .twoMode {
            try writeTwoModeRelationships(r, to: &directory, files: &files)
        } else {
            let space = graph.mode == .organisations ? "Organisation" : "Group"
            let type = graph.mode == .organisations ? "SHARES_GROUP" : "SHARES_MEMBER"
            files.append(("relationships", "ties.csv"))
            try directory.file("ties.csv") { out in
                try out.writeCSVRow([":START_ID(\(space))", ":END_ID(\(space))", "weight:int", ":TYPE"])
                for e in 0 ..< graph.edgeCount {
                    let (a, b) = graph.edge(e)
                    try out.writeCSVRow([
                        graph.nodeID(Int(a)), graph.nodeID(Int(b)), ExportNumber.text(graph.edgeWeights[e]), type,
                    ])
                }
                try out.flush()
            }
        }
        try directory.file("import.txt") { out in
            try out.write(importCommand(files))
            try out.flush()
        }
    }

    private static func writeTwoModeRelationships(
        _ r: Registry, to directory: inout some ExportDirectory, files: inout [(kind: String, name: String)]
    ) throws {
        files.append(("nodes", "sources.csv"))
        try directory.file("sources.csv") { out in
            try out.writeCSVRow(["id:ID(Source)", "title", "publisher", "url", "kind", "describes", ":LABEL"])
            for s in r.sources {
                try out.writeCSVRow([
                    s.id.rawValue, s.title, s.publisher ?? "", s.url ?? "", s.kind.rawValue, s.describes?.description ?? "",
                    "Source",
                ])
            }
            try out.flush()
        }
        files.append(("relationships", "memberships.csv"))
        try directory.file("memberships.csv") { out in
            try out.writeCSVRow(membershipHeader)
            for m in r.memberships {
                try out.writeCSVRow(
                    [m.organisation.rawValue, m.group.rawValue, m.role.rawValue] + dateCells(m.validity)
                        + [r.certainty(of: m).rawValue, m.assessment?.reason ?? "", array(m.sources.map(\.source.rawValue)),
                           "MEMBER_OF"])
            }
            try out.flush()
        }
        files.append(("relationships", "convenes.csv"))
        try directory.file("convenes.csv") { out in
            try out.writeCSVRow([":START_ID(Organisation)", ":END_ID(Group)", "certainty", "reason", ":TYPE"])
            for g in r.groups {
                for c in g.conveners {
                    try out.writeCSVRow([
                        c.rawValue, g.id.rawValue, r.certainty(convener: c, of: g).rawValue,
                        g.convenerAssessments[c]?.reason ?? "", "CONVENES",
                    ])
                }
            }
            try out.flush()
        }
        files.append(("relationships", "part_of.csv"))
        try directory.file("part_of.csv") { out in
            try out.writeCSVRow([":START_ID(Group)", ":END_ID(Group)", ":TYPE"])
            for g in r.groups {
                if let p = g.partOf { try out.writeCSVRow([g.id.rawValue, p.rawValue, "PART_OF"]) }
            }
            try out.flush()
        }
        files.append(("relationships", "cites_organisation.csv"))
        try directory.file("cites_organisation.csv") { out in
            try writeCitations(r.organisations, label: "Organisation", r, to: &out)
        }
        files.append(("relationships", "cites_group.csv"))
        try directory.file("cites_group.csv") { out in try writeCitations(r.groups, label: "Group", r, to: &out) }
    }

    /// The node file of the organisations or the groups: the columns they
    /// share, from each entity's core.
    private static func writeEntities<E: RegistryEntity>(
        _ entities: [E], label: String, uncertain: Set<E.ID>, _ r: Registry, to out: inout ExportSink
    ) throws {
        try out.writeCSVRow(["id:ID(\(label))"] + entityHeader + [":LABEL"])
        for e in entities {
            let c = e.core
            var seen = Set<SourceID>()
            let sources = c.sources.map(\.source).filter { seen.insert($0).inserted }.map(\.rawValue)
            try out.writeCSVRow(
                [c.id.rawValue, c.name, c.kind.rawValue, c.level?.rawValue ?? "", array(c.aliases), c.url ?? ""]
                    + dateCells(c.validity)
                    + [
                        r.certainty(of: c.sources, c.assessment).rawValue, c.assessment?.reason ?? "", array(sources),
                        uncertain.contains(c.id) ? "true" : "false", label,
                    ])
        }
        try out.flush()
    }

    /// `CITES` from each organisation or group to the declared sources it
    /// cites, each source once.
    private static func writeCitations<E: RegistryEntity>(
        _ entities: [E], label: String, _ r: Registry, to out: inout ExportSink
    ) throws {
        let known = Set(r.sources.map(\.id))
        try out.writeCSVRow([":START_ID(\(label))", ":END_ID(Source)", ":TYPE"])
        for e in entities {
            var seen = Set<SourceID>()
            for s in e.sources.map(\.source) where known.contains(s) && seen.insert(s).inserted {
                try out.writeCSVRow([e.id.rawValue, s.rawValue, "CITES"])
            }
        }
        try out.flush()
    }

    /// `since`, `since_date`, `until`, `until_date`, `unknown_end`.
    private static func dateCells(_ v: Validity) -> [String] {
        func full(_ d: PartialDate?) -> String { d.flatMap { $0.day == nil ? nil : $0.description } ?? "" }
        return [
            v.since?.description ?? "", full(v.since), v.until?.description ?? "", full(v.until),
            v.until == nil && v.unknownEnd != nil ? "true" : "false",
        ]
    }

    /// A `string[]` cell: elements joined by `;`, a `;` inside one replaced by `,`.
    private static func array(_ values: [String]) -> String {
        values.map { $0.replacingOccurrences(of: ";", with: ",") }.joined(separator: ";")
    }

    /// The command line that imports the directory into a new database `samverkan`.
    static func importCommand(_ files: [(kind: String, name: String)]) -> String {
        var lines = [
            "# Import into a new, empty database (run from this directory; Neo4j 5):",
            "neo4j-admin database import full samverkan \\",
            "  --array-delimiter=';' --multiline-fields=true --ignore-empty-strings=true \\",
        ]
        for (i, f) in files.enumerated() {
            lines.append("  --\(f.kind)=\(f.name)" + (i == files.count - 1 ? "" : " \\"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
