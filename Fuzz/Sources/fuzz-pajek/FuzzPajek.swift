import Foundation
import FuzzOneMode

/// The Pajek reader, through the public one-mode entry with format
/// `.pajek` (see `fuzzOneMode`).
func fuzzPajek(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzOneMode(Data(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count)), path: "fuzz.net", format: .pajek)
    return 0
}

/// The same entry under libFuzzer's name: `-sanitize=fuzzer` links
/// libFuzzer's own `main` object too (unused: SwiftPM's `main` runs
/// `FuzzDriver`), and it refers to this symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt { fuzzPajek(bytes, count) }
