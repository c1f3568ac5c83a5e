import Foundation
import FuzzOneMode

/// The GEXF reader (libxml2's SAX2 parser underneath), through the
/// public one-mode entry with format `.gexf` (see `fuzzOneMode`).
func fuzzGEXF(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzOneMode(Data(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count)), path: "fuzz.gexf", format: .gexf)
    return 0
}

/// The same entry under libFuzzer's name: `-sanitize=fuzzer` links
/// libFuzzer's own `main` object too (unused: SwiftPM's `main` runs
/// `FuzzDriver`), and it refers to this symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt { fuzzGEXF(bytes, count) }
