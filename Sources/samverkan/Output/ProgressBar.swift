import Foundation
import NetworkAnalysis
import PartnerRegistry

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress bar with an ETA on standard error, drawn only when standard
/// error is a terminal (`isatty(2)`), so pipes, files and tests see none of
/// it. It appears once a computation has run for `delay` seconds (quick
/// ones never flicker), redraws at most every 0.1 s, and is erased before
/// anything else is written. Thread-safe: the library may report from
/// several threads (serialised, but not always the same one).
final class ProgressBar: @unchecked Sendable {
    // @unchecked: every mutable property is read and written under `lock`.
    private let lock = NSLock()
    private let enabled: Bool
    private let delay: Double
    private var label = ""
    private var started = DispatchTime.now()
    private var lastDraw: DispatchTime?
    private var drawn = false

    /// - Parameter enabled: draw at all (default: standard error is a terminal).
    init(enabled: Bool = isatty(STDERR_FILENO) == 1, delay: Double = 1) {
        self.enabled = enabled
        self.delay = delay
    }

    /// Starts timing a new computation called `label` (its ETA starts afresh).
    func begin(_ label: String) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        self.label = label
        started = .now()
        lastDraw = nil
    }

    /// Reports `progress` of the current computation.
    func update(_ progress: NetworkAnalysis.Progress) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        let now = DispatchTime.now()
        let elapsed = Double(now.uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        guard elapsed >= delay else { return }
        if let lastDraw, Double(now.uptimeNanoseconds - lastDraw.uptimeNanoseconds) / 1e9 < 0.1,
           progress.completed < progress.total { return }
        lastDraw = now
        drawn = true
        try? StandardStream.error.write("\r\u{1B}[K" + Self.line(label: label, progress: progress, elapsed: elapsed))
    }

    /// A handler for the library that reports into this bar.
    var handler: ProgressHandler? {
        guard enabled else { return nil }
        return { [self] in update($0) }
    }

    /// A handler for `RegistryAnalysis.statistics` that names each figure.
    var statisticsHandler: StatisticsProgressHandler? {
        guard enabled else { return nil }
        let current = Current()
        return { [self] p in
            if current.swap(p.step) { begin("\(p.figure) (\(p.step)/\(p.steps))") }
            update(p.progress)
        }
    }

    /// Erases the bar, if one was drawn.
    func finish() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        if drawn { try? StandardStream.error.write("\r\u{1B}[K") }
        drawn = false
    }

    /// `label [#########-----------]  45%  ETA 0:12`: the ETA assumes the
    /// remaining units take as long as the finished ones did.
    static func line(label: String, progress: NetworkAnalysis.Progress, elapsed: Double, width: Int = 30) -> String {
        let fraction = min(1, max(0, progress.fraction))
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let eta: String
        if fraction > 0, fraction < 1 {
            eta = "ETA " + clock(elapsed * (1 - fraction) / fraction)
        } else if fraction >= 1 {
            eta = "done in " + clock(elapsed)
        } else {
            eta = "ETA --:--"
        }
        return "\(label) [\(bar)] \(String(format: "%3d", Int(fraction * 100)))%  \(eta)"
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s >= 3600 { return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) }
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}

/// The step a statistics handler last saw, so a new figure restarts the ETA.
private final class Current: @unchecked Sendable {
    // @unchecked: `step` is read and written under `lock`.
    private let lock = NSLock()
    private var step = 0
    /// Records `new`; true when it differs from the last one.
    func swap(_ new: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        defer { step = new }
        return step != new
    }
}
