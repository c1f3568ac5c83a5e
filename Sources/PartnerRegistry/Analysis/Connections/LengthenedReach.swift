/// A partner still within reach after a group is dissolved, but farther away.
public struct LengthenedReach: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    public var stepsBefore: Int
    public var stepsAfter: Int

    public init(organisation: NamedOrganisation, stepsBefore: Int, stepsAfter: Int) {
        self.organisation = organisation
        self.stepsBefore = stepsBefore
        self.stepsAfter = stepsAfter
    }
}
