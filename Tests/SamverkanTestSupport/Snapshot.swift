import Foundation

/// Text compared with a file checked in under `Tests/`, so that a change
/// of interface (a help text, a map's DOT) shows up in review as a diff
/// of that file.
///
/// Recording: with `SNAPSHOT_RECORD=1` in the environment every
/// comparison writes `actual` to its file instead of comparing
/// (`SNAPSHOT_RECORD=1 swift test --filter Snapshot`, or `make snapshots`).
/// A snapshot file that does not exist yet is a failure, not a silent
/// recording, so a typo in a name cannot pass.
public enum Snapshot {
    /// Whether `SNAPSHOT_RECORD` asks to record (`1`, `true` or `yes`).
    public static var isRecording: Bool {
        let value = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"]?.lowercased() ?? ""
        return ["1", "true", "yes"].contains(value)
    }

    /// How many differing lines of each side a failure shows.
    public static let excerptLines = 12

    /// Compares `actual` with the file `name` in `directory`, or records it.
    ///
    /// - Returns: `nil` when they are equal (or when recording); otherwise
    ///   a message with the file's path, the command that re-records it
    ///   and a unified-diff excerpt from the first differing line.
    public static func check(_ actual: String, named name: String, in directory: URL) -> String? {
        let file = directory.appendingPathComponent(name)
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file, options: .atomic)
                return nil
            } catch {
                return "cannot record snapshot \(file.path): \(error)"
            }
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return "no snapshot \(file.path); record it with `\(recordCommand)` and review the new file"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        return "snapshot \(name) differs (- recorded, + actual); if the change is intended, "
            + "re-record with `\(recordCommand)` and review the diff\n"
            + diffExcerpt(expected: expected, actual: actual, name: name)
    }

    /// The command that re-records every snapshot.
    public static let recordCommand = "SNAPSHOT_RECORD=1 swift test --filter Snapshot"

    /// A unified-diff-like hunk around the first difference: the lines
    /// before it as context, then up to `excerptLines` removed (recorded)
    /// and added (actual) lines, the lines both sides end with left out.
    public static func diffExcerpt(expected: String, actual: String, name: String = "snapshot") -> String {
        let old = lines(expected), new = lines(actual)
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let removed = old[prefix ..< old.count - suffix]
        let added = new[prefix ..< new.count - suffix]
        let contextStart = max(0, prefix - 3)
        var out = ["--- \(name) (recorded)", "+++ \(name) (actual)",
                   "@@ -\(prefix + 1),\(removed.count) +\(prefix + 1),\(added.count) @@"]
        out += old[contextStart ..< prefix].map { " " + $0 }
        out += removed.prefix(excerptLines).map { "-" + $0 }
        if removed.count > excerptLines { out.append("-… \(removed.count - excerptLines) more lines") }
        out += added.prefix(excerptLines).map { "+" + $0 }
        if added.count > excerptLines { out.append("+… \(added.count - excerptLines) more lines") }
        return out.joined(separator: "\n")
    }

    /// Lines of `text`; a missing final newline shows as a line of its own
    /// so that it is not an invisible difference.
    static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() } else { result[result.count - 1] += "⏎ (no newline at end)" }
        return result
    }
}
