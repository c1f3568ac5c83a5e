import PartnerRegistry

/// A hand-checked registry: 5 organisations, 3 groups, 1 initiative and
/// 2 documents. The expected nodes, edges, ego networks and tooltips in
/// the tests were worked out by hand from this data.
///
/// ```
/// a VästerbottensTurism (rto, regional)  ─ chair of g1, convenes g1, funds i1, adopted p
/// b Visit Umeå (destination, local)      ─ member of g1 and g2, lead of i1
/// c Umeå kommun (municipality, local)    ─ member of g1 since 2012, of g3 until 2010, in i1
/// d VisitSweden AB (state-owned, national) ─ observer in g2
/// e Isolerade AB (company, no level)     ─ nothing
/// g2 part of g1; g2 runs i1; s (2015) revises p (2003); g1 adopted s
/// ```
enum TinyRegistry {
    static var registry: Registry {
        Registry(
            title: "Tiny",
            organisations: [
                Organisation(id: "a", name: "VästerbottensTurism", kind: .regionalTourismOrganisation, level: .regional,
                             url: "https://www.visitvasterbotten.se/?a=1&b=\"x\"", attributes: ["sector": "public"]),
                Organisation(id: "b", name: "Visit Umeå", kind: .destinationOrganisation, level: .local,
                             url: "javascript:alert(1)", attributes: ["sector": "private"]),
                Organisation(id: "c", name: "Umeå kommun", kind: .municipality, level: .local,
                             attributes: ["sector": "public"]),
                Organisation(id: "d", name: "VisitSweden AB", kind: .stateOwnedCompany, level: .national),
                Organisation(id: "e", name: "Isolerade AB", kind: .company),
            ],
            groups: [
                Group(id: "g1", name: "Ledningsgruppen", kind: .managementGroup, conveners: ["a"]),
                Group(id: "g2", name: "Marknadsgruppen", kind: .marketGroup, partOf: "g1"),
                Group(id: "g3", name: "Gamla gruppen", kind: .workingGroup,
                      validity: Validity(until: PartialDate("2010"))),
            ],
            memberships: [
                Membership(organisation: "a", group: "g1", role: .chair),
                Membership(organisation: "b", group: "g1"),
                Membership(organisation: "c", group: "g1", validity: Validity(since: PartialDate("2012"))),
                Membership(organisation: "b", group: "g2"),
                Membership(organisation: "d", group: "g2", role: .observer),
                Membership(organisation: "c", group: "g3", validity: Validity(until: PartialDate("2010"))),
            ],
            initiatives: [
                Initiative(id: "i1", name: "Kampanj",
                           participants: [Participation(organisation: "b", role: .lead),
                                          Participation(organisation: "c")],
                           funders: ["a"], group: "g2"),
            ],
            documents: [
                StrategyDocument(id: "p", name: "Plan", kind: .plan, validity: Validity(since: PartialDate("2003")),
                                 adoptedBy: [.organisation("a")]),
                StrategyDocument(id: "s", name: "Strategi", kind: .strategy,
                                 validity: Validity(since: PartialDate("2015")), revises: ["p"],
                                 adoptedBy: [.group("g1")]),
            ])
    }
}
