import Foundation
import InterchangeBase
import Testing

@Suite struct TextEncodingTests {
    /// Windows-1252's 0x80–0x9F as Python's cp1252 codec decodes them
    /// (`bytes([b]).decode('cp1252')`); the five bytes the codec leaves
    /// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are the C1 controls of the
    /// same value, as the WHATWG Encoding Standard maps them.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    @Test func everyByteOfWindows1252() {
        // 0xFF alone is not UTF-8, so the whole range is read as Windows-1252.
        let (utf8, encoding) = TextEncoding.utf8(Data((0 ... 255).map { UInt8($0) }))
        #expect(encoding == .windows1252)
        let scalars = String(decoding: utf8, as: UTF8.self).unicodeScalars.map(\.value)
        let expected = (0 ..< 0x80).map { UInt32($0) } + Self.high + (0xA0 ... 0xFF).map { UInt32($0) }
        #expect(scalars == expected)
    }

    @Test func utf8IsKeptAsItIs() {
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("organisation;group\nUmeå kommun;“Grön” grupp\n".utf8)
        let (data, encoding) = TextEncoding.utf8(bom)
        #expect(encoding == .utf8)
        #expect(data == bom)
    }

    /// A Swedish Excel "CSV (semikolonavgränsad)" line: å, ö and the curly
    /// quotes in single bytes.
    @Test func aSwedishSemicolonSheet() {
        let (data, encoding) = TextEncoding.utf8(Data([0x55, 0x6D, 0x65, 0xE5, 0x3B, 0x93, 0x47, 0x72, 0xF6, 0x6E, 0x94, 0x0A]))
        #expect(encoding == .windows1252)
        #expect(String(decoding: data, as: UTF8.self) == "Umeå;“Grön”\n")
    }
}
