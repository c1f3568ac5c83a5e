/// Where each entity of a loaded registry was written: the side table
/// that lets rule violations and later checks point into the file.
///
/// Positions are kept in arrays parallel to the registry's entity arrays
/// (`organisations[i]` was written at `organisations[i]`), eight bytes
/// each, so that a million CSV memberships cost 8 MB. A registry built in
/// code has no file and empty arrays; every lookup then answers `nil`.
public struct RegistryLocations: Hashable, Sendable {
    /// The file name as given to the loader, or nil.
    public var file: String?
    public var organisations: [TextPosition]
    public var groups: [TextPosition]
    public var memberships: [TextPosition]
    public var initiatives: [TextPosition]
    public var documents: [TextPosition]
    public var sources: [TextPosition]
    public var rules: [TextPosition]
    /// Where each entry of the registry's own vocabulary was declared, by
    /// "section/id" (`organisation-kinds/ski-resort`).
    public var vocabulary: [String: TextPosition] = [:]
    /// The encoding the file was read in: UTF-8, or Windows-1252 for a
    /// delimited-text file that is not valid UTF-8 (`TextEncoding.utf8(_:)`).
    public var encoding: TextEncoding = .utf8

    public init(
        file: String? = nil, organisations: [TextPosition] = [], groups: [TextPosition] = [],
        memberships: [TextPosition] = [], initiatives: [TextPosition] = [], documents: [TextPosition] = [],
        sources: [TextPosition] = [], rules: [TextPosition] = []
    ) {
        self.file = file
        self.organisations = organisations
        self.groups = groups
        self.memberships = memberships
        self.initiatives = initiatives
        self.documents = documents
        self.sources = sources
        self.rules = rules
    }

    /// Where the vocabulary entry `id` of `section` was declared, if known.
    public func location(ofTerm id: String, in section: Vocabulary.Section) -> SourceLocation? {
        guard let file, let p = vocabulary["\(section.rawValue)/\(id)"], p.line > 0 else { return nil }
        return SourceLocation(file: file, line: Int(p.line), column: Int(p.column))
    }

    /// The full location of a position in `list[index]`, if known.
    func location(_ list: [TextPosition], _ index: Int?) -> SourceLocation? {
        guard let file, let index, list.indices.contains(index) else { return nil }
        let p = list[index]
        guard p.line > 0 else { return nil }
        return SourceLocation(file: file, line: Int(p.line), column: Int(p.column))
    }
}
