import Foundation

extension Registry {
    /// Checks every quoted citation against the local copy of its source.
    ///
    /// For each source with a `file:` (resolved against `baseDirectory`,
    /// normally the registry file's folder), every `quote` citing it must
    /// occur in the file's text verbatim, up to runs of white space. A
    /// quote that does not occur is a warning (`quote-not-found`) at the
    /// position of the entity or membership that carries it; a source file
    /// that cannot be read is a warning (`missing-source-file`) at the
    /// source. Sources without a local copy are not checked.
    ///
    /// Source files must lie inside `sourcesRoot` (by default
    /// `baseDirectory`), after `..` and symbolic links are resolved. A file
    /// outside is not opened (otherwise a registry with `file:
    /// ../../../../etc/passwd` and a quote would tell whether any text
    /// occurs in any readable file); it gets a warning
    /// (`source-outside-tree`) at the source, and its quotes go unchecked.
    ///
    /// - Complexity: O(T + Q·T) for T characters of source text and Q quotes
    ///   (each quote is a substring search), O(T) space.
    public func checkQuotes(baseDirectory: URL, sourcesRoot: URL? = nil) -> [Diagnostic] {
        var texts: [SourceID: String] = [:]
        var originals: [SourceID: (file: String, text: String)] = [:]
        var diagnostics: [Diagnostic] = []
        let fallback = SourceLocation(file: locations.file ?? "<registry>")
        let root = sourcesRoot ?? baseDirectory
        for source in sources {
            guard let file = source.file else { continue }
            let url = URL(fileURLWithPath: file, relativeTo: baseDirectory)
            guard SourceTree.contains(url, root: root) else {
                diagnostics.append(Diagnostic(
                    .warning, code: .sourceOutsideTree, at: location(of: .source(source.id)) ?? fallback,
                    message: "the local copy '\(file)' of source '\(source.id)' is outside '\(root.path)', so it is not read and its quotes go unchecked",
                    hint: "source files must be in the registry's folder or below (for standard input, the working directory); "
                        + "move the file there, or name the folder that holds the sources with 'samverkan validate --sources-dir DIR'"))
                continue
            }
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                texts[source.id] = Self.normalisedWhitespace(text)
                originals[source.id] = (file, text)
            } else {
                diagnostics.append(Diagnostic(
                    .warning, code: .missingSourceFile, at: location(of: .source(source.id)) ?? fallback,
                    message: "the local copy '\(file)' of source '\(source.id)' cannot be read, so its quotes go unchecked",
                    hint: "give 'file' relative to the registry file, or remove it"))
            }
        }
        guard !texts.isEmpty else { return diagnostics }

        func check(_ citations: [Citation], at location: SourceLocation?, owner: String) {
            for citation in citations {
                guard let quote = citation.quote, let text = texts[citation.source] else { continue }
                let wanted = Self.normalisedWhitespace(quote)
                if !text.contains(wanted) {
                    let difference = QuoteDifference(quote: wanted, source: text)
                    let original = originals[citation.source]
                    diagnostics.append(Diagnostic(
                        .warning, code: .quoteNotFound, at: location ?? fallback,
                        message: "the quote \"\(quote)\" in \(owner) does not occur in source '\(citation.source)'"
                            + (original.map { difference.explanation(file: $0.file, original: $0.text) } ?? ""),
                        hint: difference.hint))
                }
            }
        }
        for o in organisations { check(o.sources, at: location(of: .organisation(o.id)), owner: "organisation '\(o.id)'") }
        for g in groups { check(g.sources, at: location(of: .group(g.id)), owner: "group '\(g.id)'") }
        for (i, m) in memberships.enumerated() {
            check(m.sources, at: location(ofMembershipAt: i), owner: "the membership of '\(m.organisation)' in '\(m.group)'")
        }
        for x in initiatives {
            check(x.sources, at: location(of: .initiative(x.id)), owner: "initiative '\(x.id)'")
            for p in x.participants {
                check(p.sources, at: location(of: .initiative(x.id)), owner: "a participation in '\(x.id)'")
            }
        }
        for d in documents { check(d.sources, at: location(of: .document(d.id)), owner: "document '\(d.id)'") }
        for r in rules { check(r.sources, at: location(of: .rule(r.id)), owner: "rule '\(r.id)'") }
        return diagnostics.sorted { $0.location < $1.location }
    }

    static func normalisedWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
