import Foundation

/// Where the tests find the package's own files, wherever it is checked out.
public enum PackagePaths {
    /// The package's root directory (the one holding Package.swift).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
