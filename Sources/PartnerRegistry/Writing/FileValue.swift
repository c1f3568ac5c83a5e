import InterchangeBase
import Yams

/// A format-neutral document tree in the registry file schema, with key
/// order kept: what `RegistryWriter` builds and then prints as YAML (via
/// Yams) or JSON (by hand).
indirect enum FileValue: Sendable {
    case text(String)
    case number(Int)
    case boolean(Bool)
    case date(PartialDate)
    /// `flow` prints `[a, b]` in YAML instead of one item per line.
    case list([FileValue], flow: Bool)
    /// `flow` prints `{a: 1, b: 2}` in YAML instead of one key per line.
    case map([(String, FileValue)], flow: Bool)

    // MARK: YAML

    /// The Yams node for this value. Text that would read back as another
    /// type (`'2015'`, `'yes'`, `'null'`) is quoted; dates and numbers are
    /// plain.
    var node: Node {
        switch self {
        case let .text(s): return .scalar(s.represented())
        case let .number(n): return Node(String(n))
        case let .boolean(b): return Node(b ? "true" : "false")
        case let .date(d): return Node(d.description)
        case let .list(items, flow):
            return Node(items.map(\.node), .implicit, flow ? .flow : .block)
        case let .map(pairs, flow):
            return Node(pairs.map { (Node.scalar($0.0.represented()), $0.1.node) }, .implicit, flow ? .flow : .block)
        }
    }

    // MARK: JSON

    /// Pretty-printed JSON with two-space indentation; keys in order.
    func json(indent: Int = 0, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        let inner = String(repeating: " ", count: indent + 2)
        switch self {
        case let .text(s): Self.appendJSONString(s, to: &out)
        case let .number(n): out += String(n)
        case let .boolean(b): out += b ? "true" : "false"
        case let .date(d):
            if d.month == nil { out += String(d.year) } else { Self.appendJSONString(d.description, to: &out) }
        case let .list(items, _):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.json(indent: indent + 2, into: &out)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.json(indent: indent + 2, into: &out)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += pad + "]"
        case let .map(pairs, _):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += inner
                Self.appendJSONString(key, to: &out)
                out += ": "
                value.json(indent: indent + 2, into: &out)
                out += i + 1 < pairs.count ? ",\n" : "\n"
            }
            out += pad + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .list, .map: false
        default: true
        }
    }

    /// A JSON string literal, by the one JSON policy (`JSONText`).
    static func appendJSONString(_ s: String, to out: inout String) {
        out += JSONText.quoted(s)
    }
}
