import PartnerRegistry

/// YAML or JSON (JSON when the text starts with `{` or `[`, as the
/// loader's own sniffing decides), through the public loading entry. Any
/// outcome but a crash, a sanitizer report or a hang is fine: a registry
/// or a `RegistryLoadError` with diagnostics.
func fuzzRegistry(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count), as: UTF8.self)
    let first = text.utf8.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\t") }
    let json = first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    do {
        let registry = try RegistryLoader.load(contents: text, fileName: json ? "fuzz.json" : "fuzz.yaml")
        _ = registry.view(.now)
    } catch {
        precondition(!error.diagnostics.isEmpty, "a load error without diagnostics")
    }
    return 0
}

/// The same entry under libFuzzer's name: `-sanitize=fuzzer` links
/// libFuzzer's own `main` object too (unused: SwiftPM's `main` runs
/// `FuzzDriver`), and it refers to this symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt { fuzzRegistry(bytes, count) }
