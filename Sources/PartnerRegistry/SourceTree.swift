import Foundation

/// Whether a source's local copy lies inside the tree its files may come
/// from.
enum SourceTree {
    /// True when `file` lies inside `root` (or is `root`), both lexically
    /// (after `.` and `..` are removed) and, when the file exists, after
    /// every symbolic link on both paths is resolved.
    static func contains(_ file: URL, root: URL) -> Bool {
        let lexicalRoot = components(root.standardizedFileURL.path)
        let lexicalFile = components(file.standardizedFileURL.path)
        guard lexicalFile.starts(with: lexicalRoot) else { return false }
        guard let realFile = realPath(file.standardizedFileURL.path) else {
            // Nothing there (or unreadable): the lexical check is all there is.
            return true
        }
        let realRoot = realPath(root.standardizedFileURL.path) ?? root.standardizedFileURL.path
        return components(realFile).starts(with: components(realRoot))
    }

    private static func components(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// The path with every symbolic link resolved, or nil when it does not
    /// exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
