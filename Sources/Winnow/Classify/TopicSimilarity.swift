/// Measures how much a stretch of text talks about the same things as the article so far.
///
/// Content words (no stop words, three letters or more) of the stretch that also occur in the
/// reference, as a share of the stretch's distinct content words.
struct TopicSimilarity: Sendable {
    var stopwords: Set<Substring>

    func contentWords<S: Sequence>(_ words: S) -> Set<Substring> where S.Element == Substring {
        var result = Set<Substring>()
        for word in words where word.count >= 3 && !stopwords.contains(word) && !word.allSatisfy(\.isNumber) {
            result.insert(Self.stem(word))
        }
        return result
    }

    func similarity(of stretch: Set<Substring>, to reference: Set<Substring>) -> Double {
        guard !stretch.isEmpty else { return 1 }
        let shared = stretch.reduce(0) { $0 + (reference.contains($1) ? 1 : 0) }
        return Double(shared) / Double(stretch.count)
    }

    /// The most frequent content words (stems) that occur at least twice, most frequent first.
    func keywords(_ words: [Substring], count: Int) -> [Substring] {
        var frequency: [Substring: Int] = [:]
        for word in words where word.count >= 3 && !stopwords.contains(word) && !word.allSatisfy(\.isNumber) {
            frequency[Self.stem(word), default: 0] += 1
        }
        return frequency.filter { $0.value >= 2 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(count).map(\.key)
    }

    /// A crude prefix stem so "recognise", "recognised" and "recognition" meet: the first six letters.
    static func stem(_ word: Substring) -> Substring {
        word.count > 6 ? word.prefix(6) : word
    }
}
