import ArgumentParser
import CollaborationMap
import NetworkInterchange
import PartnerRegistry
import Foundation

// `map -o`: the output is neither the registry being read nor something
// that cannot hold a map (`WritesFiles`, checked before the command runs),
// and `--format` agrees with its extension (exit 64, `ChecksCommandLine`).

extension MapCommand: WritesFiles {
    var plannedOutputs: [PlannedOutput] {
        guard let output else { return [] }
        if years != nil {
            let dates = (try? yearDates()) ?? []
            var sheets: [String] = []
            for format in sheetFormats {
                for name in YearMaps.sheetNames(for: dates.count, extension: format.fileExtension) where !sheets.contains(name) {
                    sheets.append(name)
                }
            }
            return [PlannedOutput(
                path: output, what: "the year maps", shape: .filesInDirectory(YearMaps.fileNames(for: dates) + sheets))]
        }
        return [PlannedOutput(path: output, what: "the map", shape: .file)]
    }

}

extension MapCommand: ChecksCommandLine {
    /// The options agree with each other and with `-o`: the year maps' own
    /// options only with `--years`, which needs a directory and draws SVG;
    /// `--format` as the extension of `-o`; two organisations to `--connect`.
    func checkCommandLine() throws(CLIError) {
        try registry.checkCommandLine()
        try checkThreads(threads)
        if sizeBy == .triangles {
            throw .usage("--size-by triangles: the map's two-mode graph has no triangles (every count would be 0)")
        }
        if sizeBy == .edgeBetweenness { throw .usage("--size-by edge-betweenness: it scores ties, not nodes") }
        if years != nil {
            _ = try yearDates()
            guard let output, output != "-" else {
                throw .usage("--years writes one file per year: give a directory with -o DIR/")
            }
            if layout == .date {
                throw .usage("--years draws every year on one layout, so that they compare; --layout date does not apply")
            }
            if let format, format != .svg {
                throw .usage("--years draws SVG only (DIR/<year>.svg and DIR/sheet.svg), not \(format.rawValue)")
            }
            // A name with an extension is a file name: refuse it rather than
            // make a directory called 'maps.png'.
            let url = URL(fileURLWithPath: output)
            var isDirectory: ObjCBool = false
            if !output.hasSuffix("/"), !url.pathExtension.isEmpty,
               !(FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
            {
                let name = url.deletingPathExtension().lastPathComponent
                throw .usage("--years writes a directory of maps, and '\(url.lastPathComponent)' is a file name; "
                    + "give a directory, such as -o \(name)/ (the sheet is DIR/sheet.svg; --sheet-format png adds DIR/sheet.png)")
            }
        } else if !sheetFormats.isEmpty {
            throw .usage("--sheet-format goes with --years (it converts DIR/sheet.svg)")
        }
        try checkFormatMatchesOutput()
        if !connect.isEmpty, connect.count != 2 {
            throw .usage("--connect takes two organisations, got \(connect.count)")
        }
    }

    /// `--format` agrees with the extension of `-o`.
    private func checkFormatMatchesOutput() throws(CLIError) {
        guard years == nil, let output, output != "-" else { return }
        let url = URL(fileURLWithPath: output)
        // An extension that names no format, without --format to decide,
        // would get SVG under a misleading name.
        if format == nil, !url.pathExtension.isEmpty, MapFormat(fileExtension: url.pathExtension) == nil {
            throw .usage(
                "'\(url.lastPathComponent)': map writes .svg, .png, .pdf or .gv (DOT, also .dot), not .\(url.pathExtension); "
                    + "name the file with one of them, or choose with --format")
        }
        if let format, let named = MapFormat(fileExtension: url.pathExtension), named != format {
            let renamed = url.deletingPathExtension().lastPathComponent + "." + format.fileExtension
            throw .usage(
                "--format \(format.rawValue) does not match '\(url.lastPathComponent)', whose extension means "
                    + "\(named.rawValue); drop --format to write \(named.rawValue), or name the file '\(renamed)'")
        }
    }

    /// The dates `--years` names, in order, without repeats; a usage error
    /// for a list without a date, a word that is not one, or more than
    /// `YearMaps.maximumYears`.
    func yearDates() throws(CLIError) -> [AsOf] {
        let parts = (years ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else {
            throw .usage("--years names no year; give years such as --years 2003,2009,2015,now")
        }
        var dates: [AsOf] = []
        var seen: Set<AsOf> = []
        for part in parts {
            guard let asOf = AsOf(part), asOf != .allTime else {
                throw .usage("--years: " + DateArgument.notADate(part, allowingNow: true, hint: "e.g. --years 2003,2009,now"))
            }
            if seen.insert(asOf).inserted { dates.append(asOf) }
            if dates.count > YearMaps.maximumYears {
                throw .usage(MapError.tooManyYears(
                    Set(parts.compactMap { AsOf($0) }).count, limit: YearMaps.maximumYears).description)
            }
        }
        return dates
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
        if layout != .shared { given.append("--layout") }
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
