import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `samverkan diff`, run as a built executable: the one command whose exit
/// status 1 means "different".
@Suite final class DiffCommandTests {
    static let root = PackagePaths.root
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }

    init() throws {
        scratch = try ScratchDirectory("diff")
        try Data(Self.old.utf8).write(to: scratch.url.appendingPathComponent("old.yaml"))
        try Data(Self.new.utf8).write(to: scratch.url.appendingPathComponent("new.yaml"))
    }

    static let old = """
    organisations:
      - {id: rto, name: Regional Tourism Org, kind: regional-tourism-organisation}
      - {id: north, name: Destination Nord, kind: destination-organisation}
    groups:
      - {id: council, name: Turistrådet, kind: council, members: [rto, north]}
    """

    /// One edit: the council is renamed (same ID).
    static let new = old.replacingOccurrences(of: "Turistrådet", with: "Besöksnäringsrådet")

    func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> CommandResult {
        try CommandRunner.run(["diff"] + arguments, stdin: stdin, in: directory ?? self.directory)
    }

    /// 2011 to now: the Strategigrupp ends; what the seed alone describes
    /// (as of 2015) was possible in 2011 and is confirmed now.
    @Test func twoDatesOfTheVasterbottenRegistry() throws {
        let r = try run(["graphs/vasterbotten.yaml", "--from", "2011", "--to", "now"], in: Self.root)
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.hasPrefix("Changes from 2011 to now"))
        #expect(r.stdout.contains("ended (uncertain on 2011)      VästerbottensTurisms Strategigrupp"), "\(r)")
        #expect(r.stdout.contains("confirmed (uncertain on 2011)  Ledningsgruppen"))
        #expect(r.stdout.contains("lost-every-partner (uncertain on 2011)  Umeå kommun"))
        #expect(r.stdout.contains("Pairs that lost their last shared group: 152 (säkert 0); gained a first: 0"))
        let json = try run(["graphs/vasterbotten.yaml", "--from", "2011", "--format", "json"], in: Self.root)
        let diff = try JSONDecoder().decode(RegistryDiff.self, from: Data(json.stdout.utf8))
        #expect(diff.to == "now" && diff.groups.filter { $0.kind == .ended }.map(\.id) == ["strategigruppen"])
        let same = try run(["graphs/vasterbotten.yaml", "--from", "2016", "--to", "now"], in: Self.root)
        #expect(same.status == 0 && same.stdout.contains("No changes."), "\(same)")
    }

    /// 2010 to now, the example, in the three formats (facts
    /// derived in RegistryDiffTests.vasterbottenFrom2010ToNowExplains):
    /// every row resting on 2010's groups says it holds only possibly, a
    /// figure shows its sure value beside it, VisitSweden's climb is
    /// labelled as others' doing, and rows show names in Swedish order.
    @Test func explainsTwoDatesInEveryFormat() throws {
        let arguments = ["graphs/vasterbotten.yaml", "--from", "2010", "--to", "now"]
        let table = try run(arguments, in: Self.root)
        #expect(table.status == 1 && table.stderr.isEmpty, "\(table)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        func line(_ fragments: String...) -> String? { lines.first { l in fragments.allSatisfy { l.contains($0) } } }
        #expect(line("degree", "VisitSweden AB", "19 → 2 (säkert – → 2)", "+17", "others' changes") != nil, "\(table.stdout)")
        #expect(line("degree", "Bjurholms kommun", "2 → 9 (säkert 1 → 9)", "-7", "own ties") != nil)
        #expect(line("lost-every-partner (uncertain on 2010)", "Umeå kommun", "17 (säkert 0)") != nil)
        #expect(line("lost-every-partner (uncertain on 2010)", "Turistföretagen i länet", "17 (säkert –)") != nil)
        #expect(line("found-partners (uncertain on 2010)", "Tillväxtverket") != nil)
        #expect(lines.contains("Pairs that lost their last shared group: 152 (säkert 0); gained a first: 0"))
        #expect(line("lost (uncertain on 2010)", "Bjurholms kommun", "Destinationsorganisationerna", "VästerbottensTurisms Strategigrupp (?)") != nil)
        #expect(line("vanished (uncertain on 2010)", "group", "VästerbottensTurisms Strategigrupp") != nil)
        #expect(line("ended (uncertain on 2010)", "Åsele kommun", "VästerbottensTurisms Strategigrupp", "member") != nil)
        #expect(!table.stdout.contains("asele") && !table.stdout.contains("strategigruppen"), "names, not IDs")
        // Swedish order: Åsele last, after Vindeln and Vännäs.
        let seats = lines.filter { $0.hasPrefix("ended (uncertain on 2010)") && $0.contains("kommun") }
        #expect(seats.count == 15 && seats.last?.contains("Åsele kommun") == true)
        let vindeln = try #require(seats.firstIndex { $0.contains("Vindelns kommun") })
        #expect(seats[vindeln + 1].contains("Vännäs kommun"))
        #expect(table.stdout.contains("(säkert x): the figure on what is certainly there"))
        #expect(table.stdout.contains("cause — own ties:"))

        let json = try run(arguments + ["--format", "json"], in: Self.root)
        #expect(json.status == 1, "\(json)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let moves = try #require(object["rankMoves"] as? [[String: Any]])
        let visitSweden = try #require(moves.first { $0["organisation"] as? String == "visitsweden" })
        #expect(visitSweden["cause"] as? String == "others" && visitSweden["uncertain"] as? Bool == true)
        let sure = try #require(visitSweden["sure"] as? [String: Any])
        #expect(sure["rankFrom"] is NSNull && sure["rankTo"] as? Int == 2)
        let partners = try #require(object["isolation"] as? [[String: Any]])
        #expect(partners.first { $0["organisation"] as? String == "umea" }.map { $0["sure"] as? Int == 0 && $0["partners"] as? Int == 17 } == true)
        #expect(partners.first { $0["organisation"] as? String == "turistforetagen" }.map { $0["sure"] is NSNull } == true)
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        #expect(pairs.count == 152 && pairs.allSatisfy { $0["uncertain"] as? Bool == true && $0["uncertainOnFrom"] as? Bool == true })
        #expect(object["language"] as? String == "sv")
        let decoded = try JSONDecoder().decode(RegistryDiff.self, from: Data(json.stdout.utf8))
        #expect(decoded.pairTotals == PairTotals(lost: 152, gained: 0, surelyLost: 0, surelyGained: 0))

        let csv = try run(arguments + ["--format", "csv"], in: Self.root)
        let rows = csv.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "section,change,id,name,other_id,other_name,role,details,sure_details,cause,uncertain_on_from,uncertain_on_to")
        #expect(rows.contains("rank,degree,visitsweden,VisitSweden AB,,,,19 → 2,– → 2,others,true,false"))
        #expect(rows.contains("rank,degree,bjurholm,Bjurholms kommun,,,,2 → 9,1 → 9,own-ties,true,false"))
        #expect(rows.contains("partners,lost-every-partner,umea,Umeå kommun,,,,17,0,,true,false"))
        #expect(rows.contains("partners,found-partners,tillvaxtverket,Tillväxtverket,,,,1,1,,true,false"))
        #expect(rows.contains("pair,lost,bjurholm,Bjurholms kommun,destinationerna,Destinationsorganisationerna,,strategigruppen,,,true,false"))
        #expect(rows.contains("membership,ended,asele,Åsele kommun,strategigruppen,VästerbottensTurisms Strategigrupp,member,,,,true,false"))
        #expect(rows.contains("cut-vertex,vanished,strategigruppen,VästerbottensTurisms Strategigrupp,,,,group,,,true,false"))
        // Every derived row fills its uncertainty columns.
        let derived = rows.filter { ["pair", "partners", "rank", "cut-vertex"].contains($0.split(separator: ",").first.map(String.init) ?? "") }
        #expect(derived.count == 152 + 17 + 10 + 5)
        #expect(derived.allSatisfy { $0.hasSuffix(",true,false") || $0.hasSuffix(",false,false") })
    }

    /// `--limit N` keeps the first N pairs of each kind by name in JSON and
    /// CSV, says so on standard error, and still counts every pair; the
    /// table shows 20 and says what the lists hold.
    @Test func pairListsAreCutByLimit() throws {
        let arguments = ["graphs/vasterbotten.yaml", "--from", "2010"]
        let csv = try run(arguments + ["--format", "csv", "--limit", "3"], in: Self.root)
        #expect(csv.status == 1)
        #expect(csv.stdout.split(separator: "\n").filter { $0.hasPrefix("pair,") }.map { $0.split(separator: ",")[4] } == [
            "destinationerna", "dorotea", "lycksele",
        ])
        #expect(csv.stderr == "samverkan diff: the lists hold the first 3 of 152 pairs that lost their last shared group, by name (--limit N or --limit all to change)\n", "\(csv)")
        let all = try run(arguments + ["--format", "json", "--limit", "all"], in: Self.root)
        let listed = try JSONDecoder().decode(RegistryDiff.self, from: Data(all.stdout.utf8))
        #expect(all.stderr.isEmpty && listed.pairs.count == 152)
        let table = try run(arguments + ["--limit", "0"], in: Self.root)
        #expect(table.stdout.contains("Pairs that lost their last shared group: 152 (säkert 0); gained a first: 0\n"), "\(table)")
        #expect(table.stdout.contains("(the lists hold none of 152 pairs that lost their last shared group, by name"))
        #expect(try run(arguments + ["--limit", "-1"], in: Self.root).status == 64)
    }

    @Test func twoFilesAndStandardInput() throws {
        let r = try run(["old.yaml", "new.yaml", "--format", "csv"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.split(separator: "\n").map(String.init) == [
            "section,change,id,name,other_id,other_name,role,details,sure_details,cause,uncertain_on_from,uncertain_on_to",
            "group,renamed,council,Besöksnäringsrådet,,Turistrådet,,,,,false,false",
        ])
        let piped = try run(["-", "new.yaml"], stdin: Self.old)
        #expect(piped.status == 1 && piped.stdout.contains("Changes from <stdin> to new.yaml"), "\(piped)")
        #expect(try run(["old.yaml", "old.yaml"]).status == 0)
    }

    /// An input that cannot be read or holds errors is 2, as diff(1)'s
    /// trouble; a wrong command line is 64, as for every command.
    @Test func unreadableInputExitsTwoAndAWrongCommandLine64() throws {
        #expect(try run(["old.yaml", "no-such.yaml"]).status == 2)
        try Data("organisations: [{id: x}]\n".utf8).write(to: directory.appendingPathComponent("bad.yaml"))
        let invalid = try run(["old.yaml", "bad.yaml"])
        #expect(invalid.status == 2 && invalid.stderr.contains("bad.yaml:1:"), "\(invalid)")

        let backwards = try run(["old.yaml", "--from", "2016", "--to", "2010"])
        #expect(backwards.status == 64)
        #expect(backwards.stderr == "samverkan diff: --from 2016 is after --to 2010; give the earlier date first\n", "\(backwards)")
        let badDate = try run(["old.yaml", "--from", "2O10"])
        #expect(badDate.status == 64 && badDate.stderr.contains("'2O10' is not a date"), "\(badDate)")
        // A negative year is read as the option's value, not as an unknown option.
        let negative = try run(["old.yaml", "--from", "-1"])
        #expect(negative.status == 64 && negative.stderr.contains("'-1' is not a date"), "\(negative)")
        #expect(try run(["old.yaml"]).status == 64)
        let three = try run(["old.yaml", "new.yaml", "old.yaml"])
        #expect(three.status == 64 && three.stderr.contains("(got 3 files)"), "\(three)")
        #expect(try run(["old.yaml", "new.yaml", "--from", "2010"]).status == 64)
        #expect(try run(["-", "-"], stdin: Self.old).status == 64)
    }
}
