import Foundation
import PartnerRegistry

/// How far apart two colours look: CIEDE2000 (Sharma, Wu and Dalal,
/// "The CIEDE2000 color-difference formula: implementation notes,
/// supplementary test data, and mathematical observations", Color Research
/// & Application 30(1), 2005), on CIELAB from sRGB with the D65 white.
/// The map's palette keeps any two fills ΔE ≥ 10 apart; a declared colour
/// closer than that to another fill draws a warning.
public enum ColourDifference {
    /// CIELAB (L*, a*, b*) of an sRGB `#RRGGBB` colour, D65 white.
    public static func lab(_ hex: String) -> (l: Double, a: Double, b: Double) {
        let v = Int(hex.dropFirst(), radix: 16) ?? 0
        let rgb = [(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF].map { c -> Double in
            let s = Double(c) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        // IEC 61966-2-1's matrix, and D65's white from its chromaticity
        // (0.3127, 0.3290), as colour-science computes them.
        let x = 0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = 0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]
        func f(_ t: Double) -> Double { t > 216.0 / 24389.0 ? cbrt(t) : (24389.0 / 27.0 * t + 16) / 116 }
        let (fx, fy, fz) = (f(x / (0.3127 / 0.3290)), f(y), f(z / ((1 - 0.3127 - 0.3290) / 0.3290)))
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))
    }

    /// CIEDE2000 ΔE between two CIELAB colours (kL = kC = kH = 1).
    public static func ciede2000(_ p: (l: Double, a: Double, b: Double), _ q: (l: Double, a: Double, b: Double)) -> Double {
        let radians = Double.pi / 180
        let c1 = (p.a * p.a + p.b * p.b).squareRoot(), c2 = (q.a * q.a + q.b * q.b).squareRoot()
        let cMean = (c1 + c2) / 2
        let c7 = pow(cMean, 7)
        let g = 0.5 * (1 - (c7 / (c7 + pow(25, 7))).squareRoot())
        let a1 = (1 + g) * p.a, a2 = (1 + g) * q.a
        let cp1 = (a1 * a1 + p.b * p.b).squareRoot(), cp2 = (a2 * a2 + q.b * q.b).squareRoot()
        func hue(_ b: Double, _ a: Double) -> Double {
            if a == 0 && b == 0 { return 0 }
            let h = atan2(b, a) / radians
            return h < 0 ? h + 360 : h
        }
        let h1 = hue(p.b, a1), h2 = hue(q.b, a2)
        let dL = q.l - p.l, dC = cp2 - cp1
        var dh = 0.0
        if cp1 * cp2 != 0 {
            dh = h2 - h1
            if dh > 180 { dh -= 360 } else if dh < -180 { dh += 360 }
        }
        let dH = 2 * (cp1 * cp2).squareRoot() * sin(dh / 2 * radians)
        let lMean = (p.l + q.l) / 2, cpMean = (cp1 + cp2) / 2
        var hMean = h1 + h2
        if cp1 * cp2 != 0 {
            if abs(h1 - h2) <= 180 { hMean /= 2 } else if h1 + h2 < 360 { hMean = (h1 + h2 + 360) / 2 } else { hMean = (h1 + h2 - 360) / 2 }
        }
        let t = 1 - 0.17 * cos((hMean - 30) * radians) + 0.24 * cos(2 * hMean * radians)
            + 0.32 * cos((3 * hMean + 6) * radians) - 0.20 * cos((4 * hMean - 63) * radians)
        let dTheta = 30 * exp(-pow((hMean - 275) / 25, 2))
        let cp7 = pow(cpMean, 7)
        let rC = 2 * (cp7 / (cp7 + pow(25, 7))).squareRoot()
        let l50 = (lMean - 50) * (lMean - 50)
        let sL = 1 + 0.015 * l50 / (20 + l50).squareRoot()
        let sC = 1 + 0.045 * cpMean
        let sH = 1 + 0.015 * cpMean * t
        let rT = -sin(2 * dTheta * radians) * rC
        let (tl, tc, th) = (dL / sL, dC / sC, dH / sH)
        return (tl * tl + tc * tc + th * th + rT * tc * th).squareRoot()
    }

    /// CIEDE2000 ΔE between two `#RRGGBB` colours.
    public static func ciede2000(_ a: String, _ b: String) -> Double { ciede2000(lab(a), lab(b)) }

    /// A declared colour that readers may not tell from another fill.
    public struct Collision: Hashable, Sendable {
        /// The organisation kind whose declared colour it is.
        public var kind: String
        public var colour: String
        /// The fill it is close to: another declared kind's, or one of the palette's.
        public var other: String
        /// The other kind, when `other` is another declared colour.
        public var otherKind: String?
        public var deltaE: Double

        /// "colour '#82B0F0' of organisation kind 'x' is close to the palette's fill #82B2FB (CIEDE2000 ΔE 1.2, under 10)".
        public var message: String {
            let near = otherKind.map { "the colour \(other) of organisation kind '\($0)'" } ?? "the palette's fill \(other)"
            return "colour '\(colour)' of organisation kind '\(kind)' is hard to tell from \(near) (CIEDE2000 ΔE "
                + String(format: "%.1f", deltaE) + ", under \(Int(ColourDifference.distinct)))"
        }

        public var hint: String {
            "choose a colour further from it, or leave 'colour' out to take one of the palette's fills"
        }
    }

    /// The collisions of `registry`'s declared colours as warnings, at the
    /// declarations when the registry was read from a file.
    public static func warnings(for registry: Registry) -> [Diagnostic] {
        collisions(in: registry.vocabulary).map { c in
            Diagnostic(
                .warning, code: .colourCollision,
                at: registry.locations.location(ofTerm: c.kind, in: .organisationKinds)
                    ?? SourceLocation(file: registry.locations.file ?? "the registry", line: 0, column: 0),
                message: c.message, hint: c.hint)
        }
    }

    /// The ΔE below which two fills count as hard to tell apart.
    public static let distinct = 10.0

    /// The declared organisation colours of `vocabulary` that come within
    /// ΔE 10 of another declared colour or of a palette fill another kind
    /// may take, in the vocabulary's order.
    public static func collisions(in vocabulary: Vocabulary) -> [Collision] {
        let declared = vocabulary.terms(.organisationKinds).compactMap { t in t.colour.map { (t.id, $0) } }
        var out: [Collision] = []
        for (i, (kind, colour)) in declared.enumerated() {
            var closest: Collision?
            for fill in MapTheme.organisationPalette {
                let d = ciede2000(colour, fill)
                if d < distinct, d < closest?.deltaE ?? .infinity {
                    closest = Collision(kind: kind, colour: colour, other: fill, otherKind: nil, deltaE: d)
                }
            }
            for (otherKind, other) in declared[..<i] {
                let d = ciede2000(colour, other)
                if d < distinct, d < closest?.deltaE ?? .infinity {
                    closest = Collision(kind: kind, colour: colour, other: other, otherKind: otherKind, deltaE: d)
                }
            }
            if let closest { out.append(closest) }
        }
        return out
    }
}
