import PartnerRegistry

/// The CSV membership reader, through the public loading entry with a
/// `.csv` file name.
func fuzzCSV(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count), as: UTF8.self)
    do {
        let registry = try RegistryLoader.load(contents: text, fileName: "fuzz.csv")
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
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt { fuzzCSV(bytes, count) }
