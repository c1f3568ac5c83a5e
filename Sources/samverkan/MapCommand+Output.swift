import ArgumentParser
import CollaborationMap
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
