/// Why Graphviz could not turn DOT into a picture. Each case carries
/// Graphviz's own message where it gave one (captured with `agseterrf`).
public enum GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The DOT text does not parse (or holds no graph).
    case syntax(message: String)
    /// The DOT text holds more than one graph; render them one at a time.
    case multipleGraphs(count: Int)
    /// The input asks for something the renderer refuses to do (read
    /// files from disk through images or shape files).
    case unsafeInput(reason: String)
    /// The layout program failed.
    case layoutFailed(engine: LayoutEngine, message: String)
    /// The output format could not be produced.
    case renderFailed(format: MapFormat, message: String)
    /// The SVG Graphviz produced is not well-formed or contains markup
    /// outside what a map needs (scripts, foreign links); it was discarded.
    case unsafeOutput(reason: String)
    /// Graphviz could not create its context (plugins missing?).
    case contextUnavailable

    public var description: String {
        switch self {
        case let .syntax(message):
            return "the DOT text could not be read: \(message)"
        case let .multipleGraphs(count):
            return "the DOT text holds \(count) graphs; give one graph per rendering"
        case let .unsafeInput(reason):
            return "the DOT text was refused: \(reason)"
        case let .layoutFailed(engine, message):
            return "Graphviz's \(engine.rawValue) layout failed: \(message.isEmpty ? "no message" : message)"
        case let .renderFailed(format, message):
            return "Graphviz could not write \(format.rawValue): \(message.isEmpty ? "no message" : message)"
        case let .unsafeOutput(reason):
            return "the SVG Graphviz produced was discarded: \(reason)"
        case .contextUnavailable:
            return "Graphviz could not start; check that libgraphviz and its plugins are installed (make setup)"
        }
    }
}
