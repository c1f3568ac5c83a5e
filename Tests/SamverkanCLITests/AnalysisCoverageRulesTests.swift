import Foundation
import SamverkanTestSupport
import Testing

/// `samverkan validate` reports the coverage rules of
/// graphs/samples/coverage-rules.yaml.
@Suite struct AnalysisCoverageRulesTests {
    static let root = PackagePaths.root

    @Test func validateReportsTheCoverageRules() throws {
        let result = try CommandRunner.run(["validate", "graphs/samples/coverage-rules.yaml"], in: Self.root)
        #expect(result.status == 1, "\(result)")
        let lines = result.stderrLines
        #expect(lines.contains {
            $0.contains("error:") && $0.contains("'ostby'") && $0.contains("municipalities-in-a-strategic-group")
        }, "\(result)")
        #expect(lines.contains {
            $0.contains("warning:") && $0.contains("'marknadsgruppen'") && $0.contains("every-group-has-a-convener")
        }, "\(result)")
        #expect(!lines.contains { $0.contains("'norrby'") || $0.contains("'strategiska-radet'") })
    }
}
