import PartnerRegistry

/// Names and links a hostile or careless registry might contain. Each
/// must be drawn exactly as written and none may change the DOT or the SVG.
enum InjectionRegistry {
    static let names = [
        "Citat \"inom\" citat",
        "Bakåt\\snedstreck \\N \\G \\E \\\\",
        "<script>alert(1)</script>",
        "A & B &amp; C &lt;",
        "Emoji 🏔️🦌 och åäö ÅÄÖ",
        "\"]; node [shape=box]; x [label=\"pwnd",
        "</text><script>alert(2)</script><text>",
        "Avslutande \\",
        "Två\nrader",
        "]]> <!-- --> <?php ?>",
    ]

    static var registry: Registry {
        var orgs: [Organisation] = []
        for (n, name) in names.enumerated() {
            orgs.append(Organisation(
                id: OrganisationID("org-\(n)"), name: name, kind: .company, level: .local,
                url: n == 0 ? "https://example.org/\"><script>alert(3)</script>" : n == 1 ? "javascript:alert(4)" : nil))
        }
        orgs.append(Organisation(id: "x\"] -> \"y", name: "Konstigt ID", kind: .other, level: .regional))
        let groups = [
            Group(id: "g", name: "Grupp \"<&>\" \\N", kind: .network, url: "mailto:a@example.org?subject=\"hej\""),
        ]
        let memberships = orgs.map { Membership(organisation: $0.id, group: "g", role: .member) }
        return Registry(title: "Titel <b>\"&\"</b> \\G", organisations: orgs, groups: groups, memberships: memberships)
    }
}
