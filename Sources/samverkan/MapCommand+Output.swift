import ArgumentParser
import CollaborationMap
import PartnerRegistry
import Foundation

// `map -o`, checked while the command line is parsed: a usage error (exit
// 64) for an output that is the registry itself or contradicts --format,
// status 3 for one that cannot hold a map.

extension MapCommand {
    /// The output is neither the registry being read nor something that
    /// cannot hold a map, and `--format` agrees with its extension.
    func validate() throws {
        try checkThreads(threads)
        guard let output, output != "-" else { return }
        if let input = OutputTarget.input(overwrittenBy: output, inputs: inputFiles) {
            let what = input == "-" ? "the registry being read on standard input" : "the registry being read ('\(input)')"
            throw ValidationError(
                "-o '\(output)' is \(what); writing the map there would overwrite it. Name another output file")
        }
        // --years writes a directory of maps; its own checks apply (drawYears).
        if years != nil { return }
        if let reason = OutputTarget.unwritableKind(output) {
            throw CLIError.failure(reason, status: StandardStream.writeFailureStatus).report(command: "map")
        }
        let url = URL(fileURLWithPath: output)
        if let format, let named = MapFormat(fileExtension: url.pathExtension), named != format {
            let renamed = url.deletingPathExtension().lastPathComponent + "." + format.fileExtension
            throw ValidationError(
                "--format \(format.rawValue) does not match '\(url.lastPathComponent)', whose extension means "
                    + "\(named.rawValue); drop --format to write \(named.rawValue), or name the file '\(renamed)'")
        }
    }
}

// One-mode input: the nodes and their ties, nothing of a registry's options.

extension MapCommand {
    /// The one-mode network `file` holds, or nil for a registry. Prints
    /// diagnostics and exits 1 or 2 when the file cannot be read.
    func oneModeInput() throws -> OneModeNetwork? {
        // Registries keep their own loading path (and its messages) unless
        // the file is one of the one-mode formats.
        if let inputFormat, inputFormat.isRegistry { return nil }
        if inputFormat == nil {
            let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: registry.file)).read(upToCount: 512)) ?? nil
            guard registry.file != "-", let format = InputFormat.detect(path: registry.file, firstBytes: head ?? Data()),
                  !format.isRegistry
            else { return nil }
        }
        do {
            guard case let .oneMode(network) = try NetworkInput.load(path: registry.file, format: inputFormat) else {
                return nil
            }
            return network
        } catch {
            for diagnostic in error.diagnostics { printToStandardError(diagnostic.description) }
            throw ExitCode(error.isUnreadable ? 2 : 1)
        }
    }

    /// Draws a one-mode network; registry-only options are a usage error.
    func drawOneMode(_ network: OneModeNetwork) async throws {
        var given: [String] = []
        if registry.asOfOption != nil { given.append("--as-of") }
        if registry.allTime { given.append("--all-time") }
        if registry.certainty != .all { given.append("--certainty") }
        if years != nil { given.append("--years") }
        if focus != nil { given.append("--focus") }
        if !highlight.isEmpty { given.append("--highlight") }
        if !path.isEmpty { given.append("--path") }
        if !connect.isEmpty { given.append("--connect") }
        if sizeBy != nil { given.append("--size-by") }
        if top != nil { given.append("--top") }
        if clusterBy != "level" { given.append("--cluster-by") }
        if !include.isEmpty || !exclude.isEmpty { given.append("--include/--exclude") }
        if !sheetFormats.isEmpty { given.append("--sheet-format") }
        if !given.isEmpty {
            throw CLIError.usage(
                "\(given.joined(separator: ", ")) \(given.count == 1 ? "applies" : "apply") to registries; '\(registry.file)' "
                    + "is a one-mode network (\(network.format.rawValue)), drawn as its nodes and ties. Leave "
                    + "\(given.count == 1 ? "it" : "them") out")
        }
        guard network.nodes.count <= maxNodes else {
            throw CLIError.failure(
                "the network has \(network.nodes.count) nodes, more than --max-nodes \(maxNodes); raise --max-nodes to draw it",
                status: 3)
        }
        var options = MapOptions(engine: engine, language: language, seed: seed)
        options.title = title
        try await write(CollaborationMap(model: MapModel(oneMode: network, title: title), options: options))
    }
}
