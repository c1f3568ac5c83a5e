import PartnerRegistry
import Testing

@Suite struct RuleTests {
    /// The seed's rule with `destinations` destination organisations taking part.
    static func seedRegistry(destinations: Int, fundedByVT: Bool = true) -> String {
        let participants = (["region"] + ["umea", "skelleftea", "lycksele"].prefix(destinations)).joined(separator: ", ")
        return """
        organisations:
          - {id: vt, name: VästerbottensTurism, kind: regional-tourism-organisation}
          - {id: region, name: Region Västerbotten, kind: region}
          - {id: umea, name: Visit Umeå, kind: destination-organisation}
          - {id: skelleftea, name: Visit Skellefteå, kind: destination-organisation}
          - {id: lycksele, name: Destination Lycksele, kind: destination-organisation}
        initiatives:
          - id: kampanj
            name: Kampanj
            funded-by: [\(fundedByVT ? "vt" : "region")]
            participants: [\(participants)]
        rules:
          - id: two-destinations
            description: An initiative paid for with VästerbottensTurism's funds needs at least two destinations.
            for: initiatives
            where: {funded-by: vt}
            require:
              participants: {kind: destination-organisation, at-least: 2}
        """
    }

    @Test func seedRuleViolatedWithOneDestination() throws {
        let r = try RegistryLoader.load(contents: Self.seedRegistry(destinations: 1), fileName: "seed.yaml")
        let violations = r.checkRules()
        #expect(violations.count == 1)
        let v = try #require(violations.first)
        #expect(v.rule == "two-destinations" && v.entity == .initiative("kampanj") && v.counted == 1)
        #expect(v.requirement.atLeast == 2 && v.severity == .error)
        #expect(v.location?.description == "seed.yaml:8:5")
        #expect(v.description == "seed.yaml:8:5: error: initiative 'kampanj' has 1 participant of kind destination-organisation, but rule 'two-destinations' requires at least 2 (An initiative paid for with VästerbottensTurism's funds needs at least two destinations.)")
        #expect(v.diagnostic?.code == .ruleViolated)
    }

    @Test func seedRuleSatisfiedWithTwoOrThreeDestinations() throws {
        for n in [2, 3] {
            let r = try RegistryLoader.load(contents: Self.seedRegistry(destinations: n), fileName: "seed.yaml")
            #expect(r.checkRules().isEmpty)
        }
    }

    @Test func seedRuleIgnoresInitiativesFundedByOthers() throws {
        let r = try RegistryLoader.load(contents: Self.seedRegistry(destinations: 0, fundedByVT: false), fileName: "s.yaml")
        #expect(r.checkRules().isEmpty)
        let withVT = try RegistryLoader.load(contents: Self.seedRegistry(destinations: 0), fileName: "s.yaml")
        #expect(withVT.checkRules().map(\.counted) == [0])
    }

    @Test func coverageRules() throws {
        let r = try RegistryLoader.load(contents: """
        organisations:
          - {id: vt, name: VT, kind: regional-tourism-organisation}
          - {id: umea-kommun, name: Umeå kommun, kind: municipality}
          - {id: lycksele-kommun, name: Lycksele kommun, kind: municipality}
          - {id: sorsele-kommun, name: Sorsele kommun, kind: municipality}
        groups:
          - {id: lg, name: Ledningsgrupp, kind: management-group, convener: vt, members: [vt, umea-kommun]}
          - {id: sg, name: Strategigrupp, kind: strategy-group, members: [{organisation: lycksele-kommun, role: observer}]}
          - {id: mg, name: Marknadsgrupp, kind: market-group, members: [sorsele-kommun]}
        rules:
          - id: every-group-has-a-convener
            for: groups
            require: {conveners: {at-least: 1}}
            severity: warning
          - id: municipalities-take-part
            for: organisations
            where: {kind: municipality}
            require: {groups: {kind: [strategy-group, management-group, council], role: [member, chair], at-least: 1}}
        """, fileName: "c.yaml")
        let v = r.checkRules()
        #expect(v.map(\.entity) == [.group("sg"), .group("mg"), .organisation("lycksele-kommun"), .organisation("sorsele-kommun")])
        #expect(v.map(\.severity) == [.warning, .warning, .error, .error])
        #expect(v[0].message == "group 'sg' has 0 conveners, but rule 'every-group-has-a-convener' requires at least 1")
        #expect(v[2].message == "organisation 'lycksele-kommun' has 0 groups of kind strategy-group or management-group or council as member or chair, but rule 'municipalities-take-part' requires at least 1")
        #expect(v.map { $0.location?.line } == [8, 9, 4, 5])
    }

    @Test func upperBoundsAndLevels() throws {
        let r = try RegistryLoader.load(contents: """
        organisations:
          - {id: a, name: A, kind: municipality, level: local}
          - {id: b, name: B, kind: municipality, level: local}
          - {id: c, name: C, kind: region, level: regional}
        groups:
          - {id: g, name: G, kind: council, level: regional, members: [a, b, c, {organisation: a, role: chair, since: 2020}]}
        rules:
          - id: small
            for: groups
            where: {level: regional}
            require:
              members: {level: local, at-most: 1}
          - id: exactly-one-chair
            for: groups
            require:
              members: {role: chair, at-least: 1, at-most: 1}
        """, fileName: "u.yaml")
        let v = r.checkRules()
        // a appears twice but counts once.
        #expect(v.map(\.counted) == [2])
        #expect(v.first?.message == "group 'g' has 2 members at level local, but rule 'small' requires at most 1")
        // Before 2020 there was no chair.
        let before = r.checkRules(asOf: PartialDate(year: 2019)!)
        #expect(before.map(\.rule) == ["small", "exactly-one-chair"])
        #expect(before.last?.message == "group 'g' has 0 members with role chair, but rule 'exactly-one-chair' requires exactly 1")
    }

    @Test func rulesBuiltInCode() {
        let r = Registry(
            organisations: [Organisation(id: "a", name: "A", kind: .company)],
            initiatives: [Initiative(id: "i", name: "I", participants: [Participation(organisation: "a")], funders: ["a"])])
        let rule = Rule(id: "funders", description: "", subject: .initiatives,
                        requirements: [.init(relation: .funders, kinds: ["company"], atLeast: 2)])
        let v = r.check(rule)
        #expect(v.map(\.counted) == [1])
        #expect(v.first?.location == nil)
        #expect(v.first?.description == "error: initiative 'i' has 1 funder of kind company, but rule 'funders' requires at least 2")
    }
}
