/// The page a PNG or PDF map is made for: its size, margins and the scale
/// of its text. Every page is landscape.
///
/// | page | size | margin | PNG resolution | text |
/// | --- | --- | --- | --- | --- |
/// | `a4` | 297 × 210 mm | 10 mm | 150 dpi (1754 px wide) | × 1.2 |
/// | `a3` | 420 × 297 mm | 10 mm | 150 dpi (2480 px wide) | × 1 |
/// | `screen` | 1920 × 1080 px | none | 96 dpi | × 1 |
///
/// The drawing is scaled, up or down and keeping its proportions, until
/// it fills the page inside the margins in one direction (Graphviz's
/// `size` with `!`), so a PDF is always one page no larger than the
/// paper. A4 has larger text because the same map is shrunk more to fit
/// it. With no page (`nil` in ``MapOptions/page``) a map takes
/// ``default(for:)``.
public enum MapPage: String, CaseIterable, Sendable, Codable, Hashable {
    case a4, a3, screen

    /// The page, landscape, in inches: width and height.
    public var inches: (width: Double, height: Double) {
        switch self {
        case .a4: (297 / 25.4, 210 / 25.4)
        case .a3: (420 / 25.4, 297 / 25.4)
        case .screen: (1920.0 / 96, 1080.0 / 96)
        }
    }

    /// The margin on each side, in inches.
    public var margin: Double {
        switch self {
        case .a4, .a3: 10 / 25.4
        case .screen: 0
        }
    }

    /// The resolution of PNG output, in dots per inch.
    public var dpi: Double {
        switch self {
        case .a4, .a3: 150
        case .screen: 96
        }
    }

    /// The page's size in pixels at ``dpi``, rounded: A3 2480 × 1754, A4
    /// 1754 × 1240, a screen 1920 × 1080.
    public var pixels: (width: Int, height: Int) {
        let (w, h) = inches
        return (Int((w * dpi).rounded()), Int((h * dpi).rounded()))
    }

    /// The factor applied to every font size of the map.
    public var fontScale: Double {
        switch self {
        case .a4: 1.2
        case .a3, .screen: 1
        }
    }

    /// The page a format gets when none is chosen: `screen` for PNG, `a3`
    /// for PDF, none for SVG and DOT (drawn at their natural size: 1 pt of
    /// the layout is 1 pt of the SVG).
    public static func `default`(for format: MapFormat) -> MapPage? {
        switch format {
        case .png: .screen
        case .pdf: .a3
        case .svg, .dot: nil
        }
    }
}
