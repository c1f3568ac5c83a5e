import PartnerRegistry
import Testing

/// Registries written out in the file format, shared by the tests.
enum Samples {
    /// A registry that uses every feature of the format.
    static let full = """
    samverkan: 1
    title: Västerbotten
    sources:
      - id: seed
        title: Strategiska samarbeten
        publisher: VästerbottensTurism
        file: seed/strategiska-samarbeten.txt
      - id: scb
        title: Kommunregistret
        url: https://example.org/scb
    organisations:
      - id: vasterbottensturism
        name: VästerbottensTurism
        kind: regional-tourism-organisation
        aliases: [Visit Västerbotten]
        level: regional
        url: https://example.org/vt
        since: 2003
        attributes: {sector: public, county: Västerbotten}
        source: {from: seed, quote: "VästerbottensTurism arbetar aktivt …"}
      - id: visit-umea
        name: Visit Umeå
        kind: destination-organisation
        level: local
        source: seed
      - id: visit-skelleftea
        name: Visit Skellefteå
        kind: destination-organisation
        level: local
      - id: umea-kommun
        name: Umeå kommun
        kind: municipality
        level: local
        until: 2030-12
        source:
          - {from: scb, note: "public fact, not in the seed"}
          - seed
      - id: region-vasterbotten
        name: Region Västerbotten
        kind: region
        level: regional
      - id: visitsweden
        name: VisitSweden
        kind: state-owned-company
        level: national
    groups:
      - id: ledningsgrupp
        name: Ledningsgruppen
        kind: management-group
        level: regional
        convener: vasterbottensturism
        based-on: [lansstrategiplan]
        since: 2015
        source: {from: seed, quote: "En ledningsgrupp … har bildats."}
        members:
          - vasterbottensturism
          - organisation: visit-umea
            role: chair
            mandate: true
            since: 2015-03
            until: 2019
            source: {from: seed, quote: "…"}
          - {organisation: visit-skelleftea, mandate: false}
      - id: marknadsgrupp
        name: Marknadsgruppen
        kind: market-group
        convener: [vasterbottensturism, visit-umea]
        part-of: operativa-arbetsgrupper
        members: [visit-umea]
      - id: operativa-arbetsgrupper
        name: Operativa arbetsgrupper
        kind: working-group
        aliases: [arbetsgrupperna]
        attributes: {basis: "intressen och nytta"}
    memberships:
      - {organisation: visit-skelleftea, group: marknadsgrupp, role: member, since: 2016}
      - {organisation: umea-kommun, group: ledningsgrupp, role: observer, since: 2015-06-01, until: 2016}
    initiatives:
      - id: vinterkampanj
        name: Vinterkampanj
        group: ledningsgrupp
        funded-by: [vasterbottensturism]
        participants:
          - visit-umea
          - {organisation: visit-skelleftea, role: lead}
          - organisation: umea-kommun
            role: partner
            source: scb
        since: 2016
        level: regional
        attributes: {season: winter}
    documents:
      - id: lansstrategiplan
        name: Länsstrategiplanen
        kind: plan
        since: 2003
        adopted-by: [vasterbottensturism]
      - id: fardledaren
        name: Färdledaren
        kind: strategy
        since: 2008
        until: 2009
        revises: [lansstrategiplan]
        based-on: []
        supersedes: [lansstrategiplan]
        adopted-by: [ledningsgrupp, {organisation: region-vasterbotten}]
        source: seed
    rules:
      - id: two-destinations
        description: An initiative paid for with VästerbottensTurism's funds needs at least two destinations.
        for: initiatives
        where:
          funded-by: vasterbottensturism
          level: regional
          attributes: {season: winter}
        require:
          participants: {kind: destination-organisation, at-least: 2}
        source: {from: seed, quote: "… behöver minst två destinationer vilja delta …"}
      - id: every-group-has-a-convener
        for: groups
        require: {conveners: {at-least: 1}}
        severity: warning
      - id: municipalities-take-part
        for: organisations
        where: {kind: municipality}
        require: {groups: {kind: [strategy-group, management-group, council], role: [member, observer], at-least: 1}}
      - id: small-groups
        for: groups
        where: {kind: [management-group], level: [regional]}
        require:
          - {members: {at-most: 10, level: [local, regional]}}
          - {members: {kind: [destination-organisation], at-least: 1, at-most: 5}}
    """

    /// A small valid registry for CLI and rule tests.
    static let minimal = """
    organisations:
      - {id: vt, name: VästerbottensTurism, kind: regional-tourism-organisation}
      - {id: umea, name: Visit Umeå, kind: destination-organisation}
    groups:
      - id: lg
        name: Ledningsgruppen
        kind: management-group
        convener: vt
        members: [vt, umea]
    """
}

/// The diagnostics a load throws; fails the test when it does not throw.
func diagnostics(
    _ text: String, file: String = "t.yaml", format: RegistryFormat? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    do {
        _ = try RegistryLoader.load(contents: text, fileName: file, format: format)
        Issue.record("expected the load to fail", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The single diagnostic a load throws; fails the test unless exactly one.
func only(
    _ text: String, file: String = "t.yaml", format: RegistryFormat? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
    let all = diagnostics(text, file: file, format: format, sourceLocation: sourceLocation)
    #expect(all.count == 1, "expected one diagnostic, got: \(all)", sourceLocation: sourceLocation)
    return all.first
}
