import ArgumentParser

/// `--limit N|all`: how many entries a pair list shows (overlap's group
/// pairs, containments and organisation pairs). `all` shows every pair; 0
/// shows none and only counts them, as `connect --limit 0` counts chains.
struct PairLimit: ExpressibleByArgument, Equatable {
    /// The most entries shown; nil for all.
    var count: Int?

    /// 1,000: enough to read, small enough that a star of thousands of
    /// groups (millions of pairs) prints in a moment.
    static let standard = PairLimit(count: 1_000)

    /// The help's words for the option.
    static let help = "Show at most N pairs in each list, the first in the chosen order; 'all' shows every pair, 0 only counts them."

    init(count: Int?) { self.count = count }

    init?(argument: String) {
        if argument == "all" { count = nil; return }
        guard let n = Int(argument), n >= 0 else { return nil }
        count = n
    }

    var defaultValueDescription: String { count.map(String.init) ?? "all" }
}
