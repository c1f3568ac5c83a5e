import Foundation
import InterchangeBase
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// Inputs from the issue tracker that the loader used to get wrong: names
/// merged through their IDs, lineage going round in a circle, names that
/// show nothing, a byte-order mark in YAML, brackets in comments, and
/// inputs that made the loader take minutes.
@Suite struct LoaderHardeningTests {
    // MARK: IDs made from names

    @Test func symbolOnlyNamesStayApart() throws {
        let r = try RegistryLoader.load(contents: "organisation,group\n🔥,G\n💧,H\n!!!,K\n", fileName: "m.csv")
        #expect(r.organisations.map(\.id.rawValue) == ["u1f525", "u1f4a7", "u21-u21-u21"])
        #expect(r.organisations.map(\.name) == ["🔥", "💧", "!!!"])
        #expect(r.groups.count == 3)
        let groups = try RegistryLoader.load(contents: "organisation,group\nA,🔥\nB,💧\n", fileName: "m.csv")
        #expect(groups.groups.map(\.id.rawValue) == ["u1f525", "u1f4a7"])
    }

    @Test func aNameAndItsOwnIDAreOne() throws {
        for text in ["organisation,group\nVisit Umeå,G\nvisit-umea,H\n", "organisation,group\nvisit-umea,G\nVisit Umeå,H\n"] {
            let r = try RegistryLoader.load(contents: text, fileName: "m.csv")
            #expect(r.organisations.map(\.id.rawValue) == ["visit-umea"])
            #expect(r.organisations.map(\.name) == ["Visit Umeå"])
            #expect(r.memberships.count == 2)
        }
    }

