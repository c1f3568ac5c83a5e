import InterchangeBase
import Testing

/// One escaping policy per output language, each asserted on the
/// characters where the languages differ: markup, quotes, line breaks,
/// control characters, separators and bidirectional controls.
@Suite struct EscapingTests {
    static let hostile = "a&<b>\"c'\t\n\r\u{1}\u{7F}\u{202E}\u{2028}\u{FFFE}"

    @Test func xml() {
        #expect(XMLText.escaped(Self.hostile)
            == "a&amp;&lt;b&gt;&quot;c&apos;&#9;&#10;&#13;\u{FFFD}\u{7F}\u{202E}\u{2028}\u{FFFD}")
        #expect(XMLText.escaped("plain text") == "plain text")
        var bytes: [UInt8] = []
        XMLText.append("Umeå & co", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "Umeå &amp; co")
    }

    @Test func html() {
        #expect(HTMLText.escaped(Self.hostile) == "a&amp;&lt;b&gt;&quot;c&#39;\t\n\u{202E}\u{2028}\u{FFFE}")
        #expect(HTMLText.escaped("Umeå") == "Umeå")
    }

    @Test func json() {
        #expect(JSONText.quoted(Self.hostile)
            == "\"a&<b>\\\"c'\\t\\n\\r\\u0001\\u007f\\u202e\\u2028\u{FFFE}\"")
        #expect(JSONText.quoted("back\\slash 🔥") == "\"back\\\\slash 🔥\"")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("Umeå, kommun", "\"Umeå, kommun\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\r", "\"cr\r\""),
        (" leading", "\" leading\""),
        ("trailing ", "\"trailing \""),
        ("in side", "in side"),
        ("semi;colon", "semi;colon"),
    ])
    func csv(cell: String, written: String) {
        #expect(CSVText.escaped(cell) == written)
        var bytes: [UInt8] = []
        CSVText.append(cell, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == written)
    }

    @Test func dot() {
        #expect(DOTText.quoted("a\"b\\c\nd") == "\"a\\\"b\\\\c d\"")
        #expect(DOTText.html("A & <B>\nC\u{1}\t") == "A &amp; &lt;B&gt;<BR/>C ")
        #expect(DOTText.tooltip("x\\y & \"z\"") == "\"x\\\\\\\\y &amp; \\\"z\\\"\"")
    }

    @Test func terminal() {
        #expect(TerminalText.neutralised("A\u{1B}[31mB\u{202E}") == "A<U+001B>[31mB<U+202E>")
        #expect(TerminalText.neutralised("Umeå") == "Umeå")
    }
}
