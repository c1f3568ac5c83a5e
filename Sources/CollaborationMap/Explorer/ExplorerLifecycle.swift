import PartnerRegistry

/// An entity's or a membership's lifecycle in words, as the registry
/// states it: its start, its end (on a known date, or on a date the source
/// does not give, with the bound the view uses), whether a date is a
/// reading of the source or comes from an outside one, and a successor.
///
/// "2003 – upphörd, okänt när (senast 2015)", "från 2003 (tolkat)",
/// "since 2010-04-01 (external source)", "no start date: surely there from
/// 2015, possibly earlier". The bounds are those of
/// `Validity.presence(_:bound:describedFrom:)`: an unknown end without its
/// own `before` is bounded by the latest date the cited sources describe,
/// and a fact without `since` is certainly there only from the earliest.
struct ExplorerLifecycle {
    let registry: Registry
    let words: ExplorerWords.LifecycleWords
    /// Each predecessor's successors (`replaces`, `succeeded-by`).
    private let successors: [EntityReference: [EntityReference]]

    init(registry: Registry, language: MapLanguage) {
        self.registry = registry
        self.words = .words(for: language)
        var successors: [EntityReference: [EntityReference]] = [:]
        for step in registry.successions where step.kind == .replaces {
            successors[step.predecessor, default: []].append(step.successor)
        }
        self.successors = successors
    }

    func text(_ o: Organisation) -> String {
        text(o.validity, o.validity.lifecycle, o.sources, successor: .organisation(o.id))
    }

    func text(_ g: Group) -> String {
        text(g.validity, g.validity.lifecycle, g.sources, successor: .group(g.id))
    }

    func text(_ m: Membership) -> String { text(m.validity, m.validity.lifecycle, m.sources, successor: nil) }

    func text(_ x: Initiative) -> String { text(x.validity, x.validity.lifecycle, x.sources, successor: nil) }

    func text(_ d: StrategyDocument) -> String {
        let end: Lifecycle = switch d.end {
        case let .on(date): .ended(on: date)
        case let .unknown(before): .endedAtUnknownDate(before: before)
        case nil: .current
        }
        return text(d.validity, end, d.sources, successor: nil)
    }

    /// The text of one lifecycle. `sources` give the bounds a view uses.
    func text(_ validity: Validity, _ lifecycle: Lifecycle, _ sources: [Citation], successor: EntityReference?) -> String {
        let described = sources.compactMap { registry.source($0.source)?.describes }
        let start = validity.since.map { $0.description + mark(validity.sinceAssessment) }
        let endMark = mark(validity.untilAssessment)
        var out: String
        switch lifecycle {
        case .current:
            if let start {
                out = words.since(start)
            } else if let from = described.min() {
                out = words.undatedFrom(from.description)
            } else {
                out = words.undated
            }
        case let .ended(on: date):
            let end = date.description + endMark
            if let since = validity.since, since == date, validity.sinceAssessment == validity.untilAssessment {
                out = words.during(date.description + endMark)
            } else {
                out = start.map { words.range($0, end) } ?? words.until(end)
            }
        case let .endedAtUnknownDate(before: before):
            var end = words.endedUnknown
            if let before {
                end += " " + words.before(before.description)
            } else if let bound = described.max() {
                end += " " + words.atTheLatest(bound.description)
            }
            end += endMark
            out = start.map { words.range($0, end) } ?? end
        }
        if let successor, let next = successors[successor] {
            for s in next {
                let (name, since): (String?, PartialDate?) = switch s {
                case let .organisation(id): (registry.organisation(id)?.name, registry.organisation(id)?.validity.since)
                case let .group(id): (registry.group(id)?.name, registry.group(id)?.validity.since)
                default: (nil, nil)
                }
                if let name { out += "; " + words.succeededBy(name, since?.description) }
            }
        }
        return out
    }

    /// " (tolkat)" for an inferred date, " (extern källa)" for one from an
    /// outside source, nothing for a stated one.
    private func mark(_ assessment: Assessment?) -> String {
        switch assessment?.certainty {
        case .inferred: " " + words.inferred
        case .external: " " + words.external
        case .stated, nil: ""
        }
    }
}
