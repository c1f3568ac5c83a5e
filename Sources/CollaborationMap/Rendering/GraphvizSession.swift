import CGraphviz
import CGraphvizSupport
import Foundation

/// One rendering: parse, sanitise, reset Graphviz's layout caches
/// (``GraphvizCacheReset``) and random generators, lay out, render, copy
/// out, and free, all inside one hold of ``GraphvizLock``.
///
/// Handles are freed by `defer` in the reverse order of creation — render
/// data, layout, graph — and the context outlives them all. No raw
/// pointer leaves this function.
enum GraphvizSession {
    /// `layout` names a Graphviz layout other than `engine`'s (`nop2`:
    /// positions given in the DOT, neato -n2); `engine` still decides the
    /// sanitising and names the engine in messages.
    static func render(dot: String, engine: LayoutEngine, format: MapFormat,
                       context: GraphvizContext, layout: String? = nil) throws(GraphvizError) -> Data {
        try GraphvizLock.withLock { () throws(GraphvizError) -> Data in
            try context.withUnsafeContext { (gvc) throws(GraphvizError) -> Data in
                let graph = try readOneGraph(dot)
                defer { agclose(graph) }
                try GraphvizSanitiser.sanitise(graph, engine: engine)
                _ = GraphvizLock.takeMessages()

                // Point Graphviz's address-keyed caches away from freed graphs,
                // then give the layout the random state of a fresh process.
                guard GraphvizCacheReset.run(gvc) else {
                    let message = GraphvizLock.takeMessages()
                    throw .layoutFailed(engine: engine, message: "Graphviz could not prepare the layout "
                        + "(its circo layout of a three-node graph failed)" + (message.isEmpty ? "" : ": \(message)"))
                }
                _ = GraphvizLock.takeMessages()
                samverkan_reset_random()
                guard gvLayout(gvc, graph, layout ?? engine.rawValue) == 0 else {
                    throw .layoutFailed(engine: engine, message: GraphvizLock.takeMessages())
                }
                defer { gvFreeLayout(gvc, graph) }
                padToExactSize(graph)

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

    /// Makes a drawing with a forced size (`size="W,H!"`, set for a
    /// page by `DOTEncoder`) fill exactly W × H: Graphviz scales the
    /// drawing, pad included, until one side fits, so padding the short
    /// side until the padded drawing has the page's proportions makes both
    /// sides fit, the drawing centred. Call after the layout.
    private static func padToExactSize(_ graph: UnsafeMutablePointer<Agraph_t>) {
        guard let raw = samverkan_agget(graph, "size") else { return }
        let size = String(cString: raw)
        guard size.hasSuffix("!") else { return }
        let parts = size.dropLast().split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { return }
        var llx = 0.0, lly = 0.0, urx = 0.0, ury = 0.0
        guard samverkan_graph_bb(graph, &llx, &lly, &urx, &ury) == 0 else { return }
        let width = urx - llx, height = ury - lly
        guard width > 0, height > 0 else { return }
        let ratio = parts[0] / parts[1]
        var padX = 0.0, padY = 0.0
        if width / height > ratio { padY = (width / ratio - height) / 2 } else { padX = (height * ratio - width) / 2 }
        _ = samverkan_agsafeset(graph, "pad", String(format: "%.6f,%.6f", padX / 72, padY / 72), "")
    }

    /// Parses the one graph of `text`.
    ///
    /// Reads on after the first graph until the text is used up, for two
    /// reasons: to refuse input with a second graph or trailing garbage,
    /// and because Graphviz 2.42's lexer keeps what it buffered after the
    /// first graph (the rest of that line) and would hand it to the *next*
    /// parse, whatever text that one is given.
    private static func readOneGraph(_ text: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        // cgraph counts lines across parses; messages should name lines of this text.
        agreadline(1)
        let outcome: Result<UnsafeMutablePointer<Agraph_t>, GraphvizError> = text.withCString { base in
            var cursor = base
            func read() -> UnsafeMutablePointer<Agraph_t>? {
                var consumed = 0
                let graph = samverkan_agread_text(cursor, &consumed)
                cursor += consumed
                return graph
            }
            guard let graph = read() else {
                let message = GraphvizLock.takeMessages()
                return .failure(.syntax(message: message.isEmpty ? "no graph found in the input" : message))
            }
            var extra = 0
            while let next = read() {
                agclose(next)
                extra += 1
            }
            let message = GraphvizLock.takeMessages()
            if message.contains("rror") {
                agclose(graph)
                return .failure(.syntax(message: message))
            }
            if extra > 0 {
                agclose(graph)
                return .failure(.multipleGraphs(count: extra + 1))
            }
            return .success(graph)
        }
        return try outcome.get()
    }
}

/// The positions a layout gave, as Graphviz writes them in its DOT
/// output (points, y up): `pos` of each node by DOT name, `bb` and `lp`
/// of each cluster and of the graph.
struct GraphvizPositions: Sendable, Hashable {
    var nodes: [String: String] = [:]
    var clusters: [String: (bb: String, lp: String)] = [:]
    var bb = ""
    var lp = ""

    static func == (a: Self, b: Self) -> Bool {
        a.nodes == b.nodes && a.bb == b.bb && a.lp == b.lp
            && a.clusters.mapValues { [$0.bb, $0.lp] } == b.clusters.mapValues { [$0.bb, $0.lp] }
    }

    func hash(into h: inout Hasher) {
        h.combine(nodes)
        h.combine(bb)
        h.combine(lp)
    }
}

extension GraphvizSession {
    /// Lays `dot` out with `engine` and reads the positions back (through
    /// a DOT rendering, which attaches them to the graph as attributes).
    static func positions(dot: String, engine: LayoutEngine, context: GraphvizContext)
        throws(GraphvizError) -> GraphvizPositions
    {
        try GraphvizLock.withLock { () throws(GraphvizError) -> GraphvizPositions in
            try context.withUnsafeContext { (gvc) throws(GraphvizError) -> GraphvizPositions in
                let graph = try readOneGraph(dot)
                defer { agclose(graph) }
                try GraphvizSanitiser.sanitise(graph, engine: engine)
                _ = GraphvizLock.takeMessages()
                guard GraphvizCacheReset.run(gvc) else {
                    throw .layoutFailed(engine: engine, message: GraphvizLock.takeMessages())
                }
                _ = GraphvizLock.takeMessages()
                samverkan_reset_random()
                guard gvLayout(gvc, graph, engine.rawValue) == 0 else {
                    throw .layoutFailed(engine: engine, message: GraphvizLock.takeMessages())
                }
                defer { gvFreeLayout(gvc, graph) }
                var buffer: UnsafeMutablePointer<CChar>?
                var length = 0
                guard samverkan_gvRenderData(gvc, graph, "dot", &buffer, &length) == 0, let buffer else {
                    throw .renderFailed(format: .dot, message: GraphvizLock.takeMessages())
                }
                gvFreeRenderData(buffer)

                func get(_ object: UnsafeMutableRawPointer, _ name: String) -> String {
                    samverkan_agget(object, name).map { String(cString: $0) } ?? ""
                }
                var out = GraphvizPositions()
                out.bb = get(UnsafeMutableRawPointer(graph), "bb")
                out.lp = get(UnsafeMutableRawPointer(graph), "lp")
                var node = agfstnode(graph)
                while let n = node {
                    if let name = agnameof(UnsafeMutableRawPointer(n)) {
                        out.nodes[String(cString: name)] = get(UnsafeMutableRawPointer(n), "pos")
                    }
                    node = agnxtnode(graph, n)
                }
                var sub = agfstsubg(graph)
                while let s = sub {
                    if let raw = agnameof(UnsafeMutableRawPointer(s)) {
                        let name = String(cString: raw)
                        if name.hasPrefix("cluster") {
                            out.clusters[name] = (get(UnsafeMutableRawPointer(s), "bb"), get(UnsafeMutableRawPointer(s), "lp"))
                        }
                    }
                    sub = agnxtsubg(s)
                }
                return out
            }
        }
    }
}
