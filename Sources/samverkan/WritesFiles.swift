import ArgumentParser
import Foundation
import PartnerRegistry

/// One place a command will write, known from its command line alone.
struct PlannedOutput {
    enum Shape {
        /// One file, replaced atomically (or a device or FIFO written to).
        case file
        /// These files inside the directory, each replaced on its own
        /// (`map --years`: `2003.svg`, …, `sheet.svg`); the directory is
        /// created when missing.
        case filesInDirectory([String])
        /// The directory, replaced whole (`export --format csv -o DIR`).
        case wholeDirectory
    }

    /// The path as given on the command line.
    var path: String
    /// What is written, for messages: "the map", "the export".
    var what: String
    var shape: Shape
}

/// A command that writes files besides standard output. Before it runs,
/// `checkOutputs` refuses (exit 64) an output that is one of the files it
/// reads, however named (`..`, a symbolic or hard link, standard input),
/// a directory to replace that holds one of them, and a file inside a
/// directory of outputs that is one of them; and (exit 3) an output of a
/// kind that cannot hold it. `ChecksCommandLine.validate()` calls it for every
/// command, so a new writing command gets the checks by conforming.
protocol WritesFiles: ReadsRegistries {
    var plannedOutputs: [PlannedOutput] { get }
}

extension WritesFiles {
    func checkOutputs() throws(CLIError) {
        let inputs = inputFiles
        for planned in plannedOutputs where planned.path != "-" && !planned.path.isEmpty {
            let output = planned.path
            switch planned.shape {
            case .file:
                if let input = OutputTarget.input(overwrittenBy: output, inputs: inputs) {
                    throw .usage(
                        "-o '\(output)' is \(describe(input)); writing \(planned.what) there would overwrite it. "
                            + "Name another output file")
                }
                if let reason = OutputTarget.unwritableKind(output) {
                    throw .failure(reason, status: StandardStream.writeFailureStatus)
                }
            case let .filesInDirectory(names):
                for name in names {
                    let file = URL(fileURLWithPath: output).appendingPathComponent(name).path
                    if let input = OutputTarget.input(overwrittenBy: file, inputs: inputs) {
                        throw .usage(
                            "-o '\(output)' would receive '\(name)', and '\(file)' is \(describe(input)); writing "
                                + "\(planned.what) there would overwrite it. Name another directory")
                    }
                }
                if let reason = OutputTarget.unusableDirectory(output) {
                    throw .failure(reason, status: StandardStream.writeFailureStatus)
                }
            case .wholeDirectory:
                if let input = OutputTarget.input(overwrittenBy: output, inputs: inputs) {
                    throw .usage(
                        "-o '\(output)' is \(describe(input)); writing \(planned.what) there would overwrite it. "
                            + "Name another output")
                }
                if let input = OutputTarget.input(inside: output, inputs: inputs) {
                    throw .usage(
                        "-o '\(output)' holds \(describe(input)); \(planned.what) replaces the directory whole. "
                            + "Name another directory")
                }
            }
        }
    }

    /// "the registry being read ('x.yaml')", or on standard input.
    private func describe(_ input: String) -> String {
        input == "-" ? "\(inputNoun) being read on standard input" : "\(inputNoun) being read ('\(input)')"
    }
}
