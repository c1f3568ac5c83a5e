import ArgumentParser
import PartnerRegistry

/// `--input-format`, for the commands that read a registry or a one-mode
/// network (the analysis commands and `map`).
struct InputFormatOption: ParsableArguments {
    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "The file's format when its extension and first line do not tell: edgelist, pajek (one-mode "
                + "networks), graphml, gexf (one-mode, or two-mode when a node attribute 'bipartite' or a boolean "
                + "'type' marks the sides), memberships, yaml or json (registries).",
            valueName: "format"))
    var inputFormat: InputFormat?
}
