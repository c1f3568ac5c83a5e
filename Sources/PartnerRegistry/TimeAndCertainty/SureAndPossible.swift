/// A figure at a date where some facts are only possibly there, computed
/// on two networks: `possible`, on everything that may be present, and
/// `sure`, on what certainly is (`Registry.removingUncertain()`). "Sure" is
/// about presence in time only; which certainties count is the view's
/// `CertaintyFilter`, and both networks obey it.
///
/// `sure` is nil when the entity is absent from the sure network. Where
/// nothing is uncertain on the date, both values are the same.
public struct SureAndPossible<Value: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    /// The value on the possible network: what every answer shows first.
    public var possible: Value
    /// The value on the sure network; nil when the entity is not in it.
    public var sure: Value?

    /// The two values.
    public init(possible: Value, sure: Value?) {
        self.possible = possible
        self.sure = sure
    }

    /// A value that does not depend on anything uncertain.
    public init(certain value: Value) {
        self.init(possible: value, sure: value)
    }
}

extension SureAndPossible where Value: BinaryFloatingPoint {
    /// Whether the figure is uncertain: the entity is absent from the sure
    /// network, or the two values differ by more than 1e-12 relative to
    /// the larger of them.
    public var isUncertain: Bool {
        guard let sure else { return true }
        return abs(possible - sure) > 1e-12 * max(abs(possible), abs(sure))
    }
}

extension SureAndPossible where Value: BinaryInteger {
    /// Whether the figure is uncertain: the entity is absent from the sure
    /// network, or the two counts differ.
    public var isUncertain: Bool { sure != possible }
}

extension SureAndPossible {
    /// The word for the sure value in a registry's language: "säkert" for
    /// `sv`, "sure" otherwise (as in "23 (sure 7)").
    public static func sureWord(language: String?) -> String {
        language?.lowercased().hasPrefix("sv") == true ? "säkert" : "sure"
    }

    /// The possible value with the sure one beside it when the figure is
    /// uncertain: "23 (sure 7)", "0.7385 (säkert 0.3018)", "1 (sure –)"
    /// for an entity not in the sure network; the value alone otherwise.
    public func text(language: String?, uncertain: Bool, _ format: (Value) -> String) -> String {
        guard uncertain else { return format(possible) }
        return format(possible) + " (\(Self.sureWord(language: language)) " + (sure.map(format) ?? "–") + ")"
    }
}
