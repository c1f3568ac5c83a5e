import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// The analysis commands run as a built executable: every command in every
/// format, the JSON decoded into the library's result type and compared
/// with the library's own answer, names resolved, exit codes.
@Suite struct AnalysisCommandTests {
    static let root = PackagePaths.root
    static let vasterbotten = "graphs/vasterbotten.yaml"
    static let coverage = "graphs/samples/coverage-rules.yaml"

    let registry: Registry
    /// The library's answer now, as the commands give by default.
    let analysis: RegistryAnalysis
    /// The library's answer in 2011, when the Strategigrupp may still
    /// have existed (begun 2003, ended before 2015 on an undated day).
    let in2011: RegistryAnalysis

    init() throws {
        registry = try RegistryLoader.load(path: Self.root.appendingPathComponent(Self.vasterbotten).path)
        analysis = RegistryAnalysis(registry: registry)
        in2011 = RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2011)!))
    }

    func run(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(arguments, in: Self.root)
    }

    func decode<T: Decodable>(_ type: T.Type, _ result: CommandResult) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(result.stdout.utf8))
    }

    /// CSV records (no quoted line breaks occur in these outputs).
    func csvRows(_ result: CommandResult) -> [String] {
        result.stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    // MARK: overlap

    /// The filters take a kind, level or role by its ID or its English or
    /// Swedish label. Roles, derived from graphs/vasterbotten.yaml: ten
    /// seats are written `role: convener`, one of them
    /// VästerbottensTurism's in the Strategigrupp, which has ended by now
    /// (as has the group's `conveners:` entry): `--role convener` keeps 9
    /// ties now. VästerbottensTurism is the one `partner` (of the B2B
    /// partnership for German-speaking markets): with it, 10. No seat is
    /// a chair: `--role chair` keeps none.
    @Test func filtersTakeIDsOrLabelsAndRoles() throws {
        func ties(_ extra: String...) throws -> Int {
            let r = try CommandRunner.run(["stats", Self.vasterbotten, "--quick", "--format", "json"] + extra, in: Self.root)
            #expect(r.status == 0, "\(r)")
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            return try #require(json?["ties"] as? Int)
        }
        #expect(try ties("--role", "convener") == 9)
        #expect(try ties("--role", "sammankallande", "--role", "Partner") == 10)
        #expect(try ties("--role", "chair") == 0)
        #expect(try ties() == 26)
        for (id, label) in [("municipality", "Kommun"), ("regional-tourism-organisation", "regional turistorganisation")] {
            let byID = try run("centrality", Self.vasterbotten, "--organisation-kind", id)
            let byLabel = try run("centrality", Self.vasterbotten, "--organisation-kind", label)
            #expect(byID.status == 0 && byID.stdout == byLabel.stdout, "\(label)")
        }
        let local = try run("centrality", Self.vasterbotten, "--level", "local", "--group-kind", "council")
        #expect(local.stdout == (try run("centrality", Self.vasterbotten, "--level", "lokal", "--group-kind", "Råd")).stdout)
        let wrong = try run("centrality", Self.vasterbotten, "--level", "lokala")
        #expect(wrong.status == 64 && wrong.stderr.contains("unknown level 'lokala' for --level: did you mean 'lokal'? the registry's vocabulary has local, regional, national, international (or their labels)"), "\(wrong)")
    }

    @Test func overlapAllFormats() throws {
        let table = try run("overlap", Self.vasterbotten)
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("Groups sharing members"))
        #expect(table.stdout.contains("Groups contained in another"))
        #expect(table.stdout.contains("Organisations sharing groups"))
        #expect(table.stdout.contains("jaccard — "))
        #expect(!table.stdout.contains("\u{1B}["))  // no colour when not a terminal

        let json = try run("overlap", Self.vasterbotten, "--format", "json")
        #expect(json.status == 0)
        #expect(try decode(OverlapReport.self, json) == analysis.overlaps(limit: 1_000))

        let csv = try run("overlap", Self.vasterbotten, "--format", "csv", "--groups", "--min-shared", "2")
        let report = try analysis.overlaps(scope: .groups, minShared: 2)
        let rows = csvRows(csv)
        // Each figure with its value on the sure network beside it; now
        // nothing is uncertain, so the two agree on every row.
        let header = [
            "pair", "first_id", "first_name", "second_id", "second_name", "first_size", "sure_first_size", "second_size",
            "sure_second_size", "shared_count", "sure_shared_count", "jaccard", "sure_jaccard", "overlap_coefficient",
            "sure_overlap_coefficient", "containment", "sure_containment", "shared_ids", "sure_shared_ids", "shared_names",
            "sure_shared_names", "first_uncertain", "second_uncertain", "uncertain", "pair_total", "as_of",
        ].joined(separator: ",")
        #expect(rows.first == header)
        #expect(rows.count == 1 + report.groupPairs.count)
        #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("groups,") })
        #expect(rows.dropFirst().allSatisfy { $0.hasSuffix(",false,false,false,\(report.groupPairTotal),now") })
    }

    /// As of 2011 every group is only possibly there (the seed describes
    /// 2015) and the sure network has no ties: each group pair has no sure
    /// figures (`"sure": null`, empty sure_… cells, "(säkert –)" in the
    /// registry's Swedish), and the municipalities, surely there, surely
    /// share nothing: "1 (säkert 0)".
    @Test func overlapSureValuesAsOf2011() throws {
        let table = try run("overlap", Self.vasterbotten, "--as-of", "2011", "--limit", "3")
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("2 (säkert –)  1.000 (säkert –)  1.000 (säkert –)"), "\(table.stdout)")
        let bjurholm = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("Bjurholms kommun") })
        #expect(bjurholm.contains("1 (säkert 0)  1.000 (säkert 0.000)  1.000 (säkert 0.000)"), "\(bjurholm)")
        #expect(table.stdout.contains("member list partial: not judged (säkert –)"))
        #expect(table.stdout.contains("(säkert x): the figure on what is certainly there"))

        let json = try run("overlap", Self.vasterbotten, "--as-of", "2011", "--format", "json", "--limit", "5")
        #expect(json.stdout.contains("\"sure\" : null"))
        #expect(try decode(OverlapReport.self, json) == in2011.overlaps(limit: 5))

        let csv = csvRows(try run("overlap", Self.vasterbotten, "--as-of", "2011", "--format", "csv", "--limit", "1"))
        // groups row: first_size 2, sure_first_size empty, …; organisations row: sure 0.
        #expect(csv[1].hasPrefix("groups,ledningsgrupp,Ledningsgruppen,turismkonferens,Årlig turismkonferens,2,,2,,2,,1.0,,1.0,,,,"))
        #expect(csv[1].hasSuffix(",true,true,true,120,2011"))
        #expect(csv[2].hasPrefix("organisations,bjurholm,Bjurholms kommun,dorotea,Dorotea kommun,1,0,1,0,1,0,1.0,0.0,1.0,0.0,,,"))
        #expect(csv[2].hasSuffix(",false,false,true,161,2011"))
    }

    @Test func overlapOrganisationsSortedByShared() throws {
        let json = try run("overlap", Self.vasterbotten, "--organisations", "--sort", "shared", "--format", "json")
        let report = try decode(OverlapReport.self, json)
        #expect(report.groupPairs.isEmpty && report.containments.isEmpty)
        #expect(report == (try analysis.overlaps(scope: .organisations, order: .shared, limit: 1_000)))
        let counts = report.organisationPairs.map(\.sharedCount)
        #expect(counts == counts.sorted(by: >))
    }

    // MARK: connect

    /// The seed: Trafikverket's tourism group has VästerbottensTurism in it;
    /// Umeå kommun, one of "länets kommuner", sat only in the Strategigrupp,
    /// which "tidigare" (formerly) carried the collaboration. In 2011 the
    /// one chain runs through it, marked uncertain; so are VT and
    /// Trafikverkets turistgrupp, which the seed alone describes, as of
    /// 2015. Now there is no chain.
    @Test func connectByNameAllFormats() throws {
        let table = try run("connect", Self.vasterbotten, "Trafikverket", "Umeå kommun", "--as-of", "2011")
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("Trafikverket → Umeå kommun (as of 2011)"))
        #expect(table.stdout.contains(
            "Trafikverket → [Trafikverkets turistgrupp (?)] → VästerbottensTurism (?) → [VästerbottensTurisms Strategigrupp (?)] → Umeå kommun"))
        #expect(table.stdout.contains("uncertain"))
        #expect(table.stdout.contains("Shared groups: none"))

        let json = try run("connect", Self.vasterbotten, "trafikverket", "umea", "--longer", "--format", "json", "--as-of", "2011")
        let link = try decode(Connection.self, json)
        #expect(try link == in2011.connection(from: "trafikverket", to: "umea", lengths: .shortestAndOneLonger))
        #expect(link.shortestChains.count == 1 && link.shortestChains[0].uncertain)
        #expect(link.shortestChains[0].groups.map(\.uncertain) == [true, true])

        let csv = try run("connect", Self.vasterbotten, "trafikverket", "umea", "--format", "csv", "--as-of", "2011")
        // Each tie's certainty: Trafikverket convenes its group and VT sits in
        // it (both quoted), VT convenes the Strategigrupp (quoted), Umeå's
        // seat is read from "länets kommuner" (inferred); every tie is only
        // possible in 2011, and no chain exists in the sure network.
        #expect(csvRows(csv) == [
            "kind,number,steps,organisation_ids,group_ids,chain,uncertain,tie_certainty,tie_uncertain,sure_steps,as_of",
            "shortest,1,2,trafikverket;vasterbottensturism;umea,trafikverkets-turistgrupp;strategigruppen,"
                + "Trafikverket → [Trafikverkets turistgrupp (?)] → VästerbottensTurism (?) → [VästerbottensTurisms Strategigrupp (?)] → Umeå kommun,true,"
                + "stated;stated;stated;inferred,true;true;true;true,,2011",
        ])
        #expect(table.stdout.contains("Only possibly: no chain joins them among what is certainly there on this date."))

        let now = try run("connect", Self.vasterbotten, "Trafikverket", "Umeå kommun")
        #expect(now.status == 0, "\(now)")
        #expect(now.stdout.contains("Trafikverket → Umeå kommun (as of now)"))
        #expect(now.stdout.contains("No chain of groups connects them.\n"
            + "Umeå kommun has no ties now (its only tie is in VästerbottensTurisms Strategigrupp, "
            + "which has ended on a date the sources do not give).\n"), "\(now)")
        let nowJSON = try run("connect", Self.vasterbotten, "Trafikverket", "Umeå kommun", "--format", "json")
        let untied = try JSONDecoder().decode(Connection.self, from: Data(nowJSON.stdout.utf8)).untied
        #expect(untied?.map(\.organisation.id) == ["umea"])
        #expect(untied?.first?.leftOut.map(\.reason) == [.groupAbsent(.endedOnAnUnknownDate)])
        let allTime = try run("connect", Self.vasterbotten, "Trafikverket", "Umeå kommun", "--all-time")
        #expect(allTime.stdout.contains("(all time)") && !allTime.stdout.contains("(?)"))
    }

    /// A name that exists but that the view leaves out is reported as
    /// such (issue: "never reported as not in the registry"): Umeå kommun
    /// rests on SCB's list alone (external), Trafikverket begins on
    /// 2010-04-01.
    @Test func namesLeftOutByTheViewSayWhy() throws {
        let external = try run("connect", Self.vasterbotten, "Trafikverket", "Umeå kommun", "--as-of", "2011",
                               "--certainty", "inferred")
        #expect(external.status == 1)
        #expect(external.stderr.contains(
            "Umeå kommun ('umea') rests on external sources only, which --certainty inferred leaves out"), "\(external)")
        let early = try run("connect", Self.vasterbotten, "Trafikverket", "Umeå kommun", "--as-of", "2002")
        #expect(early.stderr.contains("Trafikverket ('trafikverket') begins 2010-04-01, after 2002"), "\(early)")
        // A year means its first day, which the message says when the
        // beginning falls inside that year.
        let sameYear = try run("connect", Self.vasterbotten, "Trafikverket", "Umeå kommun", "--as-of", "2010")
        #expect(sameYear.status == 1)
        #expect(sameYear.stderr.contains(
            "Trafikverket ('trafikverket') begins 2010-04-01, after 2010 (--as-of 2010 means 2010-01-01): it is not there yet"),
            "\(sameYear)")
        for result in [external, early] { #expect(!result.stderr.contains("not in the registry"), "\(result)") }
    }

    @Test func connectIgnoresCaseAndDiacritics() throws {
        let result = try run("connect", Self.vasterbotten, "Vasterbottensturism", "TRAFIKVERKET", "--format", "json")
        #expect(result.status == 0, "\(result)")
        let link = try decode(Connection.self, result)
        #expect(link.from.id == "vasterbottensturism" && link.sharedGroups.map(\.id) == ["trafikverkets-turistgrupp"])
    }

    /// 2002: neither the Strategigrupp (2003) nor Trafikverket (2010) is there yet.
    @Test func connectAsOfBeforeTheStrategyGroup() throws {
        let result = try run("connect", Self.vasterbotten, "vasterbottensturism", "umea", "--as-of", "2002")
        #expect(result.status == 0)
        #expect(result.stdout.contains("No chain of groups connects them."))
    }

    @Test func connectRestrictedToGroupKinds() throws {
        // Only working groups: Umeå's one group (a strategy group) is out.
        let result = try run("connect", Self.vasterbotten, "trafikverket", "umea", "--group-kind", "working-group", "--format", "json")
        #expect(try decode(Connection.self, result).isConnected == false)
    }

    @Test func misspelledNamesGetASuggestionAndExit1() throws {
        let result = try run("connect", Self.vasterbotten, "Trafikverkt", "umea")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Trafikverket"), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    // MARK: reach

    @Test func reachAllFormats() throws {
        // 2011: through the Strategigrupp Umeå reaches its 17 fellow members in
        // one step and VästerbottensTurism's 6 other partners in two: all 23,
        // and surely none (the group and its seats are only possibly there).
        let table = try run("reach", Self.vasterbotten, "umea", "--steps", "2", "--without", "Strategigruppen", "--as-of", "2011")
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("Umeå kommun reaches 23 partners (säkert 0) within 2 steps"))
        #expect(table.stdout.contains("23 partners (säkert 0) lost"))

        let json = try run("reach", Self.vasterbotten, "umea", "--without", "strategigruppen", "--format", "json", "--as-of", "2011")
        #expect(try decode(PartnerReach.self, json) == in2011.reach(from: "umea", steps: 2, without: "strategigruppen"))
        // Now the group has ended: asking to go without it says so.
        let now = try run("reach", Self.vasterbotten, "umea", "--without", "strategigruppen")
        #expect(now.status == 1)
        #expect(now.stderr.contains("has ended on a date the sources do not give and is surely gone now"), "\(now)")

        let csv = try run("reach", Self.vasterbotten, "trafikverket", "--steps", "1", "--format", "csv")
        #expect(csvRows(csv) == [
            "organisation_id,organisation_name,steps,sure_steps,via_ids,via_names,lost,sure_lost,steps_without,sure_steps_without,uncertain,as_of",
            "vasterbottensturism,VästerbottensTurism,1,1,trafikverkets-turistgrupp,Trafikverkets turistgrupp,,,,,false,now",
        ])
        // 2011: Umeå's partners are reached through the Strategigrupp only:
        // not within reach on the sure network (empty sure_steps), uncertain.
        let then = try run("reach", Self.vasterbotten, "umea", "--steps", "1", "--format", "csv", "--as-of", "2011")
        #expect(csvRows(then).dropFirst().allSatisfy { $0.contains(",1,,strategigruppen,") && $0.hasSuffix(",true,2011") }, "\(then)")
    }

    // MARK: brokers

    @Test func brokersAllFormats() throws {
        let table = try run("brokers", Self.vasterbotten)
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("Cut organisations (organisation network): VästerbottensTurism"))
        #expect(table.stdout.contains("constraint — "))

        let json = try run("brokers", Self.vasterbotten, "--weighting", "shared-groups", "--format", "json")
        #expect(try decode(BrokerReport.self, json) == analysis.brokers(weighting: .sharedGroups))

        // 2011: every other organisation shares a group with VästerbottensTurism
        // (the Strategigrupp held the destinations, companies and municipalities);
        // VT itself is only possibly there (the seed alone describes it, as of 2015).
        let csv = try run("brokers", Self.vasterbotten, "--format", "csv", "--as-of", "2011")
        let rows = csvRows(csv)
        #expect(rows.count == 25)
        // 23 possible partners; in 2011 VT is not in the sure network, so
        // every sure_ cell is empty.
        #expect(rows[0].hasPrefix("organisation_id,organisation_name,level,partners,sure_partners,constraint,sure_constraint,"))
        #expect(rows[1].hasPrefix("vasterbottensturism,VästerbottensTurism,regional,23,,"))
        #expect(rows[1].hasSuffix(",true,true,true,2011"))
        // 2015: 23 possible partners, 7 sure (today's network).
        let y2015 = csvRows(try run("brokers", Self.vasterbotten, "--format", "csv", "--as-of", "2015"))
        #expect(y2015.contains { $0.hasPrefix("vasterbottensturism,VästerbottensTurism,regional,23,7,") })
        let table2015 = try run("brokers", Self.vasterbotten, "--as-of", "2015")
        #expect(table2015.stdout.contains("23 (säkert 7)"), "\(table2015)")
    }

    // MARK: load

    @Test func loadAllFormats() throws {
        let table = try run("load", Self.vasterbotten)
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("seats — "))

        let json = try run("load", Self.vasterbotten, "--as-of", "2002", "--format", "json")
        let report = try decode(LoadReport.self, json)
        #expect(report == RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2002)!)).meetingLoad())
        #expect(report.unaffiliated.contains { $0.id == "umea" })

        let csv = try run("load", Self.vasterbotten, "--format", "csv")
        let rows = csvRows(csv)
        #expect(rows[0] == "organisation_id,organisation_name,kind,level,groups,sure_groups,seats,sure_seats,chairs,sure_chairs,convenes,sure_convenes,group_ids,uncertain,uncertain_group_ids,as_of")
        let then = csvRows(try run("load", Self.vasterbotten, "--format", "csv", "--as-of", "2011"))
        // 2011: Umeå kommun is surely there (SCB) but its one group only
        // possibly: 1 group, surely 0, so the row is uncertain.
        #expect(then.contains {
            $0.hasPrefix("umea,Umeå kommun,municipality,local,1,0,1,0,0,0,0,0,")
                && $0.hasSuffix(",strategigruppen,true,strategigruppen,2011")
        })
        #expect(rows[1].hasPrefix("vasterbottensturism,VästerbottensTurism,regional-tourism-organisation,regional,15,"))
    }

    @Test func loadTableLinesUpWithSwedishNames() throws {
        let table = try run("load", Self.coverage, "--sort", "name")
        #expect(table.status == 0, "\(table)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        // Header, rule and six rows: every line ends in the right-aligned
        // Convenes column, so all have the same width.
        let tableLines = Array(lines[1 ... 8])
        #expect(Set(tableLines.map(\.count)).count == 1, "\(tableLines)")
        let names = tableLines.dropFirst(2).map { String($0.prefix { $0 != " " }) }
        #expect(names == ["Fjällhotellet", "Norrby", "Regionala", "Söderby", "Trafikverket", "Östby"])
    }

    @Test func loadReadsStandardInput() throws {
        let csv = "organisation,group,role\nVästerbottensTurism,Ledningsgruppen,chair\nVisit Umeå,Ledningsgruppen,\n"
        let result = try CommandRunner.run(["load", "-", "--format", "csv"], stdin: csv, in: Self.root)
        #expect(result.status == 0, "\(result)")
        #expect(csvRows(result) == [
            "organisation_id,organisation_name,kind,level,groups,sure_groups,seats,sure_seats,chairs,sure_chairs,convenes,sure_convenes,group_ids,uncertain,uncertain_group_ids,as_of",
            "vasterbottensturism,VästerbottensTurism,other,,1,1,1,1,1,1,0,0,ledningsgruppen,false,,now",
            "visit-umea,Visit Umeå,other,,1,1,1,1,0,0,0,0,ledningsgruppen,false,,now",
        ])
    }

    // MARK: communities

    @Test func communitiesAllFormats() throws {
        let table = try run("communities", Self.vasterbotten, "--seed", "3")
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("Modularity "))
        #expect(table.stdout.contains("(seed 3, resolution 1)"))

        let json = try run("communities", Self.vasterbotten, "--seed", "3", "--resolution", "1.5", "--format", "json")
        #expect(try decode(CommunityReport.self, json) == analysis.communities(seed: 3, resolution: 1.5))

        let csv = try run("communities", Self.vasterbotten, "--format", "csv")
        let rows = csvRows(csv)
        let header = "organisation_id,organisation_name,community,core_number,sure_core_number,uncertain,"
            + "depends_on_uncertain_ties,as_of"
        #expect(rows[0] == header)
        #expect(rows.count == 25)
        #expect(rows.contains { $0.hasPrefix("trafikverket,Trafikverket,") && $0.hasSuffix(",1,1,false,false,now") })
        // Now nothing is uncertain: no mark, no sure value beside a figure.
        #expect(!table.stdout.contains("säkert") && !table.stdout.contains("uncertain ties"))
    }

    /// As of 2011 the communities are found on the possible network (all
    /// 44 seats); the sure one is the municipalities and the two agencies
    /// without ties. Every organisation with a partner depends on uncertain
    /// ties (every tie is only possible), its core number surely 0 (the
    /// seven the seed alone names are not surely there: "–"), and the sure
    /// modularity is undefined (no sure tie): "(säkert –)".
    @Test func communitiesSureValuesAsOf2011() throws {
        let table = try run("communities", Self.vasterbotten, "--as-of", "2011")
        #expect(table.status == 0, "\(table)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("Modularity 0.103 (säkert –) (seed 0"), "\(lines[1])")
        #expect(lines.contains { $0.hasPrefix("1. 16 organisations, 16 on uncertain ties: ") })
        let umea = try #require(lines.first { $0.hasPrefix("Umeå kommun ") })
        #expect(umea.hasSuffix("17 (säkert 0)  on uncertain ties"), "\(umea)")
        let vt = try #require(lines.first { $0.hasPrefix("VästerbottensTurism (?) ") })
        #expect(vt.hasSuffix("17 (säkert –)  on uncertain ties"), "\(vt)")

        let json = try run("communities", Self.vasterbotten, "--as-of", "2011", "--format", "json")
        #expect(json.stdout.contains("\"sureModularity\" : null"))
        #expect(json.stdout.contains("\"dependsOnUncertainTies\" : true"))
        #expect(try decode(CommunityReport.self, json) == in2011.communities())

        let csv = csvRows(try run("communities", Self.vasterbotten, "--as-of", "2011", "--format", "csv"))
        #expect(csv.contains("umea,Umeå kommun,1,17,0,true,true,2011"))
        #expect(csv.contains { $0.hasPrefix("vasterbottensturism,VästerbottensTurism,2,17,,true,true,") })
    }

    // MARK: ego

    @Test func egoAllFormats() throws {
        let table = try run("ego", Self.vasterbotten, "Trafikverket", "--radius", "2")
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("Ego network of Trafikverket, radius 2"))

        let json = try run("ego", Self.vasterbotten, "trafikverket", "--radius", "2", "--format", "json")
        #expect(try decode(EgoNetwork.self, json) == analysis.egoNetwork(of: "trafikverket", radius: 2))

        let csv = try run("ego", Self.vasterbotten, "trafikverket", "--format", "csv")
        #expect(csvRows(csv) == [
            "organisation_id,organisation_name,organisation_step,sure_organisation_step,group_id,group_name,group_step,sure_group_step,organisation_uncertain,group_uncertain,as_of",
            "trafikverket,Trafikverket,0,0,trafikverkets-turistgrupp,Trafikverkets turistgrupp,1,1,false,false,now",
            "vasterbottensturism,VästerbottensTurism,1,1,trafikverkets-turistgrupp,Trafikverkets turistgrupp,1,1,false,false,now",
        ])
    }

    // MARK: exit codes and help

    @Test func unreadableFileExits2() throws {
        for command in ["overlap", "brokers", "load", "communities"] {
            let result = try run(command, "graphs/no-such-file.yaml")
            #expect(result.status == 2, "\(command): \(result)")
        }
        #expect(try run("connect", "graphs/no-such-file.yaml", "a", "b").status == 2)
    }

    @Test func invalidRegistryExits1() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-bad-\(UUID().uuidString).yaml")
        try Data("organisations:\n  - {id: x, name: X, kind: no-such-kind}\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run("load", file.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error:"))
    }

    @Test func outOfRangeArgumentsAreUsageErrors() throws {
        let result = try run("reach", Self.vasterbotten, "umea", "--steps", "0")
        #expect(result.status == 64)
        #expect(result.stderr.contains("give 1 or more"))
        let notThen = try run("reach", Self.coverage, "norrby", "--without", "no-such-group")
        #expect(notThen.status == 1)
    }

    @Test func everyCommandDocumentsItsExitCodes() throws {
        for command in ["overlap", "connect", "reach", "brokers", "load", "communities", "ego"] {
            let help = try run(command, "--help")
            #expect(help.status == 0)
            #expect(help.stdout.contains("Exit status: 0 success; 1"), "\(command)")
            #expect(help.stdout.contains("--as-of"), "\(command)")
            #expect(help.stdout.contains("--organisation-kind"), "\(command)")
        }
    }
}
