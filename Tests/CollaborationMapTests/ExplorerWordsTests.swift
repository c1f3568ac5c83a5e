@testable import CollaborationMap
import Foundation
import Testing

/// The page's words come from the library (`ExplorerWords`, shipped in the
/// data as `words`): the script holds no vocabulary, every word it or the
/// skeleton asks for exists in both languages, and the accessible names
/// are in the page's language.
@Suite struct ExplorerWordsTests {
    /// The keys of one language's words as the page receives them.
    func keys(_ words: ExplorerWords) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(words))
        return Set(try #require(object as? [String: Any]).keys)
    }

    /// Every `W.name` in explorer.js and every `data-w="name"` in body.html.
    var wordsAskedFor: Set<String> {
        let script = ExplorerAssets.script, body = ExplorerAssets.bodyTemplate
        var names = Set<String>()
        for match in script.matches(of: /\bW\.([A-Za-z]+)/) { names.insert(String(match.1)) }
        for match in body.matches(of: /data-w="([A-Za-z]+)"/) { names.insert(String(match.1)) }
        return names
    }

    @Test func everyWordThePageUsesExistsInBothLanguages() throws {
        let asked = wordsAskedFor
        #expect(asked.count > 30, "found only \(asked.sorted())")
        for words in [ExplorerWords.english, ExplorerWords.swedish] {
            let missing = asked.subtracting(try keys(words))
            #expect(missing.isEmpty, "no word for \(missing.sorted())")
        }
        #expect(try keys(.english) == keys(.swedish))
        for words in [ExplorerWords.english, ExplorerWords.swedish] {
            #expect(Set(words.certaintyOf.keys) == ["stated", "inferred", "external"])
        }
    }

    @Test func theScriptHoldsNoVocabulary() {
        for text in ["Search organisations", "Sök organisationer", "Förbind", "Key figures", "Nyckeltal"] {
            #expect(!ExplorerAssets.script.contains(text), "explorer.js still says '\(text)'")
        }
    }

    @Test func accessibleNamesAreInThePagesLanguage() {
        let swedish = ExplorerAssets.body(title: "T", svg: "", words: .swedish)
        for name in ["Sök", "Zooma in", "Zooma ut", "Stäng", "År", "Samarbetskarta", "Kartverktyg", "Filter och verktyg", "Filter"] {
            #expect(swedish.contains("aria-label=\"\(name)\""), "no aria-label \(name)")
        }
        let english = ExplorerAssets.body(title: "T", svg: "", words: .english)
        for name in ["Search", "Zoom in", "Zoom out", "Close", "Year", "Collaboration map", "Map tools", "Filters and tools"] {
            #expect(english.contains("aria-label=\"\(name)\""), "no aria-label \(name)")
        }
        #expect(!swedish.contains("{{") && !english.contains("{{"), "a placeholder was left unfilled")
    }

    /// A value that spells another placeholder is inserted as it is.
    @Test func placeholdersAreFilledInOnePass() {
        let body = ExplorerAssets.body(title: "{{svg}}", svg: "<svg/>", words: .english)
        #expect(body.contains("<h1 id=\"title\">{{svg}}</h1>"))
        #expect(ExplorerAssets.fill("a {{x}} {{y}} {{z", with: ["x": "{{y}}", "y": "2"]) == "a {{y}} 2 {{z")
    }
}
