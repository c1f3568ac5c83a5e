import Foundation
import PartnerRegistry
import Testing

@Suite struct CSVTests {
    @Test func namesAndIDsMeetInOneEntity() throws {
        let r = try RegistryLoader.load(contents: """
        organisation,group,role,since
        VästerbottensTurism,Ledningsgruppen,chair,2015
        visit-umea,ledningsgruppen,,2015
        Visit Umeå,Marknadsgruppen,member,
        vasterbottensturism,marknadsgruppen,,
        """, fileName: "m.csv")
        #expect(r.organisations.map(\.id.rawValue) == ["vasterbottensturism", "visit-umea"])
        // A name written after the ID replaces the ID as display name.
        #expect(r.organisations.map(\.name) == ["VästerbottensTurism", "Visit Umeå"])
        #expect(r.organisations.allSatisfy { $0.kind == .other })
        #expect(r.groups.map(\.id.rawValue) == ["ledningsgruppen", "marknadsgruppen"])
        #expect(r.groups.map(\.name) == ["Ledningsgruppen", "Marknadsgruppen"])
        #expect(r.memberships.map(\.role) == [.chair, .member, .member, .member])
        #expect(r.memberships[0].validity.since == PartialDate(year: 2015))
        #expect(r.members(of: "ledningsgruppen").map(\.organisation) == ["vasterbottensturism", "visit-umea"])
        #expect(r.groups(of: "visit-umea").map(\.group) == ["ledningsgruppen", "marknadsgruppen"])
        #expect(r.location(of: .organisation("visit-umea"))?.description == "m.csv:3:1")
        #expect(r.location(of: .group("marknadsgruppen"))?.description == "m.csv:4:12")
        #expect(r.location(ofMembershipAt: 3)?.description == "m.csv:5:1")
    }

    @Test func rfc4180Quoting() throws {
        let text = "\u{FEFF}group,organisation,until\r\n"
            + "\"Nätverket för regionala turistorganisationer\",\"Umeå, kommun\",2019-06\r\n"
            + "\"Sevärt \"\"i\"\" Västerbotten\",\"Skellefteå\nkommun\",\r\n"
            + "\r\n"
            + "  Sevärt \"i\" Västerbotten  ,  \"Umeå, kommun\"  ,\r\n"
        let r = try RegistryLoader.load(contents: text, fileName: "q.csv")
        #expect(r.organisations.map(\.name) == ["Umeå, kommun", "Skellefteå\nkommun"])
        #expect(r.organisations.map(\.id.rawValue) == ["umea-kommun", "skelleftea-kommun"])
        #expect(r.groups.map(\.name) == ["Nätverket för regionala turistorganisationer", "Sevärt \"i\" Västerbotten"])
        #expect(r.groups.map(\.id.rawValue) == ["natverket-for-regionala-turistorganisationer", "sevart-i-vasterbotten"])
        #expect(r.memberships.count == 3)
        #expect(r.memberships[0].validity.until == PartialDate(year: 2019, month: 6))
        // The quoted line break moves the next row to line 5.
        #expect(r.location(ofMembershipAt: 2)?.line == 6)
    }

    @Test func errorsNameLineAndColumnOfTheCell() {
        let all = diagnostics("""
        organisation,group,role,since,until
        Umeå,G,chiar,2015,
        Umeå,G,member,2015-13,
        Umeå,,member,,
        Umeå,G,member,2016,2014
        Umeå,G
        Umeå,G,member,2015,
        Umeå,G,member,2015,
        """, file: "m.csv")
        #expect(all.map(\.code) == [.unknownValue, .invalidDate, .malformedCSV, .reversedDates, .malformedCSV, .duplicateMembership])
        #expect(all.map { [$0.line, $0.column] } == [[2, 8], [3, 15], [4, 6], [5, 20], [6, 1], [8, 1]])
        #expect(all[0].description == "m.csv:2:8: error: unknown role 'chiar'; did you mean 'chair'? (allowed: chair, vice-chair, convener, secretary, member, observer, participant, partner, adjunct)")
        #expect(all[2].message == "empty group cell")
        #expect(all[4].message == "this row has 2 cells, but the header has 5")
        #expect(all[5].message == "'umea' is listed twice as a member of 'g' for the same period; first at line 7")
    }

