// samverkan-bench OP FILE [--threads N] [--sources FILE] [--organisations N]
//
// Runs one operation of the Samverkan library on one input file and prints
// one JSON object: the elapsed seconds of the operation alone (monotonic
// clock; reading the input first is not timed, except for `load`, whose
// whole point is reading), and checksums of the result that
// `Benchmarks/compare` checks against igraph's. `compare` starts this
// program once per measurement, exactly as it starts the Python libraries,
// and reads the peak RSS of the process from the kernel.
import BenchmarkGraphs
import Foundation
import NetworkAnalysis

struct Options {
    var op = ""
    var file = ""
    var threads = 1
    var sources: String?
    /// Number of organisation vertices (they come first) in a two-mode edge list.
    var organisations: Int?
    /// `render-maps`: how many maps, the layout engine, and whether to draw
    /// every organisation's ego network instead of the whole map.
    var repeatCount = 1
    var engine = "dot"
    var ego = false
}

func parseOptions(_ arguments: [String]) throws(RunnerError) -> Options {
    var options = Options()
    var positional: [String] = []
    var i = 0
    while i < arguments.count {
        let a = arguments[i]
        switch a {
        case "--threads":
            guard i + 1 < arguments.count, let n = Int(arguments[i + 1]), n >= 1 else {
                throw .usage("--threads needs a positive integer")
            }
            options.threads = n
            i += 2
        case "--sources":
            guard i + 1 < arguments.count else { throw .usage("--sources needs a file of vertex numbers") }
            options.sources = arguments[i + 1]
            i += 2
        case "--organisations":
            guard i + 1 < arguments.count, let n = Int(arguments[i + 1]), n >= 0 else {
                throw .usage("--organisations needs the number of organisation vertices")
            }
            options.organisations = n
            i += 2
        case "--repeat":
            guard i + 1 < arguments.count, let n = Int(arguments[i + 1]), n >= 1 else {
                throw .usage("--repeat needs a positive integer")
            }
            options.repeatCount = n
            i += 2
        case "--engine":
            guard i + 1 < arguments.count else { throw .usage("--engine needs a layout engine") }
            options.engine = arguments[i + 1]
            i += 2
        case "--ego":
            options.ego = true
            i += 1
        case "-h", "--help":
            throw .usage(nil)
        default:
            positional.append(a)
            i += 1
        }
    }
    guard positional.count == 2 else { throw .usage("expected an operation and an input file") }
    options.op = positional[0]
    options.file = positional[1]
    return options
}

enum RunnerError: Error, CustomStringConvertible {
    case usage(String?)
    case unsupported(String)
    case failed(String)

    var description: String {
        switch self {
        case let .usage(message):
            (message.map { "error: \($0)\n" } ?? "")
                + "usage: samverkan-bench OP FILE [--threads N] [--sources FILE] [--organisations N] [--repeat N] [--engine E] [--ego]\n"
                + "       samverkan-bench --ops          (the operations, as JSON)\n"
                + "operations: \(Operation.all.map(\.name).joined(separator: ", "))"
        case let .unsupported(message): "error: \(message)"
        case let .failed(message): "error: \(message)"
        }
    }
}

/// Times `body` on the monotonic clock.
func timed<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    let d = start.duration(to: clock.now)
    return (Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18, value)
}

func emit(_ fields: [String: Any]) {
    let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data()
    print(String(decoding: data, as: UTF8.self))
}

do {
    if CommandLine.arguments.dropFirst().first == "--ops" {
        emit(["ops": Operation.all.map(\.name).filter { $0 != "generate" }])
        exit(0)
    }
    let options = try parseOptions(Array(CommandLine.arguments.dropFirst()))
    guard let operation = Operation.all.first(where: { $0.name == options.op }) else {
        throw RunnerError.usage("unknown operation '\(options.op)'")
    }
    var result = try await operation.run(options)
    result["op"] = options.op
    result["threads"] = options.threads
    emit(result)
} catch let error as RunnerError {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
