/// Numbers as every table and notice writes them.
public enum NumberText {
    /// An integer with thousands separated by commas: "7,998,000".
    /// - Parameter n: The number to write.
    /// - Returns: Its digits in groups of three, after a "-" when negative.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
