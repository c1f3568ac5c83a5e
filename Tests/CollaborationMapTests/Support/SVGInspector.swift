import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a Graphviz SVG with Foundation's XMLDocument: parsing fails the
/// test when the SVG is not well-formed XML.
struct SVGInspector {
    struct Item {
        var id: String
        var title: String
        var tooltip: String?
        var href: String?
        var texts: [String]
    }

    let document: XMLDocument

    init(_ data: Data) throws {
        document = try XMLDocument(data: data, options: [])
    }

    private func elements(_ xpath: String) -> [XMLElement] {
        ((try? document.nodes(forXPath: xpath)) ?? []).compactMap { $0 as? XMLElement }
    }

    private func items(class name: String) -> [Item] {
        elements("//*[local-name()='g'][@class='\(name)']").map { g in
            let title = g.elements(forName: "title").first?.stringValue ?? ""
            let anchor = ((try? g.nodes(forXPath: ".//*[local-name()='a']")) ?? []).first as? XMLElement
            let texts = ((try? g.nodes(forXPath: ".//*[local-name()='text']")) ?? []).compactMap { $0.stringValue }
            return Item(
                id: Self.attribute("id", of: g) ?? "", title: title,
                tooltip: anchor.flatMap { Self.attribute("xlink:title", of: $0) },
                href: anchor.flatMap { Self.attribute("xlink:href", of: $0) }, texts: texts)
        }
    }

    static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    var nodes: [Item] { items(class: "node") }
    var edges: [Item] { items(class: "edge") }
    var clusters: [Item] { items(class: "cluster") }

    /// Text drawn by the graph itself (title block and legend), not by
    /// nodes, edges or clusters.
    var graphTexts: [String] {
        elements("//*[local-name()='g'][@class='graph']/*[local-name()='text']").compactMap(\.stringValue)
    }

    /// Every element name in the document.
    var elementNames: Set<String> {
        Set(elements("//*").compactMap(\.localName))
    }
}
