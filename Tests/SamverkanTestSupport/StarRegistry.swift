/// A star registry: one organisation, Hub, in `groups` groups ("Group 0"
/// …), and a second one, Partner, in Group 0 only, so that commands
/// asking for two organisations have them. 4,000 groups make about 258 KB
/// of YAML, and the groups' projection a clique of 7,998,000 ties: the
/// input that shows any cost quadratic in one organisation's groups.
public enum StarRegistry {
    public static func yaml(groups: Int) -> String {
        var text = """
        organisations:
          - {id: hub, name: Hub, kind: regional-tourism-organisation}
          - {id: partner, name: Partner, kind: municipality}
        groups:
          - {id: g0, name: Group 0, kind: council, members: [hub, partner]}

        """
        for g in 1 ..< max(1, groups) {
            text += "  - {id: g\(g), name: Group \(g), kind: council, members: [hub]}\n"
        }
        return text
    }
}