    @Test func headerProblems() {
        let unknown = diagnostics("organization,group\nA,B\n", file: "m.csv")
        #expect(unknown.map(\.message) == ["unknown column 'organization' in the CSV header", "the CSV header has no 'organisation' column"])
        #expect(unknown.first?.hint == "did you mean 'organisation'?")
        #expect(diagnostics("", file: "m.csv").map(\.message) == ["the CSV file is empty"])
        #expect(diagnostics("organisation,group,group\na,b,c\n", file: "m.csv").map(\.message)
            == ["column 'group' appears twice in the CSV header"])
    }

    @Test func quotingErrors() {
        let unclosed = diagnostics("organisation,group\n\"Umeå,G\n", file: "m.csv")
        #expect(unclosed.map(\.message) == ["a quoted cell is never closed"])
        #expect(unclosed.map { [$0.line, $0.column] } == [[2, 1]])
        let stray = diagnostics("organisation,group\n\"Umeå\"x,G\n", file: "m.csv")
        #expect(stray.map(\.message) == ["text after the closing quote of a cell"])
        #expect(stray.map { [$0.line, $0.column] } == [[2, 7]])
    }

    /// The separator is read from the header: `,`, else `;` (spreadsheets
    /// in Swedish locales), else tab; a byte-order mark does not count as
    /// a column.
    @Test func semicolonAndTabSeparatedFiles() throws {
        for separator in [";", "\t"] {
            let text = ["organisation", "group", "role"].joined(separator: separator) + "\n"
                + ["\"Umeå, kommun\"", "Rådet", "chair"].joined(separator: separator) + "\n"
            let r = try RegistryLoader.load(contents: text, fileName: "m.csv")
            #expect(r.organisations.map(\.name) == ["Umeå, kommun"])
            #expect(r.memberships.map(\.role) == [.chair])
        }
        let bom = diagnostics("\u{FEFF}organisation;group;rol\nA;B;chair\n", file: "m.csv")
        #expect(bom.map { [$0.line, $0.column] } == [[1, 20]])
    }

    /// A byte that is not UTF-8 makes the file a Windows-1252 one (a
    /// spreadsheet's semicolon CSV): read so, and `validate` says it.
    @Test func invalidUTF8IsReadAsWindows1252() throws {
        var data = Data("organisation,group\n".utf8)
        data.append(contentsOf: [0x55, 0x6D, 0x65, 0xE5])  // "Ume" + Windows-1252 å
        data.append(contentsOf: Data(",G\n".utf8))
        let r = try RegistryLoader.load(data: data, fileName: "l1.csv")
        #expect(r.organisations.map(\.name) == ["Umeå"])
        #expect(r.readEncoding == .windows1252)
        #expect(r.checkEncoding().map(\.code) == [.encodingGuessed])
        #expect(r.checkEncoding().first?.location == SourceLocation(file: "l1.csv", line: 1, column: 1))
        let utf8 = try RegistryLoader.load(data: Data("organisation,group\nUmeå,G\n".utf8), fileName: "l2.csv")
        #expect(utf8.readEncoding == .utf8 && utf8.checkEncoding().isEmpty)
    }

    @Test func manyErrorsAreCapped() {
        let rows = (0 ..< 2000).map { "a\($0),g,boss" }.joined(separator: "\n")
        let all = diagnostics("organisation,group,role\n" + rows, file: "m.csv")
        #expect(all.count == 501)
        #expect(all.last?.code == .tooManyProblems)
        #expect(all.last?.message == "1500 more problems not shown")
        let e = #expect(throws: RegistryLoadError.self) {
            try RegistryLoader.load(contents: "organisation,group,role\n" + rows, fileName: "m.csv")
        }
        #expect(e?.omitted == 1500 && e?.errorCount == 2000)
    }

    @Test func sniffedFromContentAndReadFromStandardInputName() throws {
        let r = try RegistryLoader.load(contents: "organisation,group\nA,B\n", fileName: RegistryLoader.standardInputName)
        #expect(r.memberships == [Membership(organisation: "a", group: "b")])
    }

    @Test func largeFileInterningIsConsistent() throws {
        // 3,000 rows over 300 organisations and 40 groups, some by name, some by ID.
        var text = "organisation,group\n"
        var expected: [(Int, Int)] = []
        var seen = Set<[Int]>()
        for row in 0 ..< 3000 {
            let o = (row * 7919) % 300, g = (row * 104_729) % 40
            guard seen.insert([o, g]).inserted else { continue }
            expected.append((o, g))
            text += (row % 2 == 0 ? "Organisation Ö\(o)" : "organisation-o\(o)") + "," + "Grupp \(g)\n"
        }
        let r = try RegistryLoader.load(contents: text, fileName: "big.csv")
        #expect(r.memberships.count == expected.count)
        for (i, (o, g)) in expected.enumerated() {
            #expect(r.memberships[i].organisation.rawValue == "organisation-o\(o)")
            #expect(r.memberships[i].group.rawValue == "grupp-\(g)")
            #expect(r.membershipEndpoints[i].organisation == Int32(r.index(of: OrganisationID("organisation-o\(o)")) ?? -9))
        }
        #expect(r.organisations.count == Set(expected.map(\.0)).count)
    }
}
