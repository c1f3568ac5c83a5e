import PartnerRegistry
import Testing

/// One test per kind of problem the loader reports: its code, its
/// message, its fix and its line and column.
@Suite struct DiagnosticTests {
    @Test func malformedYAML() throws {
        let d = try #require(only("""
        organisations:
          - id: a
            name: [unclosed
        """))
        #expect(d.code == .malformedSyntax)
        #expect(d.message.hasPrefix("malformed YAML: "))
        #expect(d.line == 4)
        #expect(d.description.hasPrefix("t.yaml:4:1: error: malformed YAML"))
    }

    @Test func malformedYAMLIndentation() throws {
        let d = try #require(only("""
        groups:
          - id: a
            name: A
           kind: council
        """))
        #expect(d.code == .malformedSyntax)
        #expect((d.line, d.column) == (4, 4))
        #expect(d.hint == "check the indentation of this line against the lines above", "\(d)")
    }

    @Test func malformedJSON() throws {
        let d = try #require(only("""
        {"organisations": [
          {"id": "a", "name": "A" "kind": "other"}
        ]}
        """, file: "x.json"))
        #expect(d.code == .malformedSyntax)
        #expect(d.message.hasPrefix("malformed JSON: "))
        #expect((d.file, d.line) == ("x.json", 2))
    }

    @Test func duplicateKeyPointsAtTheSecond() throws {
        let d = try #require(only("""
        organisations:
          - id: a
            name: A
            kind: other
            name: B
        """))
        #expect(d.code == .duplicateKey)
        #expect(d.message == "key 'name' appears twice in one mapping; first at line 3, column 5")
        #expect((d.line, d.column) == (5, 5))
    }

    @Test func unknownKeySuggestsTheNearest() throws {
        let d = try #require(only("""
        organisations:
          - id: a
            nmae: A
            name: A
            kind: other
        """))
        #expect(d.code == .unknownKey)
        #expect(d.description == "t.yaml:3:5: error: unknown key 'nmae' in an organisation; did you mean 'name'?")
    }

    @Test func unknownTopLevelKey() throws {
        let d = try #require(only("organisation:\n  - {id: a, name: A, kind: other}\n"))
        #expect(d.code == .unknownKey)
        #expect((d.line, d.column) == (1, 1))
        #expect(d.hint == "did you mean 'organisations'?")
    }

    @Test func missingRequiredKeys() {
        let all = diagnostics("""
        organisations:
          - name: Visit Umeå
            kind: destination-organisation
          - id: b
            kind: other
          - id: c
            name: C
        """)
        #expect(all.map(\.code) == [.missingKey, .missingKey, .missingKey])
        #expect(all.map { [$0.line, $0.column] } == [[2, 5], [4, 5], [6, 5]])
        #expect(all[0].message == "an organisation without 'id'")
        #expect(all[0].hint == "add 'id: visit-umea'")
        #expect(all[1].message == "organisation 'b' has no 'name'")
        #expect(all[2].message == "organisation 'c' has no 'kind'")
        #expect(all[2].hint?.hasPrefix("add 'kind: <organisation kind>', one of: national-agency, ") == true)
    }

    @Test func wrongValueTypes() {
        let all = diagnostics("""
        organisations:
          - id: a
            name: [A, B]
            kind: other
            attributes: [x]
        groups:
          id: g
        rules:
          - id: r
            for: groups
            require: {members: {at-least: two}}
        """)
        #expect(all.map(\.code) == [.wrongType, .wrongType, .wrongType, .wrongType])
        #expect(all[0].description == "t.yaml:3:11: error: expected text for 'name' of organisation 'a', found a list; write a single value after 'name:'")
        #expect(all[1].message == "expected a mapping for 'attributes' of organisation 'a', found a list")
        #expect((all[1].line, all[1].column) == (5, 17))
        #expect(all[2].message == "expected a list of groups, found a mapping")
        #expect((all[2].line, all[2].column) == (7, 3))
        #expect(all[3].message == "expected a whole number for 'at-least' of rule 'r', found the text 'two'")
        #expect((all[3].line, all[3].column) == (11, 35))
    }

    @Test func wrongTypeInJSONSaysObjectAndArray() throws {
        let d = try #require(only(#"{"organisations": {"id": "a"}}"#, file: "r.json"))
        #expect(d.message == "expected an array of organisations, found an object")
    }

    @Test func invalidSlug() throws {
        let d = try #require(only("""
        organisations:
          - id: Visit Umeå
            name: Visit Umeå
            kind: destination-organisation
        """))
        #expect(d.code == .invalidIdentifier)
        #expect(d.description == "t.yaml:2:9: error: 'Visit Umeå' is not a valid organisation ID; IDs use lower-case letters a–z, digits and hyphens; write 'visit-umea'")
    }

    @Test func unknownReferenceSuggestsNearestID() throws {
        let d = try #require(only("""
        organisations:
          - {id: vasterbottensturism, name: VästerbottensTurism, kind: regional-tourism-organisation}
        groups:
          - id: ledningsgrupp
            name: Ledningsgruppen
            kind: management-group
            members:
              - vasterbotensturism
        """))
        #expect(d.code == .unknownReference)
        #expect(d.description == "t.yaml:8:9: error: unknown organisation 'vasterbotensturism' in the members of group 'ledningsgrupp'; did you mean 'vasterbottensturism'?")
    }

    @Test func unknownReferenceMatchesNamesIgnoringCaseAndDiacritics() throws {
        let d = try #require(only("""
        organisations:
          - {id: vt, name: VästerbottensTurism, kind: regional-tourism-organisation}
        initiatives:
          - {id: i, name: I, funded-by: [VASTERBOTTENSTURISM]}
        """))
        #expect(d.code == .unknownReference)
        #expect(d.hint == "did you mean 'vt'?")
        #expect((d.line, d.column) == (4, 34))
    }

    @Test func unknownReferenceWithoutSuggestion() throws {
        let d = try #require(only("""
        groups:
          - {id: g, name: G, kind: council, convener: nobody}
        """))
        #expect(d.message == "unknown organisation 'nobody' in the conveners of group 'g'")
        #expect(d.hint == "declare it under 'organisations', or fix the ID")
    }

    @Test func duplicateIDPointsAtTheFirst() throws {
        let d = try #require(only("""
        organisations:
          - id: visit-umea
            name: Visit Umeå
            kind: destination-organisation
          - id: visit-umea
            name: Umeå kommun
            kind: municipality
        """))
        #expect(d.code == .duplicateIdentifier)
        #expect(d.description == "t.yaml:5:9: error: duplicate organisation ID 'visit-umea'; first defined at line 2, column 9; give one of them another ID, or merge the two entries")
    }

    @Test func sameIDInDifferentTypesIsAllowed() throws {
        let r = try RegistryLoader.load(contents: """
        organisations: [{id: umea, name: Umeå kommun, kind: municipality}]
        groups: [{id: umea, name: Umeågruppen, kind: network}]
        """, fileName: "t.yaml")
        #expect(r.organisations.count == 1 && r.groups.count == 1)
    }

    @Test func referenceOfTheWrongType() throws {
        let d = try #require(only("""
        organisations:
          - {id: vt, name: VT, kind: other}
        groups:
          - {id: ledningsgrupp, name: Ledningsgruppen, kind: management-group}
        initiatives:
          - id: i
            name: I
            funded-by: ledningsgrupp
        """))
        #expect(d.code == .wrongReferenceType)
        #expect(d.description == "t.yaml:8:16: error: 'ledningsgrupp' is a group, but an organisation is expected here; name an organisation declared under 'organisations'")
    }

    @Test func badDates() {
        let all = diagnostics("""
        organisations:
          - {id: a, name: A, kind: other, since: 2015-13}
          - {id: b, name: B, kind: other, until: "15 mars"}
          - {id: c, name: C, kind: other, since: 2015-02-29}
        """)
        #expect(all.map(\.code) == [.invalidDate, .invalidDate, .invalidDate])
        #expect(all[0].description == "t.yaml:2:42: error: '2015-13' in 'since' of organisation 'a' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2015 or 2015-03-01")
        #expect((all[1].line, all[1].column) == (3, 42))
        #expect((all[2].line, all[2].column) == (4, 42))
    }

    @Test func reversedDates() throws {
        let d = try #require(only("""
        groups:
          - id: g
            name: G
            kind: council
            since: 2015
            until: 2009
        """))
        #expect(d.code == .reversedDates)
        #expect(d.description == "t.yaml:6:12: error: 'until' (2009) is before 'since' (2015) in group 'g'; swap them or fix the year")
    }

    @Test func sameYearIsNotReversed() throws {
        let r = try RegistryLoader.load(contents: "groups: [{id: g, name: G, kind: council, since: 2015-06, until: 2015}]",
                                        fileName: "t.yaml")
        #expect(r.groups[0].validity.until == PartialDate(year: 2015))
    }

    @Test func unknownKindListsAllowedValues() throws {
        let d = try #require(only("""
        organisations:
          - {id: a, name: A, kind: destination}
        """))
        #expect(d.code == .unknownValue)
        #expect(d.message == "unknown organisation kind 'destination' in organisation 'a'")
        #expect(d.hint?.hasPrefix("did you mean 'destination-organisation'? (declared: national-agency, state-owned-company, ") == true)
        #expect((d.line, d.column) == (2, 28))
    }

    /// The registry file takes IDs; a label (as sheets and the command line
    /// take) gets the ID it names.
    @Test func aLabelWhereTheFileTakesAnIDNamesTheID() throws {
        let d = try #require(only("""
        organisations:
          - {id: a, name: A, kind: Kommun}
        """))
        #expect(d.message == "unknown organisation kind 'Kommun' in organisation 'a'")
        #expect(d.hint == "'Kommun' is the label of 'municipality'; the registry file takes the ID: write municipality")
        let levels = diagnostics("groups: [{id: g, name: G, kind: Råd, level: lokal}]")
        #expect(levels.map(\.hint) == [
            "'Råd' is the label of 'council'; the registry file takes the ID: write council",
            "'lokal' is the label of 'local'; the registry file takes the ID: write local",
        ])
    }

    @Test func unknownRoleAndLevel() {
        let all = diagnostics("""
        organisations:
          - {id: a, name: A, kind: other, level: regionl}
        groups:
          - id: g
            name: G
            kind: council
            members:
              - {organisation: a, role: chiar}
        """)
        #expect(all.map(\.code) == [.unknownValue, .unknownValue])
        #expect(all[0].message == "unknown level 'regionl' in organisation 'a'")
        #expect(all[0].hint == "did you mean 'regional'? (declared: local, regional, national, international); or declare it under 'vocabulary: {levels: [{id: regionl, label: {en: …, sv: …}}]}'")
        #expect(all[1].message == "unknown role 'chiar' in the membership of 'a' in 'g'")
        #expect(all[1].hint?.hasPrefix("did you mean 'chair'?") == true)
        #expect((all[1].line, all[1].column) == (8, 33))
    }

    @Test func undeclaredSource() throws {
        let d = try #require(only("""
        sources:
          - {id: seed, title: Strategiska samarbeten}
        organisations:
          - id: a
            name: A
            kind: other
            source: {from: sed, quote: "…"}
        """))
        #expect(d.code == .undeclaredSource)
        #expect(d.description == "t.yaml:7:20: error: undeclared source 'sed' in the source of organisation 'a'; did you mean 'seed'?")
    }

    @Test func duplicateMembership() throws {
        let d = try #require(only("""
        organisations: [{id: a, name: A, kind: other}]
        groups:
          - id: g
            name: G
            kind: council
            members: [a]
        memberships:
          - {organisation: a, group: g}
        """))
        #expect(d.code == .duplicateMembership)
        #expect(d.description == "t.yaml:8:5: error: 'a' is listed twice as a member of 'g' for the same period; first at line 6, column 15; remove one of the two, or give them different dates")
    }

    @Test func membershipsInDifferentPeriodsAreNotDuplicates() throws {
        let r = try RegistryLoader.load(contents: """
        organisations: [{id: a, name: A, kind: other}]
        groups: [{id: g, name: G, kind: council, members: [{organisation: a, until: 2010}, {organisation: a, since: 2012}]}]
        """, fileName: "t.yaml")
        #expect(r.memberships.count == 2)
    }

    @Test func ruleDefinitionsAreChecked() {
        let all = diagnostics("""
        rules:
          - id: r1
            for: initiatives
            require: {participant: {at-least: 2}}
          - id: r2
            for: initiatives
            require: {members: {at-least: 1}}
          - id: r3
            for: initiatives
            require: {participants: {kind: management-group, at-least: 1}}
          - id: r4
            for: groups
            require: {members: {at-least: 3, at-most: 2}}
          - id: r5
            for: groups
            where: {funded-by: vt}
            require: {conveners: {}}
          - id: r6
            for: initiatives
            where: {kind: municipality}
            require: {funders: {role: chair, at-least: 1}}
        """)
        #expect(all.map(\.code) == [.invalidRule, .invalidRule, .invalidRule, .invalidRule, .invalidRule, .invalidRule, .invalidRule, .invalidRule])
        #expect(all[0].description == "t.yaml:4:15: error: unknown relation 'participant' in rule 'r1'; did you mean 'participants'? (allowed: participants, funders)")
        #expect(all[1].message == "'members' counts something of groups, but rule 'r2' is for initiatives")
        #expect(all[2].message == "'management-group' is a group kind, but 'participants' of rule 'r3' is about organisations")
        #expect((all[2].line, all[2].column) == (10, 36))
        #expect(all[3].message == "'at-least' (3) is more than 'at-most' (2) in 'members' of rule 'r4', so no entity can satisfy it")
        #expect((all[3].line, all[3].column) == (13, 47))
        #expect(all[4].message == "'funded-by' selects initiatives, but rule 'r5' is for groups")
        #expect(all[5].message == "'conveners' of rule 'r5' sets neither 'at-least' nor 'at-most'")
        #expect(all[6].message == "the vocabulary declares no initiative kind, so 'kind' in 'where' of rule 'r6' cannot match")
        #expect(all[7].message == "'role' cannot filter 'funders' in rule 'r6': only members and groups have roles")
    }

    @Test func partOfCycles() {
        let all = diagnostics("""
        groups:
          - {id: a, name: A, kind: council, part-of: b}
          - {id: b, name: B, kind: council, part-of: c}
          - {id: c, name: C, kind: council, part-of: a}
          - {id: d, name: D, kind: council, part-of: d}
        """)
        #expect(all.map(\.message) == ["'part-of' goes round in a circle: a → b → c → a", "group 'd' is part of itself"])
        // At the link that closes the circle, which the hint says to remove.
        #expect(all.map(\.line) == [4, 5])
        #expect(all[0].column == 46)
        #expect(all[0].code == .referenceCycle)
        #expect(all[0].hint == "remove 'part-of' from one of these groups, e.g. remove 'part-of: a' from group 'c'")
    }

    @Test func everyProblemAtOnceInFileOrder() {
        let all = diagnostics("""
        sources:
          - {id: seed, title: Seed}
        organisations:
          - {id: vt, name: VT, kind: regional-tourism-organisation}
          - {id: vt, name: VT2, kind: other}
          - {id: Bad ID, name: X, kind: other}
        groups:
          - id: g
            name: G
            kind: councl
            colour: red
            members: [vtt, {organisation: vt, since: 2019, until: 2018}]
        initiatives:
          - {id: i, name: I, funded-by: g, source: sede}
        """)
        #expect(all.map(\.code) == [
            .duplicateIdentifier, .invalidIdentifier, .unknownValue, .unknownKey, .unknownReference, .reversedDates,
            .wrongReferenceType, .undeclaredSource,
        ])
        #expect(all.map(\.line) == [5, 6, 10, 11, 12, 12, 14, 14])
        #expect(all.allSatisfy { $0.severity == .error && $0.file == "t.yaml" })
    }

    @Test func errorNeverYieldsAHalfLoadedRegistry() {
        #expect(throws: RegistryLoadError.self) {
            _ = try RegistryLoader.load(contents: Samples.minimal + "\n  - {id: x, name: X, kind: nope}\n", fileName: "t.yaml")
        }
    }

    @Test func descriptionIsTheCompilerForm() {
        let d = Diagnostic(code: .unknownKey, at: SourceLocation(file: "graphs/x.yaml", line: 12, column: 15),
                           message: "unknown key 'nmae' in an organisation", hint: "did you mean 'name'?")
        #expect(d.description == "graphs/x.yaml:12:15: error: unknown key 'nmae' in an organisation; did you mean 'name'?")
        let e = RegistryLoadError(diagnostics: [d, d])
        #expect(e.description == d.description + "\n" + d.description)
    }
}
