/// What a rendering produces.
///
/// `svg`, `png` and `pdf` are rendered by Graphviz (SVG by its core
/// renderer, PNG and PDF through cairo). `dot` is the DOT text itself:
/// from a ``CollaborationMap`` it is the encoded map without any layout
/// (no Graphviz needed); from ``GraphvizRenderer/render(dot:engine:format:)``
/// it is Graphviz's DOT output annotated with the computed positions.
public enum MapFormat: String, CaseIterable, Sendable, Codable, Hashable {
    case svg, png, pdf, dot

    /// The usual file extension (without the dot).
    public var fileExtension: String { rawValue == "dot" ? "gv" : rawValue }

    /// Picks the format from a file name's extension (`map.svg` → `svg`,
    /// `map.gv` or `map.dot` → `dot`); `nil` when the extension is unknown.
    public init?(fileExtension ext: String) {
        switch ext.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// The Graphviz output format name passed to `gvRenderData`.
    var graphvizName: String {
        switch self {
        case .svg: "svg"
        case .png: "png"
        case .pdf: "pdf"
        case .dot: "dot"
        }
    }
}
