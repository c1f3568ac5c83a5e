import CGraphviz
import Foundation

/// Makes a parsed graph from arbitrary DOT safe to lay out and render
/// in-process.
///
/// - With `dot`, every edge `label` becomes an `xlabel`: Graphviz 2.42's
///   dot lays out a labelled edge between two nodes of the same rank by
///   reallocating that rank's node array (flat.c, `make_vn_slot`) while
///   another pointer to the old array survives; `gvFreeLayout` then frees
///   it a second time and glibc aborts the process. External labels take
///   no part in ranking and avoid that path.
/// - Links (`URL`, `href` and their head/tail/label/edge forms) are kept
///   only as http, https or mailto, rewritten by ``SafeURL``: the SVG
///   writer copies them unescaped.
/// - `fontname` values are reduced to letters, digits, space, comma, dot,
///   hyphen and underscore: the SVG writer copies them unescaped into
///   `font-family`.
/// - `stylesheet` is dropped (copied unescaped into a processing
///   instruction), and so are `image`, `imagepath` and `shapefile`, and
///   shapes `epsf` and `custom`, which read files from disk; an HTML-like
///   label with `<IMG>` is refused for the same reason.
///
/// What HTML-like labels carry (`HREF`, `FACE`) cannot be rewritten
/// here; ``SVGSafety`` checks the SVG that comes out instead.
enum GraphvizSanitiser {
    private static let kinds: [Int32] = [Int32(AGRAPH), Int32(AGNODE), Int32(AGEDGE)]
    private static let fileAttributes: Set<String> = ["image", "imagepath", "shapefile", "stylesheet", "fontpath"]

    static func sanitise(_ graph: UnsafeMutablePointer<Agraph_t>, engine: LayoutEngine) throws(GraphvizError) {
        var objects: [Int32: [UnsafeMutableRawPointer]] = [:]
        objects[Int32(AGRAPH)] = subgraphs(of: graph).map { UnsafeMutableRawPointer($0) }
        var nodes: [UnsafeMutableRawPointer] = []
        var edges: [UnsafeMutableRawPointer] = []
        var node = agfstnode(graph)
        while let n = node {
            nodes.append(UnsafeMutableRawPointer(n))
            var edge = agfstout(graph, n)
            while let e = edge {
                edges.append(UnsafeMutableRawPointer(e))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        objects[Int32(AGNODE)] = nodes
        objects[Int32(AGEDGE)] = edges

        for kind in kinds {
            // Collect the symbols first: declaring `xlabel` below adds one.
            var symbols: [UnsafeMutablePointer<Agsym_t>] = []
            var symbol = agnxtattr(graph, kind, nil)
            while let s = symbol {
                symbols.append(s)
                symbol = agnxtattr(graph, kind, s)
            }
            for symbol in symbols {
                let name = String(cString: samverkan_agsym_name(symbol)).lowercased()
                for object in objects[kind] ?? [] {
                    try sanitise(object, symbol: symbol, name: name, kind: kind, graph: graph, engine: engine)
                }
            }
        }
    }

    private static func sanitise(
        _ object: UnsafeMutableRawPointer, symbol: UnsafeMutablePointer<Agsym_t>, name: String, kind: Int32,
        graph: UnsafeMutablePointer<Agraph_t>, engine: LayoutEngine
    ) throws(GraphvizError) {
        guard let raw = agxget(object, symbol) else { return }
        let value = String(cString: raw)
        if value.isEmpty { return }
        if samverkan_aghtmlstr(raw) != 0, value.range(of: "<img", options: .caseInsensitive) != nil {
            throw .unsafeInput(reason: "an HTML-like label contains <IMG>, which reads a file from disk")
        }
        if fileAttributes.contains(name) {
            _ = samverkan_agxset(object, symbol, "")
        } else if name.hasSuffix("url") || name.hasSuffix("href") {
            let safe = SafeURL.sanitised(value) ?? ""
            if safe != value { _ = samverkan_agxset(object, symbol, safe) }
        } else if name.hasSuffix("fontname") {
            let safe = String(value.unicodeScalars.filter {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || " ,.-_".unicodeScalars.contains($0)
            }.map(Character.init))
            if safe != value { _ = samverkan_agxset(object, symbol, safe) }
        } else if name == "shape", ["epsf", "custom"].contains(value.lowercased()) {
            _ = samverkan_agxset(object, symbol, "box")
        } else if name == "label", kind == Int32(AGEDGE), engine == .dot {
            moveToXLabel(object, label: symbol, value: raw, graph: graph)
        }
    }

    /// Sets the edge's `xlabel` to its label (the same interned string, so
    /// an HTML-like label stays HTML-like) unless it has one, then clears
    /// `label`.
    private static func moveToXLabel(
        _ edge: UnsafeMutableRawPointer, label: UnsafeMutablePointer<Agsym_t>,
        value: UnsafeMutablePointer<CChar>, graph: UnsafeMutablePointer<Agraph_t>
    ) {
        let xlabel = samverkan_agattr(graph, Int32(AGEDGE), "xlabel", nil)
            ?? samverkan_agattr(graph, Int32(AGEDGE), "xlabel", "")
        if let xlabel {
            let existing = agxget(edge, xlabel).map { String(cString: $0) } ?? ""
            if existing.isEmpty { _ = samverkan_agxset(edge, xlabel, value) }
        }
        _ = samverkan_agxset(edge, label, "")
    }

    private static func subgraphs(of graph: UnsafeMutablePointer<Agraph_t>) -> [UnsafeMutablePointer<Agraph_t>] {
        var all = [graph]
        var i = 0
        while i < all.count {
            var sub = agfstsubg(all[i])
            while let s = sub {
                all.append(s)
                sub = agnxtsubg(s)
            }
            i += 1
        }
        return all
    }
}
