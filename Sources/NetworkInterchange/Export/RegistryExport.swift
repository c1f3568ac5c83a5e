import PartnerRegistry

/// A registry prepared for export in one format: the view (`--as-of`,
/// `--certainty`), the graph (two-mode or a projection) and the writer.
///
/// ```swift
/// let export = try RegistryExport(registry: registry, format: .graphml)
/// try ExportFile.write(to: URL(fileURLWithPath: "out.graphml")) { try export.write(to: &$0) }
/// ```
///
/// What every format carries and loses is in docs/interchange.md; in
/// short: graph formats carry kinds, levels, roles, dates, certainty (and
/// its reason) and sources (IDs, titles, URLs) as attributes; Pajek
/// carries the graph alone; sheets carry the registry's facts without
/// quotes. No format carries documents or initiatives (`leftOut`).
public struct RegistryExport: Sendable {
    public let format: ExportFormat
    public let options: ExportOptions
    /// The registry as seen through `options.scope`.
    public let registry: Registry
    let graph: ExportGraph

    /// Prepares the export of `registry`.
    ///
    /// - Throws: `ExportError.modeNotSupported` for a projection of the sheets.
    /// - Complexity: O(V + M) for V entities and M memberships, plus the
    ///   projection's O(Σ_g s(g)²) for a projected mode.
    public init(registry: Registry, format: ExportFormat, options: ExportOptions = .init()) throws(ExportError) {
        if format == .sheets, options.mode != .twoMode { throw .modeNotSupported(format, options.mode) }
        self.format = format
        self.options = options
        let viewed = registry.view(options.scope)
        self.registry = viewed
        graph = ExportGraph(registry: viewed, mode: options.mode, scope: options.scope)
    }

    /// What the export leaves out: the registry's initiatives and documents.
    public var leftOut: (initiatives: Int, documents: Int) { (registry.initiatives.count, registry.documents.count) }

    /// Number of nodes and edges of the exported graph.
    public var counts: (nodes: Int, edges: Int) { (graph.nodeCount, graph.edgeCount) }

    /// Writes a single-file format to `out`.
    public func write(to out: inout ExportSink) throws {
        switch format {
        case .graphml: try GraphMLWriter.write(graph, to: &out)
        case .gexf: try GEXFWriter.write(graph, to: &out)
        case .nodeLink: try NodeLinkWriter.write(graph, to: &out)
        case .pajek: try PajekWriter.write(graph, to: &out)
        case .csv, .sheets, .neo4j, .graphframes:
            preconditionFailure("\(format.rawValue) writes a directory; call write(to:) with an ExportDirectory")
        }
    }

    /// Writes a directory format's files into `directory`.
    public func write(to directory: inout some ExportDirectory) throws {
        switch format {
        case .csv: try GephiCSVWriter.write(graph, to: &directory)
        case .sheets: try SheetsWriter.write(registry, to: &directory)
        case .neo4j: try Neo4jWriter.write(graph, to: &directory)
        case .graphframes: try GraphFramesWriter.write(graph, to: &directory)
        case .graphml, .gexf, .nodeLink, .pajek:
            preconditionFailure("\(format.rawValue) writes one file; call write(to:) with an ExportSink")
        }
    }
}
