import PartnerRegistry

/// A Västerbotten-sized registry for map tests: 40 organisations, 14
/// groups, 3 initiatives and 6 documents, shaped after the seed document
/// (Strategiska samarbeten). Memberships beyond what the seed states are
/// invented for testing and are not facts.
enum SampleRegistry {
    static func date(_ text: String) -> PartialDate? { PartialDate(text) }

    static let municipalities: [(String, String)] = [
        ("umea-kommun", "Umeå kommun"), ("skelleftea-kommun", "Skellefteå kommun"),
        ("lycksele-kommun", "Lycksele kommun"), ("vilhelmina-kommun", "Vilhelmina kommun"),
        ("storuman-kommun", "Storumans kommun"), ("sorsele-kommun", "Sorsele kommun"),
        ("mala-kommun", "Malå kommun"), ("norsjo-kommun", "Norsjö kommun"),
        ("robertsfors-kommun", "Robertsfors kommun"), ("vindeln-kommun", "Vindelns kommun"),
        ("vannas-kommun", "Vännäs kommun"), ("bjurholm-kommun", "Bjurholms kommun"),
        ("nordmaling-kommun", "Nordmalings kommun"), ("dorotea-kommun", "Dorotea kommun"),
        ("asele-kommun", "Åsele kommun"),
    ]

    static let destinations: [(String, String)] = [
        ("visit-umea", "Visit Umeå"), ("visit-skelleftea", "Visit Skellefteå"),
        ("destination-lycksele", "Destination Lycksele"), ("hemavan-tarnaby", "Hemavan Tärnaby"),
        ("destination-vilhelmina", "Destination Vilhelmina"), ("destination-sorsele", "Destination Sorsele"),
        ("destination-dorotea", "Destination Dorotea"), ("visit-vindeln", "Visit Vindeln"),
    ]

