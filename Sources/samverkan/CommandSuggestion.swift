import Foundation

/// "did you mean …?" for a first argument that names no command.
enum CommandSuggestion {
    /// The message for `arguments` whose first word is not one of
    /// `commands` but is close to one (an edit distance of at most a third
    /// of its length, and at least 1 allowed); nil otherwise, leaving the
    /// argument parser to report it.
    static func unknownCommand(in arguments: [String], among commands: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), word != "help", !commands.contains(word) else {
            return nil
        }
        let limit = max(1, word.count / 3)
        let ranked = commands.map { ($0, distance(word.lowercased(), $0)) }.filter { $0.1 <= limit }
        guard let best = ranked.min(by: { $0.1 < $1.1 }) else { return nil }
        return "unknown command '\(word)'; did you mean '\(best.0)'?"
    }

    /// Levenshtein distance (insertions, deletions, substitutions) between
    /// `a` and `b`, in characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0 ... b.count)
        for i in 1 ... a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1 ... b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
