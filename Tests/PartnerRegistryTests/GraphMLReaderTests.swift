import Foundation
import NetworkInterchange
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// The GraphML reader on what Foundation's `XMLParser` could not read or
/// reported by number: files over 10 MB, a 20 MB attribute, entities
/// (never expanded, never fetched, each reference reported), XML 1.1.
@Suite struct GraphMLReaderTests {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let keys = "<key id=\"l\" for=\"node\" attr.name=\"label\"/>\n"

    /// The first diagnostic of reading `text` as GraphML.
    static func firstProblem(_ text: String) throws -> Diagnostic {
        let path = try OneModeInputTests.write(text, "t.graphml")
        let error = try #require(throws: RegistryLoadError.self) { try NetworkInput.load(path: path) }
        return try #require(error.diagnostics.first)
    }

    /// 120 000 nodes with 100-byte labels: about 17 MB, read whole (it was
    /// "malformed XML: libxml2 error 1" above 10,000,000 bytes).
    @Test func filesOverTenMegabytesAreRead() throws {
        let label = String(repeating: "x", count: 100)
        var text = Self.header + "<graphml>\n" + Self.keys + "<graph edgedefault=\"undirected\">\n"
        for i in 0 ..< 120_000 { text += "<node id=\"n\(i)\"><data key=\"l\">\(label)\(i)</data></node>\n" }
        text += "<edge source=\"n0\" target=\"n119999\"/>\n</graph>\n</graphml>\n"
        #expect(text.utf8.count > 15_000_000)
        let network = try OneModeInputTests.network(text, "big.graphml")
        #expect(network.nodes.count == 120_000 && network.ties.count == 1)
        #expect(network.nodes[119_999].label == label + "119999")
    }

    /// A 20 MB attribute value and a 20 MB label are read (they were
    /// "attribute value without its closing quote").
    @Test func twentyMegabyteValuesAreRead() throws {
        let big = String(repeating: "ab", count: 10_000_000)
        let text = Self.header + "<graphml>\n" + Self.keys + "<graph edgedefault=\"undirected\">\n"
            + "<node id=\"a\" note=\"\(big)\"><data key=\"l\">\(big)</data></node><node id=\"b\"/>\n"
            + "<edge source=\"a\" target=\"b\"/>\n</graph>\n</graphml>\n"
        let network = try OneModeInputTests.network(text, "wide.graphml")
        #expect(network.nodes.count == 2)
        #expect(network.nodes[0].label?.utf8.count == 20_000_000)
    }

    /// Billion laughs is refused quickly, in words (it was "libxml2 error 89").
    @Test func entityExpansionIsRefused() throws {
        var doctype = "<!DOCTYPE graphml [\n<!ENTITY lol \"lol\">\n"
        var previous = "lol"
        for level in 1 ... 9 {
            doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
            previous = "lol\(level)"
        }
        doctype += "]>\n"
        let text = Self.header + doctype + "<graphml>" + Self.keys
            + "<graph><node id=\"a\"><data key=\"l\">&lol9;</data></node></graph></graphml>\n"
        var problem: Diagnostic?
        let elapsed = try threadCPUTime { problem = try Self.firstProblem(text) }
        let first = try #require(problem)
        #expect(first.message.contains("entity expansion refused"), "\(first)")
        #expect(!first.message.contains("libxml2 error"), "\(first)")
        #expect(elapsed < cpuGuard(seconds: 10), "took \(elapsed) of CPU time")
        // A small internal entity is not expanded either, and says so where it stands.
        let small = try Self.firstProblem(Self.header + "<!DOCTYPE graphml [<!ENTITY org \"Umeå kommun\">]>\n<graphml>"
            + Self.keys + "<graph>\n<node id=\"a\"><data key=\"l\">&org;</data></node></graph></graphml>\n")
        #expect(small.message == "entity expansion refused: '&org;' in <data> would be left out", "\(small)")
        #expect((small.line, small.column) == (5, 33), "\(small)")
    }

    /// An external entity is never read, and a label that would have held
    /// it is an error that says so (it was silently the node's ID).
    @Test func externalEntitiesAreReportedNotRead() throws {
        let secret = try OneModeInputTests.write("SECRET-MARKER\n", "secret.txt")
        let text = Self.header + "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file://\(secret)\">]>\n<graphml>"
            + Self.keys + "<graph>\n<node id=\"a\"><data key=\"l\">&xxe;</data></node></graph></graphml>\n"
        let path = try OneModeInputTests.write(text, "xxe.graphml")
        let error = try #require(throws: RegistryLoadError.self) { try NetworkInput.load(path: path) }
        let first = try #require(error.diagnostics.first)
        #expect(first.message == "the external entity '&xxe;' in <data> is not read: its text would be left out", "\(first)")
        #expect((first.line, first.column) == (5, 33), "\(first)")
        #expect(!error.diagnostics.contains { $0.description.contains("SECRET-MARKER") })
    }

    /// XML 1.1 is refused in words (it was "libxml2 error 97").
    @Test func xml11IsRefusedInWords() throws {
        let first = try Self.firstProblem("<?xml version=\"1.1\"?>\n<graphml><graph><node id=\"a\"/></graph></graphml>\n")
        #expect(first.message.contains("XML 1.1 is not supported"), "\(first)")
        #expect(first.line == 1, "\(first)")
    }

    /// Every code the reader translates reads as words, not a number.
    @Test func malformedXMLIsDescribedInWords() throws {
        for (text, words) in [
            ("", "the document is empty"),
            ("<graphml a=\"1\" a=\"2\"/>", "an attribute given twice"),
            ("<graphml><graph></graphml>", "a closing tag that does not match the open one"),
            ("<graphml>&nope;</graphml>", "an undeclared entity"),
            ("<graphml>\u{1}</graphml>", "a character that XML does not allow"),
        ] {
            let first = try Self.firstProblem(text)
            #expect(first.message.contains(words) && !first.message.contains("libxml2"), "\(first)")
        }
    }
}
