import Foundation

/// The character encoding a delimited-text file was read in.
///
/// Spreadsheets save CSV in one of two: Swedish Excel's "CSV UTF-8" is
/// UTF-8 with a byte-order mark, its "CSV (semikolonavgränsad)" is
/// Windows-1252. A file that is not valid UTF-8 is read as Windows-1252
/// (every byte means a character there, so the reading cannot fail), and
/// the reader says so.
public enum TextEncoding: String, Hashable, Sendable, Codable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"

    /// The UTF-8 bytes of `data` and the encoding it was read in: `data`
    /// itself when it is valid UTF-8, else its Windows-1252 reading.
    ///
    /// Windows-1252 is taken as the WHATWG Encoding Standard defines it:
    /// 0x80–0x9F are the typographic characters (€ ‚ „ … ’ “ ” – — ™ …),
    /// the five bytes it leaves unassigned stand for the C1 controls of
    /// the same value, and 0xA0–0xFF are Latin-1.
    ///
    /// - Complexity: O(n) for n bytes; no copy for UTF-8.
    public static func utf8(_ data: Data) -> (data: Data, encoding: TextEncoding) {
        if String(validating: data, as: UTF8.self) != nil { return (data, .utf8) }
        var out = Data()
        out.reserveCapacity(data.count + data.count / 4)
        for byte in data {
            let scalar: UInt32 = byte < 0x80 ? UInt32(byte) : byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
            var utf8: [UInt8] = []
            UTF8.encode(Unicode.Scalar(scalar)!) { utf8.append($0) }
            out.append(contentsOf: utf8)
        }
        return (out, .windows1252)
    }

    /// Windows-1252's 0x80–0x9F.
    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The note a reader gives when it fell back: "read as Windows-1252
    /// (not valid UTF-8: …)".
    public static let fallbackHint =
        "a spreadsheet's 'CSV (semikolonavgränsad)' is Windows-1252; save as 'CSV UTF-8' to make the reading certain"
}
