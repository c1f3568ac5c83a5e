/// Whether a quote names an entity: contains its name or an alias as a run
/// of words, ignoring case and diacritics and allowing Swedish definite and
/// genitive endings on either side ("Ledningsgrupp" names "Ledningsgruppen";
/// "VästerbottensTurisms medarbetare" names "VästerbottensTurism").
///
/// Each word is reduced to a stem by removing one ending of the list below
/// (the longest that leaves at least four letters), then the name's stems
/// must occur consecutively among the quote's.
///
/// - Complexity: O(Q·N) for Q words of quote and N words of name.
enum QuoteNaming {
    /// Definite (-en, -et, -na, -erna, -arna, -orna) and genitive (-s, -ns,
    /// -ens, -ets, -nas, -ernas …) endings.
    private static let endings = [
        "ernas", "arnas", "ornas", "erna", "arna", "orna", "ens", "ets", "nas", "ns", "en", "et", "na", "s", "n",
    ]

    static func stem(_ word: Substring) -> Substring {
        for ending in endings where word.count - ending.count >= 4 && word.hasSuffix(ending) {
            return word.dropLast(ending.count)
        }
        return word
    }

    static func words(_ text: String) -> [Substring] {
        TextFolding.fold(text).split { !($0.isLetter || $0.isNumber) }.map(stem)
    }

    /// Whether `quote` names something called any of `names`.
    static func quote(_ quote: String, namesAnyOf names: [String]) -> Bool {
        let q = words(quote)
        for name in names {
            let n = words(name)
            guard !n.isEmpty, n.count <= q.count else { continue }
            for start in 0 ... (q.count - n.count) where q[start] == n[0] {
                if (1 ..< n.count).allSatisfy({ q[start + $0] == n[$0] }) { return true }
            }
        }
        return false
    }
}
