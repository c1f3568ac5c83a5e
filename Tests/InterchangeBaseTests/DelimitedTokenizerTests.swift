import InterchangeBase
import Testing

/// The one delimited-text reader: separators detected from the first
/// line, quoting, trimming by dialect, byte-order marks, and every
/// structural problem collected with its line and column.
@Suite struct DelimitedTokenizerTests {
    /// Each record's cells as text, and the problems found.
    func read(_ text: String, _ dialect: DelimitedDialect) -> (records: [[String]], problems: [DelimitedTextProblem], separator: UInt8) {
        var text = text
        return text.withUTF8 { utf8 in
            let buf = UnsafeRawBufferPointer(utf8)
            var tokens = DelimitedTokenizer(buf, dialect: dialect)
            var cells: [DelimitedCell] = []
            var records: [[String]] = []
            while !tokens.atEnd {
                let record = tokens.nextRecord(&cells)
                if record == .unclosed { break }
                if record == .cells { records.append(cells.map { $0.text(buf) }) }
            }
            return (records, tokens.problems, tokens.separator)
        }
    }

    @Test(arguments: [
        ("a,b;c\n1,2;3\n", UInt8(ascii: ","), [["a", "b;c"], ["1", "2;3"]]),
        ("a;b\n1;\"2;x\"\n", UInt8(ascii: ";"), [["a", "b"], ["1", "2;x"]]),
        ("a\tb\n1\t2\n", UInt8(ascii: "\t"), [["a", "b"], ["1", "2"]]),
        ("a\n1\n", UInt8(ascii: ","), [["a"], ["1"]]),
    ])
    func detectsTheSeparatorFromTheFirstLine(text: String, separator: UInt8, records: [[String]]) {
        let read = read(text, DelimitedDialect(separator: .detect, trimsSpaces: false))
        #expect(read.separator == separator)
        #expect(read.records == records)
        #expect(read.problems.isEmpty)
    }

    @Test func quotingLineEndsAndByteOrderMark() {
        let text = "\u{FEFF}id,name\r\n1,\"Umeå, \"\"kommun\"\"\nrad två\"\r\n\r\n2,x\r3,y"
        let read = read(text, DelimitedDialect(separator: .comma, trimsSpaces: false))
        #expect(read.records == [["id", "name"], ["1", "Umeå, \"kommun\"\nrad två"], ["2", "x"], ["3", "y"]])
        #expect(read.problems.isEmpty)
    }

    @Test func trimmingIsTheDialectsChoice() {
        let text = "  a , \"b\"  ,c\t\n"
        #expect(read(text, DelimitedDialect(separator: .comma, trimsSpaces: true)).records == [["a", "b", "c"]])
        #expect(read(text, DelimitedDialect(separator: .comma, trimsSpaces: false)).records == [["  a ", " \"b\"  ", "c\t"]])
    }

    @Test func collectsProblemsWithLineAndColumn() {
        // Text after a closing quote on lines 2 and 3 (the record is
        // broken, reading goes on), then a quote never closed on line 4.
        let text = "a,b\n\"x\"y,1\nå,\"z\"!\n1,\"open\n"
        let read = read(text, DelimitedDialect(separator: .comma, trimsSpaces: false))
        #expect(read.records == [["a", "b"]])
        #expect(read.problems.map(\.kind) == [.textAfterQuote, .textAfterQuote, .unclosedQuote])
        #expect(read.problems.map(\.line) == [2, 3, 4])
        #expect(read.problems.map(\.column) == [4, 6, 3])
        #expect(read.problems[2].message == "a quoted cell is never closed")
    }

    @Test func columnsAfterAByteOrderMarkStartAtOne() {
        let text = "\u{FEFF}\"open"
        let read = read(text, DelimitedDialect(separator: .comma, trimsSpaces: true))
        #expect(read.problems.count == 1)
        #expect(read.problems.first?.line == 1)
        #expect(read.problems.first?.column == 1)
    }
}
