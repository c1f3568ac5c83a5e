import Foundation
import NetworkInterchange
import PartnerRegistry
import Testing

/// Every file of `Fixtures/Malformed` (written by
/// `scripts/fixtures/malformed_corpus.py`; `.net` and `.graphml` files read
/// as one-mode networks) loads without crashing and gives
/// the outcome its entry in `manifest.json` states: the code, line and
/// column of the first diagnostic and a fragment of its message, or
/// acceptance. Files that load are also checked as `samverkan validate`
/// checks them (quotes against their sources, rules).
@Suite struct MalformedCorpusTests {
    struct Entry: Decodable {
        var file: String
        var outcome: String
        var code: String?
        var line: Int?
        var column: Int?
        var fragment: String?
    }

    /// What a file gave: the first diagnostic (code, line, column, text) or nil.
    struct Outcome: CustomStringConvertible {
        var kind: String
        var code: String?
        var line = 0
        var column = 0
        var text = ""
        var description: String { "\(kind) \(code ?? "-") \(line):\(column) \(text)" }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Malformed")

    func outcome(of entry: Entry) -> Outcome {
        let path = Self.directory.appendingPathComponent(entry.file).path
        if entry.file.hasSuffix(".net") || entry.file.hasSuffix(".graphml") { return oneModeOutcome(path, entry) }
        let registry: Registry
        do {
            registry = try RegistryLoader.load(path: path)
        } catch {
            guard let first = error.diagnostics.first else { return Outcome(kind: "error without diagnostics") }
            #expect(error.diagnostics.allSatisfy { $0.file == path }, "\(entry.file)")
            return Outcome(kind: "error", code: first.code.rawValue, line: first.line, column: first.column,
                           text: first.description)
        }
        let report = registry.validate(baseDirectory: Self.directory)
        var found: [(code: String, location: PartnerRegistry.SourceLocation?, text: String)] = report.diagnostics
            .map { ($0.code.rawValue, $0.location, $0.description) }
        found += report.violations.map { ("rule-violated", $0.location, $0.description) }
        guard let first = found.first else { return Outcome(kind: "accepted") }
        return Outcome(kind: "checked", code: first.code, line: first.location?.line ?? 0,
                       column: first.location?.column ?? 0, text: first.text)
    }

    /// A Pajek or GraphML file, read as analysis input: a one-mode network
    /// (accepted) or the first diagnostic.
    func oneModeOutcome(_ path: String, _ entry: Entry) -> Outcome {
        do {
            guard case .oneMode = try NetworkInput.load(path: path) else { return Outcome(kind: "read as a registry") }
            return Outcome(kind: "accepted")
        } catch {
            guard let first = error.diagnostics.first else { return Outcome(kind: "error without diagnostics") }
            #expect(error.diagnostics.allSatisfy { $0.file == path }, "\(entry.file)")
            return Outcome(kind: "error", code: first.code.rawValue, line: first.line, column: first.column,
                           text: first.description)
        }
    }

    @Test func everyFileGivesItsExpectedOutcome() throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent("manifest.json"))
        let entries = try JSONDecoder().decode([Entry].self, from: data)
        #expect(entries.count >= 100)
        var counts: [String: Int] = [:]
        var codes = Set<String>()
        for entry in entries {
            let got = outcome(of: entry)
            counts[got.kind, default: 0] += 1
            if let code = got.code { codes.insert(code) }
            #expect(got.kind == entry.outcome, "\(entry.file): \(got)")
            #expect(got.code == entry.code, "\(entry.file): \(got)")
            if entry.outcome != "accepted" {
                let line = try #require(entry.line, "\(entry.file) states no line")
                let column = try #require(entry.column, "\(entry.file) states no column")
                #expect((got.line, got.column) == (line, column), "\(entry.file): \(got)")
                let fragment = try #require(entry.fragment, "\(entry.file) states no message fragment")
                #expect(got.text.contains(fragment), "\(entry.file): \(got)")
            }
        }
        // The corpus reaches every diagnostic code the loader and the checks
        // make. `colour-collision` is the map palette's (CollaborationMap's
        // ColourDifference, tested in ColourDifferenceTests), not the loader's.
        let unreached = Set(Diagnostic.Code.allCases.map(\.rawValue)).union(["rule-violated"]).subtracting(codes)
            .subtracting(["colour-collision"])
        #expect(unreached == ["too-many-problems"], "codes no file produces: \(unreached.sorted())")
        print("malformed corpus: \(entries.count) files; " + counts.sorted { $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        #expect(counts["error", default: 0] + counts["checked", default: 0] + counts["accepted", default: 0] == entries.count)
    }

    /// The last diagnostic of a file with more than 500 problems sums up
    /// the rest.
    @Test func tooManyProblemsEndsWithASummary() throws {
        let path = Self.directory.appendingPathComponent("too-many-problems.yaml").path
        let error = #expect(throws: RegistryLoadError.self) { try RegistryLoader.load(path: path) }
        #expect(error?.diagnostics.count == 501)
        #expect(error?.diagnostics.last?.code == .tooManyProblems)
        #expect(error?.diagnostics.last?.message == "1 more problems not shown")
        #expect(error?.errorCount == 501)
    }
}
