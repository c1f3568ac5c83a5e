import CGraphviz
import Foundation

/// One rendering: parse, sanitise, lay out, render, copy out, and free,
/// all inside one hold of ``GraphvizLock``.
///
/// Handles are freed by `defer` in the reverse order of creation — render
/// data, layout, graph — and the context outlives them all. No raw
/// pointer leaves this function.
enum GraphvizSession {
    static func render(dot: String, engine: LayoutEngine, format: OutputFormat,
                       context: GraphvizContext) throws(GraphvizError) -> Data {
        try GraphvizLock.withLock { () throws(GraphvizError) -> Data in
            try context.withUnsafeContext { (gvc) throws(GraphvizError) -> Data in
                guard let graph = agmemread(dot) else {
                    let message = GraphvizLock.takeMessages()
                    throw .syntax(message: message.isEmpty ? "no graph found in the input" : message)
                }
                defer { agclose(graph) }
                try drainLexer()
                try GraphvizSanitiser.sanitise(graph, engine: engine)
                _ = GraphvizLock.takeMessages()

                guard gvLayout(gvc, graph, engine.rawValue) == 0 else {
                    throw .layoutFailed(engine: engine, message: GraphvizLock.takeMessages())
                }
                defer { gvFreeLayout(gvc, graph) }

                var buffer: UnsafeMutablePointer<CChar>?
                var length = 0
                guard samverkan_gvRenderData(gvc, graph, format.graphvizName, &buffer, &length) == 0,
                      let buffer
                else {
                    throw .renderFailed(format: format, message: GraphvizLock.takeMessages())
                }
                defer { gvFreeRenderData(buffer) }
                return Data(bytes: buffer, count: length)
            }
        }
    }

    /// Graphviz 2.42's lexer keeps what follows the first graph of an
    /// `agmemread` and hands it to the *next* `agmemread`, whatever text
    /// that one is given. Reads on until the lexer is empty, so no later
    /// rendering sees this input, and refuses input with more than one
    /// graph or trailing garbage.
    private static func drainLexer() throws(GraphvizError) {
        var extra = 0
        while let next = agmemread("") {
            agclose(next)
            extra += 1
        }
        let message = GraphvizLock.takeMessages()
        if message.contains("rror") { throw .syntax(message: message) }
        if extra > 0 { throw .multipleGraphs(count: extra + 1) }
    }
}
