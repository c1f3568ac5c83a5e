/// The first `limit` of a stream of elements under a strict total order,
/// kept without holding the whole stream: the pair lists of a large
/// network are produced on the fly and only the best of them are kept.
///
/// Representation: a buffer of at most `2 · limit` candidates. When it
/// fills, it is sorted and cut back to `limit`, and the last kept element
/// becomes the bar a newcomer must beat; anything not ahead of the bar is
/// dropped at once. With `limit == nil` every element is kept.
///
/// Invariant: `precedes` is a strict total order (no two distinct
/// elements tie), so the result does not depend on arrival order.
///
/// - Complexity: O(P log K) time for P elements offered and K = `limit`;
///   O(K) space (O(P) without a limit).
public struct BoundedSelection<Element> {
    /// The most elements kept; nil keeps all.
    public let limit: Int?
    private let precedes: (Element, Element) -> Bool
    private var buffer: [Element] = []
    private var bar: Element?
    /// Number of elements offered.
    public private(set) var offered = 0

    /// An empty selection of the first `limit` elements by `precedes`.
    public init(limit: Int?, by precedes: @escaping (Element, Element) -> Bool) {
        self.limit = limit.map { max(0, $0) }
        self.precedes = precedes
    }

    /// Offers one element.
    public mutating func insert(_ element: Element) {
        offered += 1
        guard let limit else { return buffer.append(element) }
        guard limit > 0 else { return }
        if let bar, !precedes(element, bar) { return }
        buffer.append(element)
        if buffer.count >= 2 * limit { prune(to: limit) }
    }

    private mutating func prune(to limit: Int) {
        buffer.sort(by: precedes)
        if buffer.count > limit { buffer.removeLast(buffer.count - limit) }
        bar = buffer.count == limit ? buffer.last : nil
    }

    /// The kept elements, first first.
    public func sorted() -> [Element] {
        var copy = self
        copy.prune(to: limit ?? copy.buffer.count)
        return copy.buffer
    }
}
