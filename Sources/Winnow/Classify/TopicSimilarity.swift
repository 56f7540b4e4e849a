/// Measures how much a stretch of text talks about the same things as the article so far.
///
/// Content words (no stop words, three letters or more, stems of six letters) of the stretch
/// that also occur in the reference, as a share of the stretch's distinct content words.
struct TopicSimilarity: Sendable {
    /// The stop-word language's bit in `Stopwords.table`.
    var stopwordMask: UInt32

    private func isContent(_ word: Word) -> Bool {
        word.letters >= 3 && !word.isNumber && !Stopwords.isStopword(word, mask: stopwordMask)
    }

    func contentWords<S: Sequence>(_ words: S) -> Set<UInt64> where S.Element == Word {
        var result = Set<UInt64>()
        for word in words where isContent(word) { result.insert(word.stem) }
        return result
    }

    func similarity(of stretch: Set<UInt64>, to reference: Set<UInt64>) -> Double {
        guard !stretch.isEmpty else { return 1 }
        let shared = stretch.reduce(0) { $0 + (reference.contains($1) ? 1 : 0) }
        return Double(shared) / Double(stretch.count)
    }

    /// The most frequent content words (stems) that occur at least twice, most frequent first.
    func keywords(_ words: [Word], count: Int) -> [UInt64] {
        var frequency: [UInt64: Int] = [:]
        for word in words where isContent(word) { frequency[word.stem, default: 0] += 1 }
        return frequency.filter { $0.value >= 2 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(count).map(\.key)
    }
}
