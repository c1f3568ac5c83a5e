import Foundation

extension OneModeTriangleReport: CustomStringConvertible {
    /// The report as a table, as `samverkan communities --triangles` prints
    /// it into a file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// A numbered line per triangle, its three nodes in name order.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        let out = style.heading("Triangles: three nodes tied pairwise (\(triangles.count))")
        if triangles.isEmpty { return out + "none\n" }
        var t = TextTable([("#", .right), ("Node", .left), ("Node", .left), ("Node", .left)])
        for (i, triangle) in triangles.enumerated() { t.append(["\(i + 1)"] + triangle.map(\.name)) }
        return out + t.render(style: style)
    }
}
