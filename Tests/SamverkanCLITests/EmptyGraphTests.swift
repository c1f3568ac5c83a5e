import Foundation
import SamverkanTestSupport
import Testing

/// The empty and the one-node network: every command that names no entity
/// gives the empty (or trivial) answer with exit 0, as NetworkX does on
/// `nx.Graph()` and a single node, in every one-mode format and for an
/// empty registry.
@Suite final class EmptyGraphTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }

    init() throws {
        scratch = try ScratchDirectory("empty")
        let files = [
            "empty.csv": "source,target\n",
            "empty.edgelist": "",
            "empty.graphml": "<?xml version=\"1.0\"?><graphml><graph edgedefault=\"undirected\"></graph></graphml>\n",
            "empty.gexf": "<gexf version=\"1.3\"><graph defaultedgetype=\"undirected\"><nodes/><edges/></graph></gexf>\n",
            "empty.net": "*Vertices 0\n",
            "empty.yaml": "title: Empty\n",
            "one.graphml": "<graphml><graph edgedefault=\"undirected\"><node id=\"a\"/></graph></graphml>\n",
            "one.yaml": "organisations: [{id: a, name: A, kind: other}]\n",
        ]
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    }

    func run(_ arguments: [String]) throws -> CommandResult { try CommandRunner.run(arguments, in: directory) }

    static let commands: [[String]] = [
        ["stats"], ["stats", "--format", "json"], ["brokers"], ["communities"], ["centrality"],
        ["centrality", "--measure", "eigenvector"], ["centrality", "--measure", "katz"], ["centrality", "--measure", "pagerank"],
        ["centrality", "--measure", "closeness", "--format", "csv"], ["map", "--format", "dot"],
    ]

    @Test(arguments: ["empty.csv", "empty.edgelist", "empty.graphml", "empty.gexf", "empty.net", "empty.yaml", "one.graphml", "one.yaml"])
    func everyCommandAnswers(file: String) throws {
        for command in Self.commands {
            let r = try run([command[0], file] + command.dropFirst())
            #expect(r.status == 0, "\(command) \(file): \(r)")
            #expect(!r.stderr.contains("error"), "\(command) \(file): \(r)")
        }
    }

    /// The answers are the empty ones: no scores, no nodes.
    @Test func theEmptyAnswer() throws {
        for file in ["empty.csv", "empty.gexf", "empty.yaml"] {
            for measure in ["betweenness", "eigenvector"] {
                let r = try run(["centrality", file, "--measure", measure, "--format", "json"])
                let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r)")
                #expect((json["scores"] as? [Any])?.isEmpty == true, "\(file) \(measure): \(r)")
            }
        }
        // One node: NetworkX gives it degree centrality 1, betweenness and closeness 0.
        for (measure, value) in [("degree", "1.0"), ("betweenness", "0.0"), ("closeness", "0.0")] {
            let one = try run(["centrality", "one.graphml", "--measure", measure, "--format", "csv", "--csv-raw"])
            #expect(one.stdout == "rank,id,name,kind,\(measure)\n1,a,a,,\(value)\n", "\(one)")
        }
    }
}
