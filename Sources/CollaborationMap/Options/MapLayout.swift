/// Where a map's nodes are placed.
///
/// With ``shared``, every date of one registry is drawn on one layout: the
/// registry's timeless union (the `.allTime` view) is laid out once with
/// `dot`, and each date is drawn from those positions, leaving out what is
/// not there on it, as ``YearMaps`` does. A map of 2010 and a map of now
/// then show each entity in the same place and can be laid side by side.
/// ``date`` lays the map out for its date alone, which is tighter for
/// that date but places entities differently from date to date.
///
/// A shared layout needs `dot`, uniform node sizes, and the whole
/// registry: with another engine, with ``NodeSizing/score(_:name:sure:)``,
/// with ``MapOptions/focus`` or ``MapOptions/top``, or for the `.allTime`
/// view itself, the map is laid out for its date. DOT output
/// (``CollaborationMap/dot``) is never laid out and is the same for both.
public enum MapLayout: String, CaseIterable, Sendable, Codable, Hashable {
    /// One layout for every date of the registry (`samverkan map`'s default).
    case shared
    /// A layout of the date alone.
    case date
}
