import Foundation
import NetworkInterchange
import PartnerRegistry

/// The sheets `samverkan import` reads, through `SheetImport.read`: the
/// input is split at the byte 0x1E (record separator) into
/// organisations.csv, groups.csv, memberships.csv and, when a fourth part
/// is there, sources.csv; a sheet the input does not give is a small
/// valid one. The raw bytes are written to files in a directory of this
/// process, so the UTF-8 check is fuzzed too.
///
/// Any outcome but a crash, a sanitizer report or a hang is fine: an
/// error with diagnostics, or a registry whose YAML (what `import` writes)
/// loads back.
func fuzzSheets(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count)
    let parts = input.split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false).map { Data($0) }
    let defaults = [
        Data("id,name,kind\na,A,other\n".utf8), Data("id,name,kind\ng,G,council\n".utf8),
        Data("organisation,group\na,g\n".utf8),
    ]
    var paths: [String] = []
    for (i, name) in ["organisations.csv", "groups.csv", "memberships.csv", "sources.csv"].enumerated() {
        guard i < parts.count || i < defaults.count else { break }
        let url = SheetsScratch.directory.appendingPathComponent(name)
        do {
            try (i < parts.count ? parts[i] : defaults[i]).write(to: url)
        } catch {
            fatalError("cannot write the fuzz sheet \(url.path): \(error)")
        }
        paths.append(url.path)
    }
    let files = SheetImport.Files(
        organisations: paths[0], groups: paths[1], memberships: paths[2], sources: paths.count > 3 ? paths[3] : nil)
    do {
        let imported = try SheetImport.read(files)
        let yaml: String
        do {
            yaml = try imported.yaml()
        } catch {
            preconditionFailure("imported sheets that cannot be written as YAML: \(error)")
        }
        do {
            _ = try RegistryLoader.load(contents: yaml, fileName: "imported.yaml")
        } catch {
            preconditionFailure("imported sheets whose YAML does not load: \(error.diagnostics)\n\(yaml)")
        }
    } catch {
        precondition(!error.diagnostics.isEmpty, "a sheet error without diagnostics")
    }
    return 0
}

/// The directory the sheets are written to: one per process, removed by
/// nobody (the system's temporary directory is cleaned on its own).
enum SheetsScratch {
    static let directory: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("samverkan-fuzz-sheets-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot make \(url.path): \(error)")
        }
        return url
    }()
}

/// The same entry under libFuzzer's name: `-sanitize=fuzzer` links
/// libFuzzer's own `main` object too (unused: SwiftPM's `main` runs
/// `FuzzDriver`), and it refers to this symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt { fuzzSheets(bytes, count) }
