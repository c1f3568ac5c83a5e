import Foundation
import NetworkAnalysis
import PartnerRegistry
import Testing

/// The loader must never crash: every input gives a registry or diagnostics.
@Suite struct RobustnessTests {
    /// Loads and checks that failures carry positioned diagnostics.
    func survive(_ data: Data, _ name: String) {
        do {
            let r = try RegistryLoader.load(data: data, fileName: name)
            _ = r.checkRules()
        } catch {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.file == name })
        }
    }

    @Test func mutatedRegistries() {
        var rng = SplitMix64(seed: 20_240_611)
        let base = Array(Samples.full.utf8)
        let alphabet = Array("-:{}[],\"'#&*!|>  \n\tå0aZ".utf8)
        for round in 0 ..< 400 {
            var bytes = base
            for _ in 0 ..< Int.random(in: 1 ... 6, using: &rng) {
                let at = Int.random(in: 0 ..< bytes.count, using: &rng)
                switch Int.random(in: 0 ..< 3, using: &rng) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(alphabet.randomElement(using: &rng) ?? 32, at: at)
                default: bytes[at] = alphabet.randomElement(using: &rng) ?? 32
                }
            }
            survive(Data(bytes), round % 2 == 0 ? "m.yaml" : "m.json")
        }
    }

    @Test func truncatedRegistries() {
        let base = Array(Samples.full.utf8)
        for cut in stride(from: 0, to: base.count, by: 37) { survive(Data(base[..<cut]), "t.yaml") }
    }

    @Test func randomBytesInEveryFormat() {
        var rng = SplitMix64(seed: 7)
        for round in 0 ..< 200 {
            let bytes = (0 ..< Int.random(in: 0 ... 300, using: &rng)).map { _ in UInt8.random(in: 0 ... 255, using: &rng) }
            survive(Data(bytes), ["r.yaml", "r.json", "r.csv", "r"][round % 4])
        }
    }

    @Test func mutatedCSV() {
        var rng = SplitMix64(seed: 99)
        let base = Array("organisation,group,role,since,until\nVästerbottensTurism,\"Lednings, grupp\",chair,2015,2019\nvisit-umea,ledningsgrupp,,2015-03,\n".utf8)
        let alphabet = Array(",\"\r\n a-9é".utf8)
        for _ in 0 ..< 300 {
            var bytes = base
            for _ in 0 ..< Int.random(in: 1 ... 4, using: &rng) {
                let at = Int.random(in: 0 ..< bytes.count, using: &rng)
                if Bool.random(using: &rng) { bytes.remove(at: at) } else {
                    bytes.insert(alphabet.randomElement(using: &rng) ?? 44, at: at)
                }
            }
            survive(Data(bytes), "m.csv")
        }
    }

    @Test func deepNestingIsRefusedNotFatal() throws {
        let flow = String(repeating: "[", count: 100_000)
        let d = try #require(only(flow))
        #expect(d.code == .malformedSyntax)
        #expect(d.message == "the document nests more than 2000 levels deep")
        let block = String(repeating: "- ", count: 50_000) + "x\n"
        #expect(only(block)?.code == .malformedSyntax)
    }

    /// Brackets in a plain scalar in block context are text, not flow
    /// nesting: 3,000 of them load (the pre-check refused them), on the
    /// key's line or on a continuation line.
    @Test func bracketsInPlainScalarsAreNotNesting() throws {
        let brackets = String(repeating: "[", count: 3_000)
        for text in [
            "title: a \(brackets)\n", "title: a\(brackets)\n", "title: a \(brackets)]]\n",
            "title: a\n  \(brackets)\n", "title: a\n\n  \(brackets)\n  more\n",
            "title: a \"\(brackets)\n",
        ] {
            let registry = try RegistryLoader.load(contents: text, fileName: "t.yaml")
            #expect(registry.title?.contains(brackets) == true, "\(text.prefix(20))")
        }
    }

    /// Deep flow nesting is still refused wherever a flow collection can
    /// start in block context: after a key, a sequence marker, an anchor or
    /// a tag, and after a plain scalar line ends.
    @Test func deepFlowNestingAfterBlockNodesIsRefused() throws {
        let deep = String(repeating: "[", count: 3_000)
        for text in [
            "title: \(deep)\n", "- \(deep)\n", "title: &a \(deep)\n", "title: !!seq \(deep)\n",
            "title: a\nother: \(deep)\n", "title:\n  \(deep)\n", "title: a # \(deep)\nx: \(deep)\n",
            "? \(deep)\n", "{\"a\": \(deep)\n",
        ] {
            let d = try #require(only(text), "\(text.prefix(20))")
            #expect(d.code == .malformedSyntax && d.message == "the document nests more than 2000 levels deep",
                    "\(text.prefix(20)): \(d)")
        }
    }

    @Test func oddButValidYAMLIsHandled() {
        // Anchors and aliases, explicit tags, multiple documents.
        let anchors = """
        organisations:
          - &vt {id: vt, name: VT, kind: other}
        groups:
          - {id: g, name: G, kind: council, members: [*vt]}
        """
        let all = diagnostics(anchors)
        // A member mapping needs 'organisation'; 'id', 'name', 'kind' are not member keys.
        #expect(all.map(\.code) == [.missingKey, .unknownKey, .unknownKey, .unknownKey])
        #expect(only("a: 1\n---\nb: 2\n")?.code == .malformedSyntax)
        #expect(only("organisations: !!str 3\n")?.code == .wrongType)
    }
}

@Suite struct NestingGuardTests {
    @Test func longLinesOfHyphensAndBracketsInQuotesAreFine() throws {
        let hyphens = String(repeating: "-", count: 5000)
        let brackets = String(repeating: "[", count: 5000)
        let r = try RegistryLoader.load(contents: """
        organisations:
          - {id: a, name: "x\(hyphens)", kind: other, aliases: ["\(brackets)"]}
        """, fileName: "t.yaml")
        #expect(r.organisations.first?.aliases.first?.count == 5000)
    }
}
