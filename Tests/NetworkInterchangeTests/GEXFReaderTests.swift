import Foundation
import NetworkInterchange
import PartnerRegistry
import Testing

/// GEXF input, and the two-mode marks GEXF and GraphML share. The answers
/// on files NetworkX and igraph write are checked against them in
/// Tests/clients/test_gexf.py; these tests pin what is read and each
/// error's position.
@Suite struct GEXFReaderTests {
    func load(_ text: String, path: String = "g.gexf") throws(RegistryLoadError) -> NetworkInput {
        try NetworkInput.load(data: Data(text.utf8), path: path, format: nil)
    }

    func problems(_ text: String, path: String = "g.gexf") -> [String] {
        do {
            _ = try load(text, path: path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// The primer's "A Web network" example made undirected (its edge 1→0
    /// dropped): labels, attributes by title, and the declared default of
    /// `frog` for a node that gives none.
    @Test func attributesAndDefaults() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
          <graph defaultedgetype="undirected">
            <attributes class="node">
              <attribute id="0" title="url" type="string"/>
              <attribute id="2" title="frog" type="boolean"><default>true</default></attribute>
            </attributes>
            <nodes>
              <node id="0" label="Gephi"><attvalues><attvalue for="0" value="https://gephi.org"/><attvalue for="2" value="false"/></attvalues></node>
              <node id="1" label="Webatlas"><attvalues><attvalue for="0" value="http://webatlas.fr"/></attvalues></node>
              <node id="2"/>
            </nodes>
            <edges>
              <edge id="0" source="0" target="1" weight="2.5"/>
              <edge id="1" source="0" target="2" type="mutual"/>
            </edges>
          </graph>
        </gexf>
        """
        guard case let .oneMode(network) = try load(text) else { Issue.record("expected a one-mode network"); return }
        #expect(network.nodes.map(\.name) == ["Gephi", "Webatlas", "2"])
        #expect(network.nodes.map { $0.attributes["frog"] } == ["false", "true", "true"])
        #expect(network.nodes[0].attributes["url"] == "https://gephi.org")
        #expect(network.ties.map(\.weight) == [2.5, 1])
        #expect(network.isWeighted)
    }

    /// Found by the root element whatever the extension.
    @Test func detectedByTheRootElement() throws {
        let text = "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<gexf version=\"1.3\"><graph><nodes><node id=\"a\"/>"
            + "<node id=\"b\"/></nodes><edges><edge source=\"a\" target=\"b\"/></edges></graph></gexf>\n"
        guard case let .oneMode(network) = try load(text, path: "export.xml") else { Issue.record("expected one-mode"); return }
        #expect(network.ties.count == 1)
        #expect(InputFormat.detect(path: "a.xml", firstBytes: Array("\u{FEFF}<?xml version=\"1.0\"?>\n<graphml xmlns=\"x\">".utf8)) == .graphml)
        #expect(InputFormat.detect(path: "a", firstBytes: Array("<gexf:gexf xmlns:gexf=\"x\">".utf8)) == .gexf)
    }

    @Test func everyErrorIsPositioned() {
        let text = """
        <gexf version="1.3">
          <graph defaultedgetype="undirected">
            <nodes>
              <node id="a"/>
              <node id="a"/>
              <node id="b"><nodes><node id="c"/></nodes></node>
            </nodes>
            <edges>
              <edge source="a" target="z"/>
              <edge source="a" target="b" type="directed"/>
              <edge source="b" target="a" weight="-1"/>
            </edges>
          </graph>
        </gexf>
        """
        #expect(problems(text) == [
            "g.gexf:6:39: error: a node inside a node (a hierarchy); flatten the graph: one level of nodes",
            "g.gexf:10:50: error: a directed edge (type=\"directed\"); ties are read undirected here; remove type=\"directed\"",
        ])
        let flat = text.replacingOccurrences(of: "<nodes><node id=\"c\"/></nodes>", with: "")
            .replacingOccurrences(of: " type=\"directed\"", with: "")
        #expect(problems(flat) == [
            "g.gexf:5:19: error: node id 'a' is declared twice; give each node its own id",
            "g.gexf:9:34: error: edge names node 'z', which the file does not declare; add <node id=\"z\"/> to <nodes>, or correct the edge's source/target",
            "g.gexf:11:46: error: '-1' is not a valid weight; write a number above 0, such as 1 or 2.5 (a decimal point, not a comma)",
        ])
        #expect(problems("<gexf><graph defaultedgetype=\"directed\"><nodes/></graph></gexf>") == [
            "g.gexf:1:40: error: a directed graph (defaultedgetype=\"directed\"); ties are read undirected here; "
                + "write defaultedgetype=\"undirected\" if the ties have no direction",
        ])
        let malformed = problems("<gexf><graph><nodes><node id=\"a\"></nodes></graph></gexf>")
        #expect(malformed.count == 1 && malformed[0].hasPrefix("g.gexf:1:") && malformed[0].contains("error: malformed XML: "),
                "\(malformed)")
    }

    /// `bipartite` 0/1 (NetworkX) makes a two-mode registry: side 0 are
    /// organisations, side 1 groups, each tie a membership.
    @Test func bipartiteMakesARegistry() throws {
        let text = """
        <gexf version="1.2"><graph defaultedgetype="undirected">
          <attributes class="node"><attribute id="0" title="bipartite" type="long"/></attributes>
          <nodes>
            <node id="Evelyn Jefferson" label="Evelyn Jefferson"><attvalues><attvalue for="0" value="0"/></attvalues></node>
            <node id="Laura Mandeville"><attvalues><attvalue for="0" value="0"/></attvalues></node>
            <node id="E1"><attvalues><attvalue for="0" value="1"/></attvalues></node>
          </nodes>
          <edges><edge source="E1" target="Evelyn Jefferson"/><edge source="Laura Mandeville" target="E1"/></edges>
        </graph></gexf>
        """
        guard case let .registry(r) = try load(text) else { Issue.record("expected a registry"); return }
        #expect(r.organisations.map(\.name) == ["Evelyn Jefferson", "Laura Mandeville"])
        #expect(r.groups.map(\.id) == ["E1"])
        #expect(r.memberships.map { "\($0.organisation)–\($0.group)" } == ["Evelyn Jefferson–E1", "Laura Mandeville–E1"])
    }

    /// In a two-mode file every node has a side, every tie crosses the
    /// sides and carries no weight; a boolean `type` (igraph's GraphML) marks
    /// sides too, and a `type` of another declared type is an attribute.
    @Test func twoModeErrorsAndGraphMLType() {
        let text = """
        <graphml><key id="t" for="node" attr.name="type" attr.type="boolean"/>
        <key id="w" for="edge" attr.name="weight" attr.type="double"/>
        <graph edgedefault="undirected">
        <node id="a"><data key="t">false</data></node>
        <node id="b"><data key="t">false</data></node>
        <node id="g"><data key="t">true</data></node>
        <node id="x"/>
        <edge source="a" target="b"/>
        <edge source="a" target="g"><data key="w">2</data></edge>
        </graph></graphml>
        """
        #expect(problems(text, path: "g.graphml") == [
            "g.graphml:7:13: error: node 'x' has no type: in a two-mode file every node has a side; give it type false (organisation) "
                + "or true (group), or remove the attribute from every node to read the file one-mode",
            "g.graphml:8:28: error: a tie between 'a' and 'b', both on side 0; a two-mode network ties only across its sides; "
                + "remove the tie, or the type attribute to read the file one-mode",
            "g.graphml:9:28: error: a weighted tie in a two-mode file; a membership carries no weight; "
                + "remove the weight, or the type attribute to read the file one-mode with weights",
        ])
        let stringType = text.replacingOccurrences(of: "attr.type=\"boolean\"", with: "attr.type=\"string\"")
        #expect((try? load(stringType, path: "g.graphml")).map { if case .oneMode = $0 { true } else { false } } == true)
    }
}