    static var registry: Registry {
        var orgs: [Organisation] = [
            Organisation(id: "vasterbottensturism", name: "VästerbottensTurism", kind: .regionalTourismOrganisation,
                         aliases: ["Visit Västerbotten"], level: .regional, url: "https://www.visitvasterbotten.se",
                         validity: Validity(since: date("2003"))),
            Organisation(id: "region-vasterbotten", name: "Region Västerbotten", kind: .region, level: .regional,
                         url: "https://www.regionvasterbotten.se"),
            Organisation(id: "lansstyrelsen-ac", name: "Länsstyrelsen Västerbotten", kind: .countyBoard,
                         level: .regional),
            Organisation(id: "umea-universitet", name: "Umeå universitet", kind: .university, level: .regional),
            Organisation(id: "visitsweden", name: "VisitSweden AB", kind: .stateOwnedCompany, level: .national,
                         url: "https://visitsweden.com"),
            Organisation(id: "tillvaxtverket", name: "Tillväxtverket", kind: .nationalAgency, level: .national),
            Organisation(id: "trafikverket", name: "Trafikverket", kind: .nationalAgency, level: .national),
            Organisation(id: "swedavia", name: "Swedavia", kind: .stateOwnedCompany, level: .national),
            Organisation(id: "svensk-turism", name: "Svensk Turism", kind: .association, level: .national),
            Organisation(id: "rto-natverket", name: "Sveriges regionala turistorganisationer", kind: .network,
                         level: .national),
            Organisation(id: "swedish-lapland", name: "Swedish Lapland Visitors Board", kind: .regionalTourismOrganisation,
                         level: .regional),
            Organisation(id: "german-tour-operators", name: "Tyska researrangörer", kind: .company,
                         level: .international),
            Organisation(id: "etc", name: "European Travel Commission", kind: .association, level: .international),
            Organisation(id: "matlandet-ac", name: "Matlandet Västerbotten", kind: .network, level: .regional),
            Organisation(id: "sevart", name: "Sevärt i Västerbotten", kind: .association, level: .regional),
            Organisation(id: "skelleftea-airport", name: "Skellefteå Airport", kind: .company, level: .local),
            Organisation(id: "umea-airport", name: "Umeå Airport", kind: .stateOwnedCompany, level: .local),
        ]
        for (id, name) in municipalities {
            orgs.append(Organisation(id: OrganisationID(id), name: name, kind: .municipality, level: .local))
        }
        for (id, name) in destinations {
            orgs.append(Organisation(id: OrganisationID(id), name: name, kind: .destinationOrganisation, level: .local))
        }

        let groups: [Group] = [
            Group(id: "ledningsgrupp", name: "Ledningsgruppen", kind: .managementGroup, level: .regional,
                  validity: Validity(since: date("2015")), conveners: ["vasterbottensturism"], basedOn: ["samarbetskartan"]),
            Group(id: "strategiskt-rad", name: "Strategiskt råd", kind: .council, level: .regional,
                  conveners: ["vasterbottensturism"]),
            Group(id: "strategigrupp", name: "Strategigruppen", kind: .strategyGroup, level: .regional,
                  validity: Validity(since: date("2003"), until: date("2014")), conveners: ["vasterbottensturism"],
                  basedOn: ["lansstrategiplan"]),
            Group(id: "operativa-arbetsgrupper", name: "Operativa arbetsgrupper", kind: .workingGroup,
                  level: .regional, conveners: ["vasterbottensturism"]),
            Group(id: "marknadsgrupp", name: "Marknadsgruppen", kind: .marketGroup, level: .regional,
                  partOf: "operativa-arbetsgrupper"),
            Group(id: "redaktionsrad", name: "Redaktionsrådet", kind: .editorialCouncil, level: .regional),
            Group(id: "turismkonferens", name: "Årlig turismkonferens", kind: .conference, level: .regional,
                  conveners: ["vasterbottensturism"]),
            Group(id: "vd-dagar", name: "VD-dagar", kind: .meetingSeries, level: .national, conveners: ["visitsweden"]),
            Group(id: "b2b-tyskland", name: "Partnerskap B2B tyskspråkiga marknader", kind: .partnership,
                  level: .international, conveners: ["visitsweden"]),
            Group(id: "rto-gruppen", name: "Nätverket för regionala turistorganisationer", kind: .network,
                  level: .national),
            Group(id: "turismstatistik", name: "Tillväxtverkets grupp för framtidens turismstatistik",
                  kind: .workingGroup, level: .national, conveners: ["tillvaxtverket"]),
            Group(id: "analysnatverk", name: "VisitSwedens Analysnätverk", kind: .network, level: .national,
                  conveners: ["visitsweden"]),
            Group(id: "lansturistgrupp", name: "Länsstyrelsens och Region Västerbottens turistgrupp",
                  kind: .workingGroup, level: .regional, conveners: ["lansstyrelsen-ac", "region-vasterbotten"]),
            Group(id: "flygmarknadsgrupp", name: "Flygmarknadsgruppen", kind: .marketGroup, level: .regional),
        ]

        var memberships: [Membership] = []
        func seat(_ org: String, _ group: String, _ role: Role = .member, since: String? = nil, until: String? = nil) {
            memberships.append(Membership(
                organisation: OrganisationID(org), group: GroupID(group), role: role,
                validity: Validity(since: since.flatMap(date), until: until.flatMap(date))))
        }
        seat("vasterbottensturism", "ledningsgrupp", .chair)
        for (id, _) in destinations { seat(id, "ledningsgrupp", .member, since: "2015") }
        seat("vasterbottensturism", "strategiskt-rad", .convener)
        for id in ["region-vasterbotten", "lansstyrelsen-ac", "umea-universitet", "umea-kommun", "skelleftea-kommun"] {
            seat(id, "strategiskt-rad")
        }
        for (id, _) in municipalities { seat(id, "strategigrupp", .member, since: "2003", until: "2014") }
        seat("vasterbottensturism", "marknadsgrupp", .chair)
        for id in ["visit-umea", "visit-skelleftea", "hemavan-tarnaby", "destination-lycksele"] { seat(id, "marknadsgrupp") }
        for id in ["vasterbottensturism", "visit-umea", "visit-skelleftea"] { seat(id, "redaktionsrad") }
        for (id, _) in destinations { seat(id, "turismkonferens", .participant) }
        seat("vasterbottensturism", "vd-dagar", .participant)
        seat("swedish-lapland", "vd-dagar", .participant)
        seat("vasterbottensturism", "b2b-tyskland", .partner)
        seat("german-tour-operators", "b2b-tyskland", .partner)
        seat("etc", "b2b-tyskland", .observer)
        for id in ["vasterbottensturism", "swedish-lapland", "rto-natverket"] { seat(id, "rto-gruppen") }
        seat("svensk-turism", "rto-gruppen", .adjunct)
        for id in ["vasterbottensturism", "region-vasterbotten"] { seat(id, "turismstatistik") }
        for id in ["vasterbottensturism", "umea-universitet"] { seat(id, "analysnatverk") }
        seat("vasterbottensturism", "lansturistgrupp")
        seat("matlandet-ac", "lansturistgrupp")
        seat("sevart", "lansturistgrupp")
        for id in ["vasterbottensturism", "skelleftea-airport", "umea-airport", "swedavia", "trafikverket"] {
            seat(id, "flygmarknadsgrupp")
        }

        let initiatives: [Initiative] = [
            Initiative(id: "vinterkampanj", name: "Vinterkampanj Tyskland", validity: Validity(since: date("2016")),
                       participants: [Participation(organisation: "hemavan-tarnaby", role: .lead),
                                      Participation(organisation: "destination-lycksele")],
                       funders: ["vasterbottensturism"], group: "ledningsgrupp"),
            Initiative(id: "matresan", name: "Matresan genom Västerbotten",
                       participants: [Participation(organisation: "matlandet-ac", role: .lead),
                                      Participation(organisation: "visit-umea"),
                                      Participation(organisation: "visit-skelleftea", role: .partner)],
                       funders: ["region-vasterbotten", "vasterbottensturism"]),
            Initiative(id: "flyglinjer", name: "Nya flyglinjer", participants: [
                Participation(organisation: "umea-airport", role: .lead), Participation(organisation: "skelleftea-airport"),
            ], group: "flygmarknadsgrupp"),
        ]

        let documents: [StrategyDocument] = [
            StrategyDocument(id: "lansstrategiplan", name: "Länsstrategiplanen", kind: .plan,
                             validity: Validity(since: date("2003")), adoptedBy: [.organisation("vasterbottensturism")]),
            StrategyDocument(id: "fardledaren", name: "Färdledaren", kind: .strategy,
                             validity: Validity(since: date("2008"), until: date("2009")), revises: ["lansstrategiplan"]),
            StrategyDocument(id: "rus", name: "Regional utvecklingsstrategi (RUS)", kind: .strategy,
                             adoptedBy: [.organisation("region-vasterbotten")]),
            StrategyDocument(id: "nationell-strategi", name: "Nationell strategi för besöksnäringen", kind: .strategy,
                             level: .national),
            StrategyDocument(id: "samarbetskartan", name: "Samarbetskartan", kind: .map,
                             validity: Validity(since: date("2014")), basedOn: ["rus", "nationell-strategi"]),
            StrategyDocument(id: "ny-strategi", name: "Ny turismstrategi", kind: .strategy,
                             validity: Validity(since: date("2015")), basedOn: ["samarbetskartan"],
                             supersedes: ["fardledaren"], adoptedBy: [.group("ledningsgrupp")]),
        ]

        return Registry(title: "Samverkan i Västerbotten", organisations: orgs, groups: groups,
                        memberships: memberships, initiatives: initiatives, documents: documents)
    }
}
