extension Registry: Equatable {
    /// Two registries are equal when they hold the same entities in the
    /// same order. Where they were loaded from (`locations`) is not part
    /// of their value.
    public static func == (a: Registry, b: Registry) -> Bool {
        a.title == b.title && a.language == b.language && a.organisations == b.organisations && a.groups == b.groups
            && a.memberships == b.memberships && a.initiatives == b.initiatives && a.documents == b.documents
            && a.sources == b.sources && a.rules == b.rules && a.vocabulary == b.vocabulary
    }
}
