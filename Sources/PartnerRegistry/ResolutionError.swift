/// A name given on the command line that names no entity, or several.
public struct ResolutionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An entity a query might have meant.
    public struct Candidate: Hashable, Sendable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public enum Problem: Hashable, Sendable {
        /// Nothing matches; `suggestions` are the nearest spellings.
        case notFound(suggestions: [Candidate])
        /// Several entities match equally well.
        case ambiguous(candidates: [Candidate])
        /// Nothing of the wanted type matches, but an entity of another
        /// type (`noun`: "group" where an organisation was wanted) does.
        case otherKind(noun: String, Candidate)
    }

    /// "organisation", "group".
    public var noun: String
    public var query: String
    public var problem: Problem

    public init(noun: String, query: String, problem: Problem) {
        self.noun = noun
        self.query = query
        self.problem = problem
    }

    public var description: String {
        func list(_ cs: [Candidate]) -> String {
            cs.map { $0.name == $0.id ? "'\($0.id)'" : "'\($0.id)' (\($0.name))" }.joined(separator: ", ")
        }
        switch problem {
        case let .notFound(suggestions):
            let base = "no \(noun) matches '\(query)'"
            switch suggestions.count {
            case 0: return base + "; check the spelling, or give the \(noun)'s ID"
            case 1: return base + "; did you mean \(list(suggestions))?"
            default: return base + "; did you mean one of \(list(suggestions))?"
            }
        case let .otherKind(other, candidate):
            let article = other.first.map { "aeiou".contains($0) } == true ? "an" : "a"
            let wanted = noun.first.map { "aeiou".contains($0) } == true ? "an \(noun)" : "a \(noun)"
            return "'\(query)' is \(article) \(other) (\(list([candidate]))), not \(wanted); give \(wanted)'s ID or name"
        case let .ambiguous(candidates):
            return "'\(query)' matches \(candidates.count) \(noun)s: \(list(candidates)); give the ID of the one you mean"
        }
    }
}
