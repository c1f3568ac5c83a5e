import PartnerRegistry

/// Collects the nodes and ties a one-mode reader finds, applies the
/// policy every reader shares, and reports every problem with its
/// position:
///
/// - a tie from a node to itself is an error (the measures are defined on
///   simple graphs; remove the line);
/// - a second tie between the same two nodes (in either order) is an
///   error naming the first (merge them into one, with the summed weight
///   if that is what they mean);
/// - a weight must be a finite number above 0.
struct OneModeBuilder {
    let file: String
    let format: InputFormat
    private(set) var diag: DiagnosticCollector
    private(set) var nodes: [OneModeNetwork.Node] = []
    /// Set by `numberNodes`: the nodes are `1…count`, none stored.
    private var numbered: (count: Int, firstSide: Int)?
    private var index: [String: Int32] = [:]
    private var tieAt: [UInt64: (line: Int, column: Int)] = [:]
    private(set) var ties: [OneModeNetwork.Tie] = []
    var isWeighted = false

    init(file: String, format: InputFormat) {
        self.file = file
        self.format = format
        self.diag = DiagnosticCollector(file: file, limit: 100)
    }

    func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    mutating func error(
        _ code: Diagnostic.Code, _ line: Int, _ column: Int, _ message: String, hint: String
    ) {
        diag.add(Diagnostic(.error, code: code, at: location(line, column), message: message, hint: hint))
    }

    /// The vertex of `id`, if a node has it.
    func vertex(_ id: String) -> Int32? { index[id] }

    /// Adds a node (or returns the existing one with that ID), its ID and
    /// label in Unicode NFC: the composed and decomposed spellings of one
    /// name are one node (as Swift compares strings), shown one way.
    @discardableResult
    mutating func node(_ id: String, label: String? = nil, attributes: [String: String] = [:]) -> Int32 {
        if let v = index[id] { return v }
        let id = id.canonicalComposition, label = label?.canonicalComposition
        let v = Int32(nodes.count)
        index[id] = v
        nodes.append(OneModeNetwork.Node(id: id, label: label, attributes: attributes))
        return v
    }

    /// Makes the nodes `1…count`, without storing them (a Pajek file that
    /// lists no vertices; see `OneModeNetwork.Nodes`). Replaces `node`.
    mutating func numberNodes(count: Int, firstSide: Int) {
        precondition(nodes.isEmpty, "numbered nodes replace listed ones")
        numbered = (count, firstSide)
    }

    /// The ID of vertex `v`.
    func id(_ v: Int32) -> String { numbered == nil ? nodes[Int(v)].id : String(v + 1) }

    /// Reads a weight cell, or reports why it is not one.
    mutating func weight(_ text: String, _ line: Int, _ column: Int) -> Double? {
        let trimmed = text.trimmingSpaces
        guard let w = Double(trimmed), w.isFinite, w > 0 else {
            error(.wrongType, line, column, "'\(trimmed)' is not a valid weight",
                  hint: "write a number above 0, such as 1 or 2.5 (a decimal point, not a comma)")
            return nil
        }
        return w
    }

    /// Adds the tie between vertices `a` and `b`, found at `line:column`.
    mutating func tie(_ a: Int32, _ b: Int32, weight: Double, _ line: Int, _ column: Int) {
        if a == b {
            error(.unsupportedFact, line, column, "a tie from '\(id(a))' to itself",
                  hint: "remove it: self-loops are not read (every measure here is defined on simple graphs)")
            return
        }
        let key = UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
        if let first = tieAt[key] {
            error(.duplicateMembership, line, column,
                  "a second tie between '\(id(a))' and '\(id(b))' (the first is at line \(first.line))",
                  hint: "keep one line per pair; ties are undirected, and two ties of one pair are not summed")
            return
        }
        tieAt[key] = (line, column)
        ties.append(OneModeNetwork.Tie(a, b, weight: weight))
    }

    /// The network, or every problem found.
    func finish() throws(RegistryLoadError) -> OneModeNetwork {
        if diag.hasErrors { throw diag.loadError() }
        if let numbered, numbered.count > 0 {
            return OneModeNetwork(file: file, format: format, numbered: numbered.count, firstSide: numbered.firstSide,
                                  ties: ties, isWeighted: isWeighted)
        }
        // A file with no nodes is the empty network: every measure gives
        // the empty answer, as NetworkX does on `nx.Graph()`.
        return OneModeNetwork(file: file, format: format, nodes: nodes, ties: ties, isWeighted: isWeighted)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
