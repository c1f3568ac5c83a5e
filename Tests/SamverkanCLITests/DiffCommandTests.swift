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
        #expect(r.stdout.contains("ended (uncertain on 2011)      strategigruppen"), "\(r)")
        #expect(r.stdout.contains("confirmed (uncertain on 2011)  ledningsgrupp"))
        #expect(r.stdout.contains("lost-every-partner  Umeå kommun"))
        #expect(r.stdout.contains("Pairs that lost their last shared group: 152"))
        let json = try run(["graphs/vasterbotten.yaml", "--from", "2011", "--format", "json"], in: Self.root)
        let diff = try JSONDecoder().decode(RegistryDiff.self, from: Data(json.stdout.utf8))
        #expect(diff.to == "now" && diff.groups.filter { $0.kind == .ended }.map(\.id) == ["strategigruppen"])
        let same = try run(["graphs/vasterbotten.yaml", "--from", "2016", "--to", "now"], in: Self.root)
        #expect(same.status == 0 && same.stdout.contains("No changes."), "\(same)")
    }

    @Test func twoFilesAndStandardInput() throws {
        let r = try run(["old.yaml", "new.yaml", "--format", "csv"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.split(separator: "\n").map(String.init) == [
            "section,change,id,name,other_id,other_name,details,uncertain_on_from,uncertain_on_to",
            "group,renamed,council,Besöksnäringsrådet,,Turistrådet,,false,false",
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
