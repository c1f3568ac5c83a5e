import Foundation
import NetworkAnalysis
import NetworkInterchange
import PartnerRegistry
import Testing

/// The one-mode readers: the same small network written as an edge-list
/// CSV, a whitespace edge list, GraphML and Pajek reads to the same nodes
/// and ties; format detection; and each malformed file's first error at
/// its line and column, with nothing returned.
@Suite struct OneModeInputTests {
    static func write(_ text: String, _ name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("one-mode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func network(_ text: String, _ name: String, format: InputFormat? = nil) throws -> OneModeNetwork {
        guard case let .oneMode(n) = try NetworkInput.load(path: try write(text, name), format: format) else {
            Issue.record("\(name) read as a registry")
            throw CancellationError()
        }
        return n
    }

    /// Ties as sorted pairs of node IDs with weights.
    static func ties(_ n: OneModeNetwork) -> [String] {
        n.ties.map { t in
            let pair = [n.nodes[Int(t.first)].id, n.nodes[Int(t.second)].id].sorted()
            return "\(pair[0])-\(pair[1]):\(t.weight)"
        }.sorted()
    }

    static let expected = ["a-b:2.0", "a-c:1.0", "b-c:1.0", "c-d:0.5"]

    @Test func fourFormatsReadTheSameNetwork() throws {
        let csv = try Self.network("source,target,weight\na,b,2\nb,c,1\n\"c\",a,\nc,d,0.5\n", "t.csv")
        let edgelist = try Self.network("# a comment\na b 2\nb\tc 1\n\nc a 1 # trailing\nc d 0.5\n", "t.edgelist")
        let graphml = try Self.network("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <key id="l" for="node" attr.name="label" attr.type="string"/>
              <key id="k" for="node" attr.name="kind" attr.type="string"/>
              <graph edgedefault="undirected">
                <edge source="a" target="b"><data key="w">2</data></edge>
                <node id="a"><data key="l">Alfa &amp; co</data><data key="k">municipality</data></node>
                <node id="b"/><node id="c"/><node id="d"/>
                <edge source="b" target="c"/>
                <edge source="c" target="a"/>
                <edge source="c" target="d"><data key="w">0.5</data></edge>
              </graph>
            </graphml>
            """, "t.graphml")
        let pajek = try Self.network(
            "% a comment\n*Vertices 4\n1 \"a\" 0.1 0.2\n2 b\n3 \"c\"\n4 d\n*Edges\n1 2 2\n2 3\n*Edgeslist\n3 1\n*Arcs\n3 4 0.5\n",
            "t.net")
        for n in [csv, edgelist, graphml, pajek] {
            #expect(Self.ties(n) == Self.expected, "\(n.format)")
            #expect(Set(n.nodes.map(\.id)) == ["a", "b", "c", "d"])
            #expect(n.isWeighted)
        }
        let alfa = try #require(graphml.nodes.first { $0.id == "a" })
        #expect(alfa.name == "Alfa & co" && alfa.kind == "municipality")
        #expect(try graphml.resolve("Alfa & co") == graphml.index(of: "a"))
        #expect(csv.graph().edgeCount == 4)
    }

    @Test func formatsAreDetectedByExtensionAndHeader() throws {
        #expect(InputFormat.detect(path: "x.graphml", firstBytes: []) == .graphml)
        #expect(InputFormat.detect(path: "x.NET", firstBytes: []) == .pajek)
        #expect(InputFormat.detect(path: "x.txt", firstBytes: []) == .edgelist)
        #expect(InputFormat.detect(path: "x.csv", firstBytes: Array("Source,Target,Weight\n".utf8)) == .edgelist)
        #expect(InputFormat.detect(path: "x.csv", firstBytes: Array("organisation,group\n".utf8)) == nil)
        #expect(InputFormat.detect(path: "x.dat", firstBytes: Array("a b\n".utf8)) == nil)
        // Given explicitly, a headerless CSV is an edge list.
        let n = try Self.network("a,b\nb,c\n", "x.dat", format: .edgelist)
        #expect(Self.ties(n) == ["a-b:1.0", "b-c:1.0"])
        // A membership CSV stays a registry.
        let path = try Self.write("organisation,group\na,g\n", "m.csv")
        guard case .registry = try NetworkInput.load(path: path) else { Issue.record("memberships read as one-mode"); return }
    }

    /// Each malformed file: (name, text, code, line, column, fragment).
    @Test(arguments: [
        ("missing.csv", "source,target\na,b\nc\n", "malformed-csv", 3, 2, "this line has one column"),
        ("short.csv", "source,target,weight\na,b,1\nb,c\n", "malformed-csv", 3, 4, "the header has 3"),
        ("wide.csv", "source,target\na,b,3\n", "malformed-csv", 2, 5, "this line has 3 columns; expected 2"),
        ("weight.csv", "source,target,weight\na,b,-1\n", "wrong-type", 2, 5, "'-1' is not a valid weight"),
        ("nan.txt", "a b nan\n", "wrong-type", 1, 5, "'nan' is not a valid weight"),
        ("loop.csv", "source,target\na,a\n", "unsupported-fact", 2, 1, "a tie from 'a' to itself"),
        ("twice.csv", "source,target\na,b\nb,a\n", "duplicate-membership", 3, 1, "(the first is at line 2)"),
        ("empty-id.csv", "source,target\na,\n", "missing-key", 2, 3, "empty node ID"),
        ("quote.csv", "source,target\n\"a,b\n", "malformed-csv", 2, 1, "never closed"),
        ("header.csv", "source,targte\na,b\n", "unknown-key", 1, 8, "is not an edge list's"),
        ("dangling.graphml", """
            <graphml><graph edgedefault="undirected">
            <node id="a"/><node id="b"/>
            <edge source="a" target="b"/>
            <edge id="e2" source="b" target="ghost"/>
            </graph></graphml>
            """, "unknown-reference", 4, 40, "edge 'e2' names node 'ghost', which the file does not declare"),
        ("directed.graphml", "<graphml>\n<graph edgedefault=\"directed\">\n</graph></graphml>\n",
         "unsupported-fact", 2, 30, "a directed graph"),
        ("twice.graphml", "<graphml><graph>\n<node id=\"a\"/>\n<node id=\"a\"/>\n</graph></graphml>\n",
         "duplicate-identifier", 3, 13, "node id 'a' is declared twice"),
        ("broken.graphml", "<graphml><graph>\n<node id=\"a\">\n</graph></graphml>\n", "malformed-syntax", 3, 9, "malformed XML: a closing tag that does not match"),
        ("cut.graphml", "<graphml><graph>\n<node id=\"a\"/>\n", "malformed-syntax", 3, 1, "malformed XML: the file ends inside a tag"),
        ("count.net", "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 3\n", "unknown-reference", 5, 3,
         "'3' is not a vertex: *Vertices declares 2 (line 1)"),
        ("fewer.net", "*Vertices 3\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n", "wrong-type", 1, 1,
         "*Vertices declares 3 vertices but 2 are listed"),
        ("beyond.net", "*Vertices 2\n1 a\n2 b\n3 c\n", "unknown-reference", 4, 1, "'3' is not a vertex number in 1…2"),
        ("labels.net", "*Vertices 2\n1 \"a\"\n2 \"a\"\n", "duplicate-identifier", 3, 3, "the label 'a' names vertices 1 and 2"),
        ("matrix.net", "*Vertices 2\n*Matrix\n0 1\n1 0\n", "unsupported-fact", 2, 1, "the section *Matrix is not read"),
        ("negative.net", "*Vertices 3 -2\n*Edges\n1 2\n", "wrong-type", 1, 13, "the first side (-2) is negative"),
        ("open-label.net", "*Vertices 2\n1 \"A\n2 \"B\"\n", "malformed-syntax", 2, 3,
         "the quote opened here is not closed on its line"),
        ("nul.net", "*Vertices 2\n1 \"a\u{0}b\"\n2 \"c\"\n", "malformed-syntax", 2, 5, "a NUL character (U+0000)"),
        ("nul.csv", "source,target\na,b\nb,c\u{0}d\n", "malformed-syntax", 3, 4, "a NUL character (U+0000)"),
        ("nul.txt", "a b\nb\tc\u{0}\n", "malformed-syntax", 2, 4, "a NUL character (U+0000)"),
        ("cr-nul.csv", "source,target\ra,b\rb,\u{0}c\r", "malformed-syntax", 3, 3, "a NUL character (U+0000)"),
        ("headerless.txt", "a b\nb c 2\n", "malformed-csv", 2, 5, "this line has 3 columns; expected 2 (as on the first line)"),
        ("wide.txt", "a b 1 2\n", "malformed-csv", 1, 7, "a node ID cannot hold a space here"),
    ] as [(String, String, String, Int, Int, String)])
    func malformedFilesArePositioned(
        name: String, text: String, code: String, line: Int, column: Int, fragment: String
    ) throws {
        let path = try Self.write(text, name)
        let error = try #require(throws: RegistryLoadError.self) { try NetworkInput.load(path: path) }
        let first = try #require(error.diagnostics.first)
        #expect(first.code.rawValue == code, "\(first)")
        #expect(first.file == path)
        #expect((first.line, first.column) == (line, column), "\(first)")
        #expect(first.description.contains(fragment), "\(first)")
    }

    /// A message for a headerless file does not send the user to a header
    /// it lacks.
    @Test func headerlessFilesAreNotToldToEditAHeader() throws {
        for (text, name) in [("a b\nb c 2\n", "h.txt"), ("a,b\nb,c,2\n", "h.csv")] {
            let path = try Self.write(text, name)
            let error = try #require(throws: RegistryLoadError.self) { try NetworkInput.load(path: path, format: .edgelist) }
            let first = try #require(error.diagnostics.first)
            #expect(!first.description.contains("header"), "\(first)")
        }
        let path = try Self.write("source,target\na,b,2\n", "with-header.csv")
        let error = try #require(throws: RegistryLoadError.self) { try NetworkInput.load(path: path) }
        #expect(try #require(error.diagnostics.first).description.contains("add a 'weight' column to the header"))
    }

    /// CR LF (as Pajek itself writes) and lone CR line ends are line ends
    /// in every one-mode text format, counted as lines in positions.
    @Test func crLineEndsAreRead() throws {
        let pajek = try Self.network(
            "*Vertices 4\r\n1 \"a\"\r\n2 \"b\"\r\n3 \"c\"\r\n4 \"d\"\r\n*Edges\r\n1 2 2\r\n2 3\r\n*Arcs\r\n3 4 0.5\r\n3 1\r\n",
            "crlf.net")
        #expect(Self.ties(pajek) == Self.expected)
        let numbered = try Self.network("*Vertices 3\r\n*Edges\r\n1 2\r\n2 3\r\n", "numbered.net")
        #expect(numbered.nodes.map(\.id) == ["1", "2", "3"] && numbered.ties.count == 2)
        let oldMac = try Self.network("*Vertices 3\r*Edges\r1 2\r2 3\r", "cr.net")
        #expect(oldMac.ties.count == 2)
        let csv = try Self.network("source,target,weight\ra,b,2\rb,c,1\rc,a,1\rc,d,0.5\r", "cr.csv")
        #expect(Self.ties(csv) == Self.expected)
        let txt = try Self.network("a b 2\rb c 1\rc a 1\rc d 0.5\r", "cr.txt")
        #expect(Self.ties(txt) == Self.expected)
        // Positions count CR-ended lines.
        let path = try Self.write("source,target\ra,b\ra,a\r", "cr-loop.csv")
        let error = try #require(throws: RegistryLoadError.self) { try NetworkInput.load(path: path) }
        let first = try #require(error.diagnostics.first)
        #expect((first.line, first.column) == (3, 1), "\(first)")
        let netPath = try Self.write("*Vertices 2\r\n*Edges\r\n1 3\r\n", "crlf-bad.net")
        let netError = try #require(throws: RegistryLoadError.self) { try NetworkInput.load(path: netPath) }
        let netFirst = try #require(netError.diagnostics.first)
        #expect((netFirst.line, netFirst.column) == (3, 3), "\(netFirst)")
    }

    /// The composed and decomposed spellings of one name ("é" as U+00E9,
    /// or e and U+0301) are one node in every one-mode format, its ID and
    /// label in NFC whichever spelling came first, and so in a ranking.
    @Test func namesAreReadInNFC() throws {
        let nfc = "Ume\u{E5}", nfd = "Umea\u{30A}"
        func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        for (first, second) in [(nfd, nfc), (nfc, nfd)] {
            let networks = [
                try Self.network("source,target\n\(first),b\nb,\(second)x\nc,\(second)\n", "n.csv"),
                try Self.network("\(first) b\nc \(second)\n", "n.txt"),
                try Self.network("*Vertices 3\n1 \"\(first)\"\n2 b\n3 c\n*Edges\n1 2\n", "n.net"),
                try Self.network("""
                    <graphml><key id="l" for="node" attr.name="label"/><graph edgedefault="undirected">
                    <node id="\(first)"><data key="l">\(first) kommun</data></node><node id="b"/>
                    <edge source="\(second)" target="b"/></graph></graphml>
                    """, "n.graphml"),
            ]
            for n in networks {
                let node = try #require(n.nodes.first, "\(n.format)")
                #expect(scalars(node.id) == scalars(nfc), "\(n.format)")
                #expect(n.nodes.filter { $0.id == nfc }.count == 1, "\(n.format)")
                if let label = node.label { #expect(scalars(label) == scalars("\(nfc) kommun")) }
                let ranked = try OneModeAnalysis(n).centrality(.degree)
                let names = ranked.scores.map(\.name).filter { $0.hasPrefix(nfc) }
                #expect(!names.isEmpty && names.allSatisfy { scalars($0).starts(with: scalars(nfc)) }, "\(n.format)")
            }
        }
    }

    /// Betweenness of a path a–b–c–d read from a file equals the graph
    /// built directly (the reader adds nothing and loses nothing).
    @Test func analysisRunsOnTheNetworkAsItIs() throws {
        let n = try Self.network("source,target\na,b\nb,c\nc,d\n", "path.csv")
        let analysis = OneModeAnalysis(n)
        let report = try analysis.centrality(.betweenness)
        let direct = try Graph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3)]).betweennessCentrality()
        #expect(report.scores.count == 4)
        for s in report.scores {
            #expect(s.score == direct[Int(try #require(n.index(of: s.id)))])
        }
        let brokers = analysis.brokers()
        #expect(brokers.cutVertices.map(\.id) == ["b", "c"])
        #expect(brokers.bridges.count == 3)
        let link = try analysis.connection(from: 0, to: 3)
        #expect(link.steps == 3 && link.shortestChains.map { $0.map(\.id) } == [["a", "b", "c", "d"]])
    }
}
