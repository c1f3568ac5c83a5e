/// How strongly a node or edge is drawn when a highlight is set.
public enum Emphasis: String, Hashable, Sendable, Codable {
    /// No highlight is set: drawn as the theme says.
    case normal
    /// Part of the highlight: drawn stronger.
    case highlighted
    /// Outside the highlight: drawn pale, its label still readable.
    case faded
    /// Not there on the date, drawn where it stands on the other dates (a
    /// year map's ghost): pale fill, dotted outline, label readable.
    case ended
}
