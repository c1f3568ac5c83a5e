import ArgumentParser
import PartnerRegistry

extension CentralityCommand {
    /// `--measure edge-betweenness`: ranks ties (memberships on the
    /// two-mode graph, ties of a projection or of a one-mode network).
    func rankTies() throws {
        let report: TieCentralityReport
        do {
            switch try options.membershipsOrInput(command: "centrality", registryOnly: mode == nil ? [] : ["--mode"]) {
            case let .memberships(network): report = try network.tieCentrality(centralityOptions(mode: mode ?? .twoMode))
            case let .analysis(.registry(analysis)): report = try analysis.tieCentrality(centralityOptions(mode: mode ?? .twoMode))
            case let .analysis(.oneMode(network)): report = try network.tieCentrality(centralityOptions(mode: .twoMode))
            }
        } catch let error as CentralityError {
            if case .estimateNeedsBetweenness = error { throw CLIError.usage("\(error)").report(command: "centrality") }
            if let message = error.sampleMessage { throw CLIError.usage(message).report(command: "centrality") }
            throw CLIError.failure("\(measure.rawValue): \(error)", status: 3).report(command: "centrality")
        }
        try options.emit(report, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
    }
}

extension TieCentralityReport {
    /// A row per tie: its ends (ID, name, type), the score and, for a
    /// registry, its value on the sure network (`sure_<measure>`, empty for
    /// a tie not in it) and `uncertain`.
    func csv() -> String {
        let head = ["rank", "first_id", "first_name", "first_type", "second_id", "second_name", "second_type", measure.rawValue]
        if mode == nil {
            var csv = CSVWriter(header: head)
            for t in ties {
                csv.append([String(t.rank), t.first.id, t.first.name, t.first.type.rawValue, t.second.id, t.second.name,
                            t.second.type.rawValue, "\(t.score)"])
            }
            return csv.text
        }
        var csv = CSVWriter(header: head + ["sure_" + measure.rawValue, "uncertain"], asOf: asOf)
        for t in ties {
            csv.append([String(t.rank), t.first.id, t.first.name, t.first.type.rawValue, t.second.id, t.second.name,
                        t.second.type.rawValue, "\(t.score)", AnalysisOutput.csvNumber(t.sure), AnalysisOutput.csvFlag(t.uncertain)])
        }
        return csv.text
    }
}
