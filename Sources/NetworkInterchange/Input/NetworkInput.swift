import Foundation
import InterchangeBase
import PartnerRegistry

extension InputFormat {
    /// The format of a file, from its extension and, for `.csv` and
    /// unknown extensions, its first line: `.graphml` is GraphML, `.gexf`
    /// GEXF (as is a file whose root element is `<graphml>` or `<gexf>`), `.net`
    /// Pajek, `.edgelist`/`.txt` a headerless edge list, a first line
    /// starting `source,` an edge list
    /// (the edge-list reader checks the rest of the header); `.yaml`/`.yml`/`.json`, a
    /// first line `organisation,group,…` and anything else the registry
    /// reader's own detection. Returns nil for a registry whose format the
    /// registry reader settles.
    public static func detect(path: String, firstBytes: some Collection<UInt8>) -> InputFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? String(name[name.index(after: name.lastIndex(of: ".")!)...]).lowercased() : ""
        switch ext {
        case "graphml": return .graphml
        case "gexf": return .gexf
        case "net": return .pajek
        case "edgelist", "txt": return .edgelist
        case "yaml", "yml": return .yaml
        case "json": return .json
        default: break
        }
        if let root = rootElement(firstBytes) {
            if root == "graphml" { return .graphml }
            if root == "gexf" { return .gexf }
        }
        return EdgeListReader.startsWithSourceColumn(firstBytes) ? .edgelist : nil
    }

    /// The name of the first element of an XML document, past its
    /// declaration, comments and doctype (`graphml` for
    /// `<?xml …?><graphml …>`), without a namespace prefix; nil when the
    /// bytes do not start like XML.
    static func rootElement(_ firstBytes: some Collection<UInt8>) -> String? {
        var text = Substring(String(decoding: firstBytes, as: UTF8.self))
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        while true {
            text = text.drop { $0.isWhitespace }
            guard text.hasPrefix("<") else { return nil }
            if text.hasPrefix("<?") || text.hasPrefix("<!") {
                let close = text.hasPrefix("<!--") ? "-->" : ">"
                guard let end = text.range(of: close) else { return nil }
                text = text[end.upperBound...]
                continue
            }
            let name = text.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            return String(name.split(separator: ":").last ?? name)
        }
    }
}

/// What an analysis command reads: a registry or a one-mode network.
public enum NetworkInput: Sendable {
    case registry(Registry)
    case oneMode(OneModeNetwork)

    /// Reads `path` (`-` for standard input) as `format`, or as the format
    /// `InputFormat.detect` finds.
    /// - Throws: every problem found, positioned (`RegistryLoadError`).
    public static func load(path: String, format: InputFormat? = nil) throws(RegistryLoadError) -> NetworkInput {
        try load(data: RegistryLoader.read(path: path), path: path, format: format)
    }

    /// Reads `data`, the bytes of `path`, as `load(path:format:)` does
    /// (`path` names the file in messages and, without `format`, helps
    /// detect it).
    /// - Throws: every problem found, positioned (`RegistryLoadError`).
    public static func load(data: Data, path: String, format: InputFormat?) throws(RegistryLoadError) -> NetworkInput {
        let name = path == "-" ? RegistryLoader.standardInputName : path
        let format = format ?? InputFormat.detect(path: path, firstBytes: data.prefix(512))
        switch format {
        case .edgelist?:
            let text = try OneModeText.decode(data, file: name)
            let firstLine = data.prefix(512).prefix { $0 != 0x0A && $0 != 0x0D }
            let comma = name.lowercased().hasSuffix(".csv") || firstLine.contains(UInt8(ascii: ","))
            return .oneMode(try EdgeListReader.read(text: text, file: name, separator: comma ? .comma : .whitespace))
        case .graphml?:
            return try GraphMLReader.read(data: data, file: name)
        case .gexf?:
            return try GEXFReader.read(data: data, file: name)
        case .pajek?:
            return .oneMode(try PajekReader.read(text: try OneModeText.decode(data, file: name), file: name))
        case let f?:
            return .registry(try RegistryLoader.load(data: data, fileName: name, format: f.registryFormat))
        case nil:
            return .registry(try RegistryLoader.load(data: data, fileName: name, format: RegistryFormat(fileName: path)))
        }
    }
}

/// Text decoding and line splitting shared by the one-mode text readers
/// (edge lists and Pajek).
enum OneModeText {
    /// The text of `data`: UTF-8, or Windows-1252 when it is not valid
    /// UTF-8 (a spreadsheet's semicolon CSV; `TextEncoding.utf8(_:)`),
    /// without NUL characters (every NUL is reported at its line and
    /// column, as `lines` counts them: U+0000 is no part of a name, and a
    /// map would draw it as a space).
    static func decode(_ data: Data, file: String) throws(RegistryLoadError) -> String {
        try decodeReporting(data, file: file).text
    }

    /// `decode(_:file:)` with the encoding the text was read in.
    static func decodeReporting(_ data: Data, file: String) throws(RegistryLoadError) -> (text: String, encoding: TextEncoding) {
        let (bytes, encoding) = TextEncoding.utf8(data)
        let text = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(0) else { return (text, encoding) }
        var diag = DiagnosticCollector(file: file, limit: 100)
        for (number, line) in lines(text).enumerated() {
            for (offset, s) in line.enumerated() where s == "\u{0}" {
                diag.add(Diagnostic(
                    .error, code: .malformedSyntax, at: SourceLocation(file: file, line: number + 1, column: offset + 1),
                    message: "a NUL character (U+0000)",
                    hint: "remove the NUL; it is no part of a name (the file may have been saved as UTF-16)"))
            }
        }
        throw diag.loadError()
    }

    /// The lines of `text` as Unicode scalars, each ended by LF, CR LF or a
    /// lone CR (old Mac files), so line numbers count every one of them.
    static func lines(_ text: String) -> [Substring.UnicodeScalarView] {
        let scalars = text.unicodeScalars
        var lines: [Substring.UnicodeScalarView] = []
        var start = scalars.startIndex, i = start
        while i < scalars.endIndex {
            let s = scalars[i]
            guard s == "\n" || s == "\r" else { i = scalars.index(after: i); continue }
            lines.append(scalars[start ..< i])
            i = scalars.index(after: i)
            if s == "\r", i < scalars.endIndex, scalars[i] == "\n" { i = scalars.index(after: i) }
            start = i
        }
        lines.append(scalars[start...])
        return lines
    }
}
