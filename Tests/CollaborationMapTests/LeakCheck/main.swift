// A small program for valgrind: renders maps N times through the library
// and exits. Not part of any target; built by run.sh from the objects that
// `swift build` leaves in .build/debug. See docs/rendering.md.
import CollaborationMap
import Foundation
import PartnerRegistry

let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1]) ?? 1 : 1
let engines = (arguments.count > 2 ? arguments[2] : "dot,neato").split(separator: ",")
    .compactMap { LayoutEngine(rawValue: String($0)) }
let fixture = arguments.count > 3 ? arguments[3] : nil

var organisations: [Organisation] = []
var memberships: [Membership] = []
let levels: [GeographicLevel] = [.international, .national, .regional, .local]
for i in 0 ..< 40 {
    let id = OrganisationID("org-\(i)")
    organisations.append(Organisation(id: id, name: "Organisation \(i) åäö", kind: .allCases[i % 12],
                                      level: levels[i % 4], url: "https://example.org/\(i)"))
    memberships.append(Membership(organisation: id, group: GroupID("group-\(i % 8)"), role: i % 9 == 0 ? .chair : .member))
    memberships.append(Membership(organisation: id, group: GroupID("group-\((i * 3 + 1) % 8)")))
}
let groups = (0 ..< 8).map { Group(id: GroupID("group-\($0)"), name: "Grupp \($0)", kind: .allCases[$0 % 12],
                                   conveners: [OrganisationID("org-\($0)")]) }
let registry = Registry(title: "Läckkontroll", organisations: organisations, groups: groups, memberships: memberships)

final class Outcome: @unchecked Sendable {  // written by one task, read after the semaphore
    var failure: String?
    var bytes = 0
}
let outcome = Outcome()
let done = DispatchSemaphore(value: 0)
// Valgrind 3.19 cannot follow Swift's main-actor run loop; wait on a semaphore instead.
Task.detached {
    do {
        let renderer = GraphvizRenderer()
        for engine in engines {
            let map = try CollaborationMap(registry: registry, options: MapOptions(engine: engine))
            for _ in 0 ..< count {
                outcome.bytes += try await map.render(format: .svg, using: renderer).count
                outcome.bytes += try await map.render(format: .png, using: renderer).count
            }
        }
        if let fixture {
            let dot = try String(contentsOfFile: fixture, encoding: .utf8)
            for _ in 0 ..< count {
                outcome.bytes += try await renderer.render(dot: dot, engine: .dot, format: .svg).count
                do { _ = try await renderer.render(dot: "graph { a -- ; }") } catch {}
            }
        }
    } catch {
        outcome.failure = "\(error)"
    }
    done.signal()
}
done.wait()
if let failure = outcome.failure {
    print("failed: \(failure)")
    exit(1)
}
print("rendered \(count)× \(engines.map(\.rawValue)): \(outcome.bytes) bytes")
