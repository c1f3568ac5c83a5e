import Foundation

/// Renders DOT text or collaboration maps to SVG, PNG, PDF or laid-out
/// DOT, in-process through libgvc (no `dot` process is spawned).
///
/// An actor: renderings on one renderer run one at a time. Graphviz keeps
/// global state beyond its context, so every renderer also goes through
/// one process-wide lock (`GraphvizLock`); any number of tasks may
/// render at once on any number of renderers. ``shared`` is enough for
/// most programs.
///
/// The renderer owns one Graphviz context for its lifetime. Each rendering
/// creates and frees its own graph, layout and output buffer inside a
/// single locked call, in the order render data, layout, graph; the
/// context is freed when the renderer is released.
///
/// Input from outside is sanitised (`GraphvizSanitiser`) and SVG output
/// is checked (`SVGSafety`), so a DOT file can neither crash the host
/// process through Graphviz 2.42's known `dot` double free nor put script
/// into the SVG. PDF output has its creation date blanked, and SVG
/// output its process-wide gradient and anchor counters renumbered
/// (`SVGNormaliser`), so that equal input gives equal bytes.
public actor GraphvizRenderer {
    /// A renderer for the whole process.
    public static let shared = GraphvizRenderer()

    private var context: GraphvizContext?

    public init() {}

    /// Lays out `dot` with `engine` and renders it as `format` (for
    /// `.dot`: Graphviz's DOT output with positions).
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's message: the text does
    ///   not parse, holds several graphs, asks to read files, the layout
    ///   or the renderer fails, or the SVG fails the safety check.
    public func render(dot: String, engine: LayoutEngine = .dot, format: MapFormat = .svg)
        throws(GraphvizError) -> Data
    {
        let context = try self.contextOrThrow()
        var data = try GraphvizSession.render(dot: dot, engine: engine, format: format, context: context)
        switch format {
        case .svg:
            data = SVGNormaliser.normalised(data)
            try SVGSafety.check(data)
        case .pdf: data = PDFNormaliser.normalised(data)
        case .png, .dot: break
        }
        return data
    }

    /// Renders a map model: encodes it with ``DOTEncoder`` and lays it out.
    /// For `.dot` this returns the encoded DOT without layout.
    public func render(_ model: MapModel, engine: LayoutEngine = .dot, format: MapFormat = .svg,
                       seed: Int = 1, theme: MapTheme = .standard) throws(GraphvizError) -> Data
    {
        let text = DOTEncoder(engine: engine, seed: seed, theme: theme).encode(model)
        if format == .dot { return Data(text.utf8) }
        return try render(dot: text, engine: engine, format: format)
    }

    /// Lays `dot` out with `engine` and returns the positions Graphviz
    /// gave nodes, clusters and the graph.
    func positions(dot: String, engine: LayoutEngine) throws(GraphvizError) -> GraphvizPositions {
        try GraphvizSession.positions(dot: dot, engine: engine, context: try contextOrThrow())
    }

    /// Renders DOT whose nodes carry pinned positions (`pos="x,y!"`, in
    /// points) and whose clusters carry `bb`: Graphviz's `nop2` layout
    /// (neato -n2) keeps them and routes the edges.
    func renderPinned(dot: String, format: MapFormat = .svg) throws(GraphvizError) -> Data {
        let context = try self.contextOrThrow()
        var data = try GraphvizSession.render(dot: dot, engine: .neato, format: format, context: context, layout: "nop2")
        if format == .svg {
            data = SVGNormaliser.normalised(data)
            try SVGSafety.check(data)
        } else if format == .pdf {
            data = PDFNormaliser.normalised(data)
        }
        return data
    }

    private func contextOrThrow() throws(GraphvizError) -> GraphvizContext {
        if let context { return context }
        guard let made = GraphvizContext() else { throw .contextUnavailable }
        context = made
        return made
    }
}
