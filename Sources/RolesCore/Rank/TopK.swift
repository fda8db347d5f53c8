/// Selection of the best-scoring items.
public enum TopK {
    /// The first `limit` of `items` in the order `precedes` gives, in that order; items neither precedes
    /// keep the order they came in (as a stable sort would leave them).
    /// - Complexity: O(n · limit) for n items: for the few items an explanation shows. Inlinable, so that
    ///   callers in other modules get it specialized to their items (unspecialized, it made batches 3× slower).
    @inlinable
    public static func first<Items: Sequence>(
        _ limit: Int, of items: Items, by precedes: (Items.Element, Items.Element) -> Bool
    ) -> [Items.Element] {
        var best: [Items.Element] = []
        guard limit > 0 else { return best }
        best.reserveCapacity(limit + 1)
        for item in items {
            if best.count == limit {
                guard precedes(item, best[limit - 1]) else { continue }
                best.removeLast()
            }
            var at = best.count
            while at > 0 && precedes(item, best[at - 1]) { at -= 1 }
            best.insert(item, at: at)
        }
        return best
    }

    /// Indices of the `k` highest positive scores, best first; ties go to the lower index so results
    /// are deterministic.
    /// - Complexity: O(n log k).
    public static func select(_ scores: [Float], k: Int) -> [(index: Int, score: Float)] {
        select(scores.enumerated().lazy.map { (index: $0.offset, score: $0.element) }, k: k)
    }

    /// The `k` candidates of highest positive score, best first; ties go to the lower index, whatever the
    /// order the candidates come in.
    /// - Complexity: O(n log k) for n candidates.
    @inlinable
    public static func select(_ candidates: some Sequence<(index: Int, score: Float)>, k: Int) -> [(index: Int, score: Float)] {
        guard k > 0 else { return [] }
        // A min-heap of the best k so far, ordered so the worst kept item is at the root.
        var heap: [(index: Int, score: Float)] = []
        heap.reserveCapacity(k)
        func worse(_ a: (index: Int, score: Float), _ b: (index: Int, score: Float)) -> Bool {
            a.score < b.score || (a.score == b.score && a.index > b.index)
        }
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count && worse(heap[l], heap[m]) { m = l }
                if r < heap.count && worse(heap[r], heap[m]) { m = r }
                if m == i { return }
                heap.swapAt(i, m)
                i = m
            }
        }
        for item in candidates where item.score > 0 {
            if heap.count < k {
                heap.append(item)
                var i = heap.count - 1
                while i > 0 {
                    let parent = (i - 1) / 2
                    guard worse(heap[i], heap[parent]) else { break }
                    heap.swapAt(i, parent)
                    i = parent
                }
            } else if worse(heap[0], item) {
                heap[0] = item
                siftDown(0)
            }
        }
        return heap.sorted { worse($1, $0) }
    }
}
