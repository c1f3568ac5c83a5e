import PartnerRegistry
import Testing

@Suite struct QueryTests {
    let registry: Registry

    init() throws {
        registry = try RegistryLoader.load(contents: Samples.full, fileName: "full.yaml")
    }

    @Test func membersOfAGroup() {
        #expect(registry.members(of: "ledningsgrupp").map(\.organisation) == [
            "vasterbottensturism", "visit-umea", "visit-skelleftea", "umea-kommun",
        ])
        #expect(registry.members(of: "operativa-arbetsgrupper").isEmpty)
        #expect(registry.members(of: "no-such-group").isEmpty)
    }

    @Test func groupsOfAnOrganisation() {
        #expect(registry.groups(of: "visit-umea").map(\.group) == ["ledningsgrupp", "marknadsgrupp"])
        #expect(registry.groups(of: "visitsweden").isEmpty)
        #expect(registry.membershipIndices(of: OrganisationID("visit-skelleftea")) == [2, 4])
    }

    @Test func membersAsOfADate() {
        // visit-umea chairs 2015-03 … 2019; umea-kommun observes 2015-06-01 … 2016.
        #expect(registry.members(of: "ledningsgrupp", asOf: PartialDate(year: 2015, month: 2)).map(\.organisation)
            == ["vasterbottensturism", "visit-skelleftea"])
        #expect(registry.members(of: "ledningsgrupp", asOf: PartialDate(year: 2016, month: 12, day: 31)).map(\.organisation)
            == ["vasterbottensturism", "visit-umea", "visit-skelleftea", "umea-kommun"])
        #expect(registry.members(of: "ledningsgrupp", asOf: PartialDate(year: 2017)).map(\.organisation)
            == ["vasterbottensturism", "visit-umea", "visit-skelleftea"])
        #expect(registry.groups(of: "visit-skelleftea", asOf: PartialDate(year: 2015)).map(\.group) == ["ledningsgrupp"])
    }

    @Test func registryAsOfADate() throws {
        let r2010 = registry.asOf(PartialDate(year: 2010)!)
        // ledningsgrupp starts 2015: gone, and so are its memberships and the initiative's group.
        #expect(r2010.groups.map(\.id) == ["marknadsgrupp", "operativa-arbetsgrupper"])
        #expect(r2010.memberships.map(\.group) == ["marknadsgrupp"])
        #expect(r2010.initiatives.isEmpty)  // vinterkampanj starts 2016
        // Färdledaren (2008) revises Länsstrategiplanen: from 2008 on the plan
        // is no longer in force.
        #expect(r2010.documents.map(\.id) == ["fardledaren"])
        #expect(registry.asOf(PartialDate(year: 2005)!).documents.map(\.id) == ["lansstrategiplan"])
        #expect(r2010.location(of: .group("marknadsgrupp"))?.description == "full.yaml:64:5")
        #expect(r2010.location(ofMembershipAt: 0) == registry.location(ofMembershipAt: 3))

        let r2031 = registry.asOf(PartialDate(year: 2031)!)
        #expect(r2031.organisation("umea-kommun") == nil)
        #expect(r2031.initiative("vinterkampanj")?.participants.map(\.organisation) == ["visit-umea", "visit-skelleftea"])
        #expect(r2031.members(of: "ledningsgrupp").map(\.organisation) == ["vasterbottensturism", "visit-skelleftea"])
        #expect(r2031.membershipEndpoints.count == r2031.memberships.count)

        let r2005 = registry.asOf(PartialDate(year: 2005)!)
        #expect(r2005.documents.map(\.id) == ["lansstrategiplan"])
    }

    @Test func codeBuiltRegistryWithUnknownReferences() {
        let r = Registry(
            organisations: [Organisation(id: "a", name: "A", kind: .other)],
            memberships: [Membership(organisation: "a", group: "ghost")])
        #expect(r.membershipEndpoints == [MembershipEndpoints(organisation: 0, group: -1)])
        // Indexed under the endpoint that exists only.
        #expect(r.groups(of: "a").map(\.group) == ["ghost"])
        #expect(r.members(of: "ghost").isEmpty)
        #expect(r.memberships.count == 1)
    }

    @Test func validityIsInclusive() {
        let v = Validity(since: PartialDate(year: 2008), until: PartialDate(year: 2009))
        #expect(v.contains(PartialDate(year: 2008, month: 1, day: 1)!))
        #expect(v.contains(PartialDate(year: 2009, month: 12, day: 31)!))
        #expect(!v.contains(PartialDate(year: 2010)!))
        #expect(!v.contains(PartialDate(year: 2007, month: 12, day: 31)!))
    }
}
