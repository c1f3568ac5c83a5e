/// A term of the registry's vocabulary (a kind, a level, a role) with its
/// label in English and in Swedish: what maps, legends and pages show, and
/// what a spreadsheet may write instead of the ID ("Kommun", "lokal",
/// "ordförande").
///
/// The labels are held here, once, for every reader and writer of the
/// package; `CollaborationMap` draws them and the sheet reader accepts them.
public protocol LabelledTerm: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The English label ("Municipality", "local", "chair").
    var englishLabel: String { get }
    /// The Swedish label ("Kommun", "lokal", "ordförande").
    var swedishLabel: String { get }
}

extension LabelledTerm {
    /// The label in Swedish or English.
    public func label(swedish: Bool) -> String { swedish ? swedishLabel : englishLabel }

    /// The term that `text` names by its ID or by its label in either
    /// language, matched as the CLI matches names: ignoring case,
    /// diacritics, spaces and punctuation ("Kommun", "kommun",
    /// "municipality" and "Municipality" all name `.municipality`).
    /// `isSwedish` tells that only the Swedish label matched; nil when
    /// nothing matches.
    public static func named(_ text: String) -> (term: Self, isSwedish: Bool)? {
        if let exact = Self(rawValue: text) { return (exact, false) }
        let key = TextFolding.matchKey(text)
        guard !key.isEmpty else { return nil }
        for term in allCases {
            let own = [term.rawValue, term.englishLabel].map(TextFolding.matchKey)
            if own.contains(key) { return (term, false) }
        }
        for term in allCases where TextFolding.matchKey(term.swedishLabel) == key { return (term, true) }
        return nil
    }
    /// The ID of the term `text` names by a label (or a spelling of its
    /// ID), for a hint where only the ID is accepted; nil when none.
    static func idNamed(_ text: String) -> String? { named(text)?.term.rawValue }
}

extension OrganisationKind: LabelledTerm {
    public var englishLabel: String {
        switch self {
        case .nationalAgency: "National agency"
        case .stateOwnedCompany: "State-owned company"
        case .region: "Region"
        case .countyBoard: "County board"
        case .municipality: "Municipality"
        case .regionalTourismOrganisation: "Regional tourism organisation"
        case .destinationOrganisation: "Destination organisation"
        case .company: "Company"
        case .association: "Association"
        case .network: "Network"
        case .university: "University"
        case .other: "Other organisation"
        }
    }

    public var swedishLabel: String {
        switch self {
        case .nationalAgency: "Statlig myndighet"
        case .stateOwnedCompany: "Statligt bolag"
        case .region: "Region"
        case .countyBoard: "Länsstyrelse"
        case .municipality: "Kommun"
        case .regionalTourismOrganisation: "Regional turistorganisation"
        case .destinationOrganisation: "Destinationsorganisation"
        case .company: "Företag"
        case .association: "Förening"
        case .network: "Nätverk"
        case .university: "Universitet"
        case .other: "Övrig organisation"
        }
    }
}

extension GroupKind: LabelledTerm {
    public var englishLabel: String {
        switch self {
        case .managementGroup: "Management group"
        case .council: "Council"
        case .strategyGroup: "Strategy group"
        case .workingGroup: "Working group"
        case .marketGroup: "Market group"
        case .editorialCouncil: "Editorial council"
        case .network: "Network"
        case .partnership: "Partnership"
        case .conference: "Conference"
        case .meetingSeries: "Meeting series"
        case .projectGroup: "Project group"
        case .other: "Group"
        }
    }

    public var swedishLabel: String {
        switch self {
        case .managementGroup: "Ledningsgrupp"
        case .council: "Råd"
        case .strategyGroup: "Strategigrupp"
        case .workingGroup: "Arbetsgrupp"
        case .marketGroup: "Marknadsgrupp"
        case .editorialCouncil: "Redaktionsråd"
        case .network: "Nätverk"
        case .partnership: "Partnerskap"
        case .conference: "Konferens"
        case .meetingSeries: "Mötesserie"
        case .projectGroup: "Projektgrupp"
        case .other: "Grupp"
        }
    }
}

extension DocumentKind: LabelledTerm {
    public var englishLabel: String {
        switch self {
        case .strategy: "Strategy"
        case .plan: "Plan"
        case .programme: "Programme"
        case .map: "Map"
        case .report: "Report"
        case .agreement: "Agreement"
        case .other: "Document"
        }
    }

    public var swedishLabel: String {
        switch self {
        case .strategy: "Strategi"
        case .plan: "Plan"
        case .programme: "Program"
        case .map: "Karta"
        case .report: "Rapport"
        case .agreement: "Överenskommelse"
        case .other: "Dokument"
        }
    }
}

extension GeographicLevel: LabelledTerm {
    public var englishLabel: String { rawValue }

    public var swedishLabel: String {
        switch self {
        case .international: "internationell"
        case .national: "nationell"
        case .regional: "regional"
        case .local: "lokal"
        }
    }
}

extension Role: LabelledTerm {
    public var englishLabel: String { self == .viceChair ? "vice-chair" : rawValue }

    public var swedishLabel: String {
        switch self {
        case .chair: "ordförande"
        case .viceChair: "vice ordförande"
        case .convener: "sammankallande"
        case .secretary: "sekreterare"
        case .member: "medlem"
        case .observer: "observatör"
        case .participant: "deltagare"
        case .partner: "partner"
        case .adjunct: "adjungerad"
        }
    }
}

extension ParticipationRole: LabelledTerm {
    public var englishLabel: String { rawValue }

    public var swedishLabel: String {
        switch self {
        case .lead: "huvudman"
        case .participant: "deltagare"
        case .partner: "partner"
        }
    }
}
