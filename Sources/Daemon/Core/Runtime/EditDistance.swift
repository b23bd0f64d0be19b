// Runtime/EditDistance.swift — Levenshtein distance with a bound, for "did you mean" suggestions.

/// The edit distance of `a` and `b` if it is at most `limit`, else nil. Only the diagonal band of
/// width 2·limit+1 is computed and the work stops once a whole row exceeds the limit, so a call
/// costs O(min(|a|, |b|) · limit) whatever the input — never the product of two long strings.
func editDistance(_ a: String, _ b: String, atMost limit: Int) -> Int? {
    let a = Array(a), b = Array(b)
    guard abs(a.count - b.count) <= limit else { return nil }
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    let beyond = limit + 1
    var previous = (0...b.count).map { min($0, beyond) }
    var current = [Int](repeating: beyond, count: b.count + 1)
    for i in 1...a.count {
        let low = max(1, i - limit), high = min(b.count, i + limit)
        current[0] = min(i, beyond)
        current[low - 1] = low > 1 ? beyond : current[0]
        var best = beyond
        for j in low...high {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, beyond)
            best = min(best, current[j])
        }
        if high < b.count { current[high + 1] = beyond }
        guard best <= limit else { return nil }
        swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
}
