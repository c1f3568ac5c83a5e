import Foundation

/// Writes RFC 4180 CSV: a header row, then one row per record; fields
/// with commas, quotes or line breaks are quoted, quotes doubled.
struct CSVWriter {
    private(set) var text = ""

    init(header: [String]) { append(header) }

    mutating func append(_ fields: [String]) {
        text += fields.map(CSVWriter.escape).joined(separator: ",") + "\n"
    }

    static func escape(_ field: String) -> String {
        if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return field
    }
}
