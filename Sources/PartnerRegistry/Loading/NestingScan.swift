/// A pass over YAML or JSON text, before parsing, that finds nesting deep
/// enough to exhaust the stack of the (recursive) composer.
///
/// It counts what nests: flow brackets `[` `{` that open a collection, and
/// block indentation (leading spaces and `- `/`? ` markers). It skips what
/// does not: comments (`#` at the start of a line or after white space),
/// quoted scalars (`"…"` with backslash escapes, `'…'` with `''`, both
/// across lines), block scalars (`|`, `>` and the more-indented lines
/// after them), and plain scalars in block context (`note: a[1]`,
/// `note: a [[[`), with their more-indented continuation lines. In block
/// context a bracket or quote opens something only where a node starts:
/// after the indentation and `- `/`? ` markers, after `: `, or after an
/// anchor or tag (`&a [`, `!!seq [`); once a plain scalar has started,
/// the rest of its line is text until a `: ` makes it a key. Inside flow
/// collections a quote or bracket opens something where a token can
/// start: after white space or one of `[ { , :` (JSON writes `{"a":[`).
///
/// - Complexity: O(n) time in the bytes of the text, O(1) space.
enum NestingScan {
    /// The line on which nesting first exceeds `limit`, or nil.
    static func tooDeep(_ text: String, limit: Int) -> Int? {
        var text = text
        return text.withUTF8 { tooDeep(UnsafeRawBufferPointer($0), limit: limit) }
    }

    static func tooDeep(_ buf: UnsafeRawBufferPointer, limit: Int) -> Int? {
        let n = buf.count
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        let dq = UInt8(ascii: "\""), sq = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\"), hash = UInt8(ascii: "#")
        func isTokenStart(_ previous: UInt8) -> Bool {
            switch previous {
            case lf, cr, space, tab, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"):
                return true
            default: return false
            }
        }
        var line = 1
        var flow = 0
        var quote: UInt8 = 0
        /// The indentation of the line that opened a block scalar, while in one.
        var blockScalarParent: Int?
        /// The indentation of the line a block-context plain scalar ran to
        /// the end of: more-indented lines after it continue the scalar.
        var plainParent: Int?
        var i = 0
        while i < n {
            // The start of a line (i is at its first byte).
            var spaces = 0
            while i + spaces < n && buf[i + spaces] == space { spaces += 1 }
            let blank = i + spaces >= n || buf[i + spaces] == lf || buf[i + spaces] == cr
            if quote == 0, let parent = blockScalarParent ?? plainParent {
                // A comment line ends a plain scalar, not a block scalar.
                let comment = blockScalarParent == nil && !blank && buf[i + spaces] == hash
                if blank || (spaces > parent && !comment) {
                    while i < n && buf[i] != lf { i += 1 }
                    i += 1
                    line += 1
                    continue
                }
                blockScalarParent = nil
                plainParent = nil
            }
            var previous = lf
            // Block context: whether a node (and so a flow collection or a
            // quoted scalar) may start here, and whether a plain scalar has.
            var atNode = quote == 0, inPlain = false, inProperty = false
            if quote == 0 && flow == 0 {
                // Block indentation: spaces, and `- ` / `? ` markers.
                var block = spaces
                var k = i + spaces
                while k + 1 < n, buf[k] == UInt8(ascii: "-") || buf[k] == UInt8(ascii: "?"),
                      buf[k + 1] == space
                {
                    block += 2
                    k += 2
                    while k < n && buf[k] == space { k += 1; block += 1 }
                }
                if block > limit { return line }
                i = k
                previous = space
            }
            // The rest of the line.
            while i < n && buf[i] != lf {
                let b = buf[i]
                if quote == dq {
                    if b == backslash { i += i + 1 < n && buf[i + 1] != lf ? 2 : 1; continue }
                    if b == dq { quote = 0 }
                    previous = b
                    i += 1
                    continue
                }
                if quote == sq {
                    if b == sq {
                        if i + 1 < n && buf[i + 1] == sq { i += 2; continue }
                        quote = 0
                    }
                    previous = b
                    i += 1
                    continue
                }
                if b == hash, previous == space || previous == tab || previous == lf {
                    while i < n && buf[i] != lf { i += 1 }
                    continue
                }
                if flow == 0 {
                    // Block context.
                    let white = b == space || b == tab || b == cr
                    if white {
                        inProperty = false
                    } else if !atNode || inProperty {
                        // Plain text (or an anchor or tag): only `: ` ends it.
                        if b == UInt8(ascii: ":"), i + 1 >= n || [space, tab, lf, cr].contains(buf[i + 1]) {
                            atNode = true; inPlain = false; inProperty = false
                        }
                    } else {
                        switch b {
                        case dq, sq:
                            quote = b; atNode = false
                        case UInt8(ascii: "["), UInt8(ascii: "{"):
                            flow = 1
                            if flow > limit { return line }
                        case UInt8(ascii: "|"), UInt8(ascii: ">"):
                            if opensBlockScalar(buf, after: i) { blockScalarParent = spaces }
                            atNode = false
                        case UInt8(ascii: "&"), UInt8(ascii: "!"):
                            inProperty = true
                        case UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "?"):
                            // An empty key (`: x`) or a marker: a node may still follow.
                            break
                        default:
                            atNode = false
                            inPlain = b != UInt8(ascii: "*")
                        }
                    }
                } else {
                    let atToken = isTokenStart(previous)
                    switch b {
                    case dq where atToken, sq where atToken:
                        quote = b
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        flow += 1
                        if flow > limit { return line }
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        flow -= 1
                        if flow == 0 { atNode = false; inPlain = false }
                    default:
                        break
                    }
                }
                previous = b
                i += 1
            }
            if quote == 0 && flow == 0 && inPlain && blockScalarParent == nil { plainParent = spaces }
            i += 1
            line += 1
        }
        return nil
    }

    /// Whether `|` or `>` at `i` is a block scalar indicator: followed only
    /// by indentation and chomping indicators, then white space, a comment
    /// or the end of the line.
    private static func opensBlockScalar(_ buf: UnsafeRawBufferPointer, after i: Int) -> Bool {
        var k = i + 1
        while k < buf.count {
            switch buf[k] {
            case UInt8(ascii: "0") ... UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"): k += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): return true
            default: return false
            }
        }
        return true
    }
}
