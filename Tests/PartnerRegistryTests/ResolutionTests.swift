import PartnerRegistry
import Testing

@Suite struct ResolutionTests {
    let registry: Registry

    init() throws {
        registry = try RegistryLoader.load(contents: Samples.full, fileName: "full.yaml")
    }

    @Test func byIDNameAndAliasIgnoringCaseAndDiacritics() throws {
        #expect(try registry.resolveOrganisation("vasterbottensturism") == "vasterbottensturism")
        #expect(try registry.resolveOrganisation("Vasterbottensturism") == "vasterbottensturism")
        #expect(try registry.resolveOrganisation("VÄSTERBOTTENSTURISM") == "vasterbottensturism")
        #expect(try registry.resolveOrganisation("visit västerbotten") == "vasterbottensturism")
        #expect(try registry.resolveOrganisation("Visit Umea") == "visit-umea")
        #expect(try registry.resolveOrganisation("region västerbotten") == "region-vasterbotten")
        #expect(try registry.resolveGroup("ledningsgruppen") == "ledningsgrupp")
        #expect(try registry.resolveGroup("Arbetsgrupperna") == "operativa-arbetsgrupper")
        #expect(try registry.resolveDocument("fardledaren") == "fardledaren")
        #expect(try registry.resolveInitiative("VINTERKAMPANJ") == "vinterkampanj")
    }

    @Test func uniquePartialMatch() throws {
        #expect(try registry.resolveOrganisation("skelleftea") == "visit-skelleftea")
    }

    @Test func ambiguityListsCandidates() {
        let e = #expect(throws: ResolutionError.self) { try registry.resolveOrganisation("umeå") }
        #expect(e?.problem == .ambiguous(candidates: [
            .init(id: "umea-kommun", name: "Umeå kommun"), .init(id: "visit-umea", name: "Visit Umeå"),
        ]))
        #expect(e?.description == "'umeå' matches 2 organisations: 'umea-kommun' (Umeå kommun), 'visit-umea' (Visit Umeå); give the ID of the one you mean")
    }

    @Test func notFoundSaysDidYouMean() {
        let e = #expect(throws: ResolutionError.self) { try registry.resolveOrganisation("vasterbotenturism") }
        #expect(e?.description == "no organisation matches 'vasterbotenturism'; did you mean 'vasterbottensturism' (VästerbottensTurism)?")
        let none = #expect(throws: ResolutionError.self) { try registry.resolveGroup("xyzzy") }
        #expect(none?.description == "no group matches 'xyzzy'; check the spelling, or give the group's ID")
    }

    @Test func aGroupWhereAnOrganisationIsWantedSaysSo() {
        let e = #expect(throws: ResolutionError.self) { try registry.resolveOrganisation("Ledningsgruppen") }
        #expect(e?.problem == .otherKind(noun: "group", .init(id: "ledningsgrupp", name: "Ledningsgruppen")))
        #expect(e?.description == "'Ledningsgruppen' is a group ('ledningsgrupp' (Ledningsgruppen)), not an organisation; give an organisation's ID or name")
        let o = #expect(throws: ResolutionError.self) { try registry.resolveGroup("visitsweden") }
        #expect(o?.description == "'visitsweden' is an organisation ('visitsweden' (VisitSweden)), not a group; give a group's ID or name")
    }
}

@Suite struct TextTests {
    @Test func slugsFoldDiacritics() {
        #expect(Slug.make(from: "VästerbottensTurism") == "vasterbottensturism")
        #expect(Slug.make(from: "Västerbottens\u{AD}Turism") == "vasterbottensturism")
        #expect(Slug.make(from: "Region Västerbotten") == "region-vasterbotten")
        #expect(Slug.make(from: "  Nätverket för regionala turistorganisationer! ") == "natverket-for-regionala-turistorganisationer")
        #expect(Slug.make(from: "Café Ørsted & Æble") == "cafe-orsted-aeble")
        #expect(Slug.make(from: "Straße") == "strasse")
        #expect(Slug.make(from: "A\u{30A}sele") == "asele")  // decomposed å
        #expect(Slug.make(from: "Tillväxtverket (2023)") == "tillvaxtverket-2023")
        #expect(Slug.make(from: "東京") == "u6771-u4eac")
        // Names without letters or digits are spelt out, so they keep apart.
        #expect(Slug.make(from: "!!!") == "u21-u21-u21")
        #expect(Slug.make(from: "🔥") == "u1f525")
        #expect(Slug.make(from: "💧") == "u1f4a7")
        #expect(Slug.make(from: "") == "x")
        for name in ["Umeå", "東京", "a--b", "ÅÄÖ åäö", "🔥 💧", "!!!"] { #expect(Slug.isValid(Slug.make(from: name))) }
        #expect(!Slug.isValid("-a") && !Slug.isValid("A") && !Slug.isValid("") && Slug.isValid("a-1"))
    }

    @Test func swedishSortOrder() {
        let names = ["Örnsköldsvik", "umeå", "Åsele", "Arjeplog", "Ängel", "Zinkgruvan", "Vilhelmina", "Östersund", "Åre", "Ånge"]
        #expect(SwedishCollation.sorted(names) == [
            "Arjeplog", "umeå", "Vilhelmina", "Zinkgruvan", "Ånge", "Åre", "Åsele", "Ängel", "Örnsköldsvik", "Östersund",
        ])
    }

    @Test func swedishSortDetails() {
        // Case-insensitive first, lower before upper on a tie.
        #expect(SwedishCollation.sorted(["b", "B", "a", "A"]) == ["a", "A", "b", "B"])
        // é sorts with e (after plain e on a tie), ü with y, æ with ä, ø with ö.
        #expect(SwedishCollation.sorted(["Ezra", "Édith", "Edit"]) == ["Edit", "Édith", "Ezra"])
        #expect(SwedishCollation.sorted(["Mz", "Mü", "Mx", "Mu"]) == ["Mu", "Mx", "Mü", "Mz"])
        #expect(SwedishCollation.sorted(["Ø", "Æ", "Z", "Ö", "Ä"]) == ["Z", "Ä", "Æ", "Ö", "Ø"])
        // Spaces and digits before letters.
        #expect(SwedishCollation.sorted(["Visit Umeå", "Visit 2", "VisitSweden"]) == ["Visit 2", "Visit Umeå", "VisitSweden"])
        #expect(SwedishCollation.compare("å", "z") == .orderedDescending)
        #expect(SwedishCollation.areInIncreasingOrder("Umeå", "Umea") == false)
    }
}
