import ArgumentParser
import PartnerRegistry

/// `samverkan load FILE`: each organisation's meeting load.
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Each organisation's meeting load: groups, seats, chair and convener roles; who sits in none.",
        discussion: """
        Coverage rules (every municipality in a strategic group, every group with a convener) are \
        stated in the registry and checked by `samverkan validate`. See docs/analysis.md.

        \(AnalysisOutput.exitCodes)
        """)

    @OptionGroup var options: AnalysisCommandOptions

    @Option(name: .customLong("sort"), help: "Sort by: load (most groups first) or name.")
    var order: LoadOrder = .load

    func run() throws {
        let analysis = try options.analysis(command: "load")
        try options.emit(analysis.meetingLoad(order: order), table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
    }
}

extension LoadOrder: ExpressibleByArgument {}

extension LoadReport {
    func csv() -> String {
        // Each count, then its value on the sure network (sure_…; empty for
        // an organisation not in it).
        var w = CSVWriter(header: [
            "organisation_id", "organisation_name", "kind", "level", "groups", "sure_groups", "seats", "sure_seats",
            "chairs", "sure_chairs", "convenes", "sure_convenes", "group_ids", "uncertain", "uncertain_group_ids",
        ], asOf: asOf)
        for o in organisations {
            let s = o.sure
            func count(_ n: Int?) -> String { n.map { "\($0)" } ?? "" }
            w.append([
                o.organisation.id.rawValue, o.organisation.name, o.kind.rawValue, o.level?.rawValue ?? "",
                "\(o.groupCount)", count(s?.groupCount), "\(o.seats)", count(s?.seats), "\(o.chairs)", count(s?.chairs),
                "\(o.convenes)", count(s?.convenes), AnalysisOutput.ids(o.groups),
                AnalysisOutput.csvFlag(o.uncertain), AnalysisOutput.ids(o.groups.filter(\.uncertain)),
            ])
        }
        return w.text
    }
}
