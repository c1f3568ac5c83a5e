import CGraphviz
import CGraphvizSupport
import Foundation

/// The process-wide gate to Graphviz.
///
/// libcgraph and libgvc keep global state (the DOT lexer's buffer, the
/// error callback and its level, the dot layout's statics, the layout
/// caches ``GraphvizCacheReset`` resets), so no two calls into them may
/// overlap, even on different `GVC_t` contexts. Every call this module
/// makes into Graphviz runs inside ``withLock(_:)``; the lock is never
/// held across an `await`.
///
/// The first holder also installs the renderer's process-wide Graphviz
/// settings: the error callback, and the memory discipline that gives
/// every root graph a region of its own in which addresses follow
/// creation order (`samverkan_install_arena` in CGraphvizSupport), because Graphviz
/// 2.42 orders some objects by address.
enum GraphvizLock {
    private static let lock = NSLock()

    /// Messages Graphviz reported since the current holder took the lock.
    /// Touched only by the holder of `lock` (and by the C callback, which
    /// Graphviz calls synchronously from inside a locked call).
    nonisolated(unsafe) private static var messages = ""
    nonisolated(unsafe) private static var callbackInstalled = false

    /// Runs `body` with exclusive use of Graphviz. Messages reported during
    /// `body` are available through ``takeMessages()``.
    static func withLock<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
        lock.lock()
        defer { lock.unlock() }
        if !callbackInstalled {
            samverkan_agseterrf(graphvizMessageCallback)
            // Before the first graph is opened: every root graph gets its own
            // region of memory, addressed in creation order (see arena.c).
            samverkan_install_arena()
            callbackInstalled = true
        }
        messages = ""
        return try body()
    }

    /// The messages so far, trimmed, and a fresh start. Call only inside
    /// ``withLock(_:)``.
    static func takeMessages() -> String {
        defer { messages = "" }
        return messages.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    fileprivate static func append(_ text: String) { messages += text }
}

/// Receives Graphviz's error and warning text (in pieces: "Error", ": ",
/// the message) and keeps it for the current lock holder.
private let graphvizMessageCallback: @convention(c) (UnsafePointer<CChar>?) -> Int32 = { text in
    if let text { GraphvizLock.append(String(cString: text)) }
    return 0
}
