@testable import CollaborationMap
import Foundation
import Testing

@Suite struct RendererErrorTests {
    let renderer = GraphvizRenderer.shared

    @Test func syntaxErrorCarriesGraphvizMessage() async throws {
        await #expect(throws: GraphvizError.syntax(message: "Error: syntax error in line 1 near ';'")) {
            try await renderer.render(dot: "graph { a -- ; }")
        }
        await #expect(throws: GraphvizError.syntax(message: "no graph found in the input")) {
            try await renderer.render(dot: "   ")
        }
        do {
            _ = try await renderer.render(dot: "digraph { a [label=<x<b>y</b]; }")
            Issue.record("a broken HTML-like label was accepted")
        } catch {
            guard case let .syntax(message) = error else { Issue.record("\(error)"); return }
            #expect(message.contains("scanning a HTML string"))
        }
    }

    @Test func secondGraphIsRefusedAndDoesNotLeakIntoTheNextRendering() async throws {
        await #expect(throws: GraphvizError.multipleGraphs(count: 2)) {
            try await renderer.render(dot: "graph first { a } graph second { b }")
        }
        // Graphviz 2.42 would hand "second" to this call without the drain.
        let svg = try SVGInspector(try await renderer.render(dot: "graph third { c }"))
        #expect(svg.nodes.map(\.title) == ["c"])
        await #expect(throws: GraphvizError.self) { try await renderer.render(dot: "graph a { x } junk junk") }
        let again = try SVGInspector(try await renderer.render(dot: "graph fourth { d }"))
        #expect(again.nodes.map(\.title) == ["d"])
    }

    @Test func fileReadingInputIsRefusedOrDisarmed() async throws {
        await #expect(throws: GraphvizError.unsafeInput(
            reason: "an HTML-like label contains <IMG>, which reads a file from disk")) {
            try await renderer.render(dot: "digraph { a [label=<<TABLE><TR><TD><IMG SRC=\"/etc/passwd\"/></TD></TR></TABLE>>]; }")
        }
        let svg = try await renderer.render(
            dot: "digraph { stylesheet=\"x.css\\\"?><script/>\"; a [image=\"/etc/hostname\", shape=epsf, shapefile=\"/etc/hostname\"]; }")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("xml-stylesheet"))
        #expect(!text.contains("<image"))
        #expect(try SVGInspector(svg).nodes.count == 1)
    }

    @Test func hostileAttributesAreRewrittenOrTheSVGIsDiscarded() async throws {
        // Attributes the sanitiser rewrites: links and font names.
        let svg = try await renderer.render(dot: """
            digraph { a [URL="javascript:alert(1)", fontname="Helv\\"><script>s</script>"];
                      b [href="https://x.org/\\"onload=\\"alert(1)"]; a -> b [labelURL="vbscript:x"]; }
            """)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("javascript"))
        #expect(!text.contains("<script"))
        let nodes = try SVGInspector(svg).nodes
        #expect(nodes.first { $0.title == "b" }?.href == "https://x.org/%22onload=%22alert(1)")
        // Inside HTML-like labels nothing can be rewritten: the output check refuses it.
        await #expect(throws: GraphvizError.self) {
            try await renderer.render(dot: "digraph { a [label=<<TABLE HREF=\"javascript:x\"><TR><TD>x</TD></TR></TABLE>>]; }")
        }
        do {
            _ = try await renderer.render(dot: """
                digraph { a [label=<<FONT FACE="x&quot; onload=&quot;alert(1)">hi</FONT>>]; }
                """)
            Issue.record("a FACE injection reached the caller")
        } catch {
            guard case let .unsafeOutput(reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.contains("onload"))
        }
    }

    @Test func errorMessagesAreForUsers() {
        #expect(GraphvizError.multipleGraphs(count: 3).description
            == "the DOT text holds 3 graphs; give one graph per rendering")
        #expect(GraphvizError.layoutFailed(engine: .neato, message: "x").description
            == "Graphviz's neato layout failed: x")
        #expect(MapError.unknownEntity("g7", option: "highlight", suggestion: "g1").description
            == "highlight: 'g7' is not on the map; did you mean 'g1'?")
    }
}