    @Test func twoNamesWithOneIDAreAnError() throws {
        let d = try #require(only("organisation,group\nVisit Umeå,G\nVisit Umea,H\n", file: "m.csv"))
        #expect(d.code == .duplicateIdentifier)
        #expect(d.description.hasPrefix(
            "m.csv:3:1: error: the organisation names 'Visit Umea' and 'Visit Umeå' (line 2, column 1) both make the ID 'visit-umea'"))
        let g = try #require(only("organisation,group\na,Ledningsgruppen\nb,LEDNINGSGRUPPEN\n", file: "m.csv"))
        #expect((g.code, g.line, g.column) == (.duplicateIdentifier, 3, 3))
        #expect(g.message.contains("group names"))
    }

    // MARK: Unicode normalisation

    /// "Umeå" with å composed (U+00E5) and decomposed (a, U+030A).
    static let composed = "Ume\u{E5}", decomposed = "Umea\u{30A}"

    /// The scalars of `text`: `==` on strings cannot tell NFC from NFD.
    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// The composed and decomposed spellings of one name are one
    /// organisation, named in NFC whichever came first.
    @Test func membershipNamesAreReadInNFC() throws {
        for (first, second) in [(Self.composed, Self.decomposed), (Self.decomposed, Self.composed)] {
            let r = try RegistryLoader.load(contents: "organisation,group\n\(first),G\n\(second),H\n", fileName: "m.csv")
            #expect(r.organisations.count == 1 && r.memberships.count == 2)
            #expect(r.organisations.map { Self.scalars($0.name) } == [Self.scalars(Self.composed)])
        }
    }

    /// Names, titles and aliases of a YAML or JSON registry are read in NFC.
    @Test func registryNamesAreReadInNFC() throws {
        let yaml = try RegistryLoader.load(contents: """
            organisations:
              - {id: umea, name: "\(Self.decomposed) kommun", kind: municipality, aliases: ["\(Self.decomposed)"]}
            groups:
              - {id: g, name: "A\u{30A}det", kind: council, members: [umea]}
            """, fileName: "r.yaml")
        #expect(Self.scalars(yaml.organisations[0].name) == Self.scalars("\(Self.composed) kommun"))
        #expect(yaml.organisations[0].aliases.map(Self.scalars) == [Self.scalars(Self.composed)])
        #expect(Self.scalars(yaml.groups[0].name) == Self.scalars("\u{C5}det"))
        let json = try RegistryLoader.load(
            contents: "{\"organisations\": [{\"id\": \"umea\", \"name\": \"\(Self.decomposed)\", \"kind\": \"other\"}]}",
            fileName: "r.json")
        #expect(Self.scalars(json.organisations[0].name) == Self.scalars(Self.composed))
    }

    // MARK: Lineage cycles

    func documents(_ lines: String) -> String {
        "documents:\n" + lines
    }

    @Test func documentRevisingItself() throws {
        let d = try #require(only(documents("""
          - {id: d1, name: D1, kind: plan, revises: [d1]}
        """)))
        #expect(d.code == .referenceCycle)
        #expect(d.description == "t.yaml:2:46: error: document 'd1' revises itself; a document can only revise, supersede or build on another, earlier one; remove 'revises: d1' from document 'd1'")
        let b = try #require(only(documents("  - {id: d1, name: D1, kind: plan, based-on: d1}\n")))
        #expect(b.message == "document 'd1' is based on itself")
    }

    @Test func documentsRevisingEachOther() throws {
        let d = try #require(only(documents("""
          - {id: d1, name: D1, kind: plan, revises: [d2]}
          - {id: d2, name: D2, kind: plan, revises: [d1]}
        """)))
        #expect(d.code == .referenceCycle)
        #expect((d.line, d.column) == (3, 46))
        #expect(d.message == "'revises' goes round in a circle: d1 → d2 → d1")
        #expect(d.hint?.hasSuffix("remove 'revises: d1' from document 'd2'") == true)
    }

    @Test func supersedesThroughThree() throws {
        let d = try #require(only(documents("""
          - {id: d1, name: D1, kind: plan, supersedes: d2}
          - {id: d2, name: D2, kind: plan, supersedes: d3}
          - {id: d3, name: D3, kind: plan, supersedes: d1}
        """)))
        #expect(d.message == "'supersedes' goes round in a circle: d1 → d2 → d3 → d1")
        #expect((d.line, d.column) == (4, 48))
    }

    @Test func mixedLineageCycleAndAcyclicLineage() throws {
        let d = try #require(only(documents("""
          - {id: d1, name: D1, kind: plan, based-on: d2}
          - {id: d2, name: D2, kind: plan, revises: d1}
        """)))
        #expect(d.message == "'based-on' and 'revises' go round in a circle: d1 → d2 → d1")
        // A diamond is no circle.
        let r = try RegistryLoader.load(contents: documents("""
          - {id: a, name: A, kind: plan}
          - {id: b, name: B, kind: plan, revises: a}
          - {id: c, name: C, kind: plan, based-on: a}
          - {id: d, name: D, kind: plan, supersedes: [b, c], based-on: a}
        """), fileName: "t.yaml")
        #expect(r.documents.count == 4)
    }

    // MARK: Names that show nothing

    @Test func invisibleNamesInYAML() throws {
        for (name, shown) in [("\u{200B}", "U+200B"), ("\u{3000}", "U+3000"), ("\u{200B} \u{FEFF}", "U+200B U+0020 U+FEFF")] {
            let d = try #require(only("organisations:\n  - {id: a, name: \"\(name)\", kind: other}\n"))
            #expect(d.code == .blankName)
            #expect((d.line, d.column) == (2, 19))
            #expect(d.message == "the 'name' of organisation 'a' shows nothing: it holds only \(shown)")
        }
        let empty = try #require(only("groups:\n  - {id: g, name: '  ', kind: other}\n"))
        #expect(empty.code == .blankName)
        let json = try #require(only("{\"sources\": [{\"id\": \"s\", \"title\": \"\\u200b\"}]}", file: "t.json"))
        #expect((json.code, json.line) == (.blankName, 1))
    }

    @Test func invisibleAndNULCellsInCSV() throws {
        let d = try #require(only("organisation,group\n\"\u{200B}\",G\n", file: "m.csv"))
        #expect((d.code, d.line, d.column) == (.blankName, 2, 1))
        let ideographic = try #require(only("organisation,group\na,\u{3000}\n", file: "m.csv"))
        #expect((ideographic.code, ideographic.line, ideographic.column) == (.blankName, 2, 3))
        let nul = try #require(only("organisation,group\na\u{0}b,G\n", file: "m.csv"))
        #expect((nul.code, nul.line, nul.column) == (.malformedCSV, 2, 1))
        #expect(nul.message.contains("NUL"))
    }

    // MARK: Byte-order mark and nesting

    @Test func byteOrderMarkInYAMLAndJSON() throws {
        let yaml = try RegistryLoader.load(data: Data("\u{FEFF}title: X\n".utf8), fileName: "t.yaml")
        #expect(yaml.title == "X")
        let json = try RegistryLoader.load(data: Data("\u{FEFF}{\"title\": \"X\"}".utf8), fileName: "t.json")
        #expect(json.title == "X")
        let sniffed = try RegistryLoader.load(contents: "\u{FEFF}title: X\n", fileName: "-", format: .yaml)
        #expect(sniffed.title == "X")
    }

    @Test func bracketsInCommentsAndScalarsDoNotCountAsNesting() throws {
        let many = String(repeating: "[", count: 2_001)
        for text in [
            "# \(many)\ntitle: X\n",
            "title: \"\(many)\"\n",
            "title: '\(many)'\n",
            "title: a\(many)\n",
            "title: |\n  \(many)\n",
            "title: \"a\\\"\(many)\"\n",
        ] {
            let r = try RegistryLoader.load(contents: text, fileName: "t.yaml")
            #expect(r.title != nil, "\(text.prefix(20))")
        }
        let deep = try #require(only("title: \(many)\n"))
        #expect(deep.message == "the document nests more than 2000 levels deep")
        let deepJSON = try #require(only("{\"title\":" + many, file: "t.json"))
        #expect(deepJSON.message == "the document nests more than 2000 levels deep")
    }

    // MARK: Hang guards (a generous bound against a hang, not a speed target)

    /// At most ten seconds of this thread's CPU time (not wall-clock time,
    /// which parallel tests on shared cores stretch).
    func withinTenSeconds(_ what: String, _ body: () -> Void) {
        let elapsed = threadCPUTime(body)
        #expect(elapsed < cpuGuard(seconds: 10), "\(what) took \(elapsed) of CPU time")
    }

    @Test func suggestionsForUnknownLongIDs() {
        // 1,000 organisations with 400-character IDs, and 1,000 references to
        // IDs one letter off: about 1 MB.
        var text = "organisations:\n"
        let stem = String(repeating: "abcdefghij", count: 40)
        for i in 0 ..< 1_000 { text += "  - {id: \(stem)-\(i), name: N\(i), kind: other}\n" }
        text += "groups:\n  - id: g\n    name: G\n    kind: council\n    members:\n"
        for i in 0 ..< 1_000 { text += "      - \(stem)-\(i)x\n" }
        withinTenSeconds("1,000 unknown long references") {
            let all = diagnostics(text)
            #expect(all.count == 500 + 1)  // 500 shown, then "more problems"
        }
        // IDs short enough for fuzzy matching: every one is compared.
        var short = "organisations:\n"
        for i in 0 ..< 2_000 { short += "  - {id: organisation-number-\(i), name: N\(i), kind: other}\n" }
        short += "groups:\n  - id: g\n    name: G\n    kind: council\n    members:\n"
        for i in 0 ..< 2_000 { short += "      - organisation-numbr-\(i)\n" }
        withinTenSeconds("2,000 unknown short references") {
            let all = diagnostics(short)
            #expect(all.count == 500 + 1)
            #expect(all.first?.hint == "did you mean 'organisation-number-0'?")
        }
    }

    @Test func longPartOfChainAndCycle() throws {
        var chain = "groups:\n"
        for i in 0 ..< 4_000 { chain += "  - {id: g\(i), name: G\(i), kind: council\(i > 0 ? ", part-of: g\(i - 1)" : "")}\n" }
        withinTenSeconds("a part-of chain of 4,000 groups") {
            #expect((try? RegistryLoader.load(contents: chain, fileName: "t.yaml"))?.groups.count == 4_000)
        }
        let cycle = chain.replacingOccurrences(of: "{id: g0, name: G0, kind: council}", with: "{id: g0, name: G0, kind: council, part-of: g3999}")
        withinTenSeconds("a part-of cycle of 4,000 groups") {
            let all = diagnostics(cycle)
            #expect(all.count == 1)
            #expect(all.first?.code == .referenceCycle)
        }
        var lineage = "documents:\n"
        for i in 0 ..< 4_000 { lineage += "  - {id: d\(i), name: D\(i), kind: plan, revises: d\((i + 1) % 4_000)}\n" }
        withinTenSeconds("a revises cycle of 4,000 documents") {
            let all = diagnostics(lineage)
            #expect(all.map(\.code) == [.referenceCycle])
        }
    }

    @Test func tenMegabyteName() {
        let name = String(repeating: "Å", count: 5_000_000)
        withinTenSeconds("a 10 MB name in YAML") {
            let all = diagnostics("organisations:\n  - {id: a, name: \"\(name)\", kind: otherr}\ngroups:\n  - {id: g, name: G, kind: council, members: [\(name)]}\n")
            #expect(all.map(\.code) == [.unknownValue, .unknownReference])
        }
        withinTenSeconds("a 10 MB name in CSV") {
            let r = try? RegistryLoader.load(contents: "organisation,group\n\(name),G\n", fileName: "m.csv")
            #expect(r?.organisations.first?.name.utf8.count == 10_000_000)
        }
    }
}

/// Text shown on a terminal, and text that shows nothing.
@Suite struct TerminalTextTests {
    @Test func controlAndBidiCharactersBecomeVisibleEscapes() {
        #expect(TerminalText.neutralised("A\u{1B}[31mB\u{07}\r\u{202E}C") == "A<U+001B>[31mB<U+0007><U+000D><U+202E>C")
        #expect(TerminalText.neutralised("tab\there\nnext\u{9B}\u{2066}") == "tab<U+0009>here<U+000A>next<U+009B><U+2066>")
        // Kept: letters, emoji with joiners, soft hyphens, zero-width space.
        for kept in ["Västerbotten", "👩‍👩‍👧", "Väster\u{AD}botten", "東京", "a\u{200B}b"] {
            #expect(TerminalText.neutralised(kept) == kept)
        }
        let long = String(repeating: "\u{1B}", count: 1_000_000)
        #expect(TerminalText.neutralised(long).utf8.count == 8_000_000)
    }

    @Test func blankTexts() {
        for blank in ["", " ", "\u{200B}", "\u{3000}", "\u{FEFF}", "\u{200D}\u{2060}", "\u{3164}", "\u{2800}", "\t\n", "\u{202E}"] {
            #expect(VisibleText.isBlank(blank), "\(VisibleText.codePoints(blank))")
        }
        for shown in ["a", " a ", "\u{200B}x", "🔥", "!", "\u{301}a"] { #expect(!VisibleText.isBlank(shown)) }
        #expect(VisibleText.codePoints("\u{200B} \u{3000}") == "U+200B U+0020 U+3000")
    }
}
