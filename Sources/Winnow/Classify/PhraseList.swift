/// A fixed list of phrases as UTF-8 bytes, indexed by first and last byte, for testing a block
/// against every phrase without building, bridging or retaining a `String` per test.
///
/// The shape matcher checks most blocks against a dozen such lists; comparing `String` views
/// phrase by phrase showed in profiles. Answers are the same: the first phrase in list order.
struct PhraseList: Sendable {
    let phrases: [String]
    private let bytes: [[UInt8]]
    /// For each byte value, the phrases that start (end) with it, in list order.
    private let byFirstByte: [[Int]]
    private let byLastByte: [[Int]]
    /// Bit `b0 << 8 | b1` is set when some phrase opens with the bytes b0 b1: one pass over a
    /// block finds every place a phrase may start, instead of one pass per phrase.
    private let openingPairs: [UInt64]
    /// A one-byte phrase has no opening pair: such a list is searched phrase by phrase. Known
    /// once: it was asked of every phrase at every search.
    private let hasOneBytePhrase: Bool

    init(_ phrases: [String]) {
        precondition(!phrases.contains(where: \.isEmpty), "phrase lists hold no empty phrase")
        self.phrases = phrases
        bytes = phrases.map { Array($0.utf8) }
        var first = [[Int]](repeating: [], count: 256), last = [[Int]](repeating: [], count: 256)
        for (index, phrase) in bytes.enumerated() {
            first[Int(phrase[0])].append(index)
            last[Int(phrase[phrase.count - 1])].append(index)
        }
        byFirstByte = first
        byLastByte = last
        var pairs = [UInt64](repeating: 0, count: 1024)
        for phrase in bytes where phrase.count >= 2 {
            let pair = Int(phrase[0]) << 8 | Int(phrase[1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        openingPairs = pairs
        hasOneBytePhrase = bytes.contains { $0.count < 2 }
    }

    /// The first phrase `text` starts with.
    func firstPrefix(of text: String) -> String? {
        UTF8Bytes.with(text) { text in
            guard let lead = text.first else { return nil }
            for index in byFirstByte[Int(lead)] where UTF8Bytes.matches(bytes[index], text, at: 0) {
                return phrases[index]
            }
            return nil
        }
    }

    /// The first phrase `text` ends with.
    func firstSuffix(of text: String) -> String? {
        UTF8Bytes.with(text) { text in
            guard let end = text.last else { return nil }
            for index in byLastByte[Int(end)] where bytes[index].count <= text.count {
                if UTF8Bytes.matches(bytes[index], text, at: text.count - bytes[index].count) { return phrases[index] }
            }
            return nil
        }
    }

    /// The first phrase (in list order) found anywhere in `text`.
    func firstContained(in text: String) -> String? {
        UTF8Bytes.with(text) { text in
            guard !hasOneBytePhrase else {
                for (index, phrase) in bytes.enumerated() where UTF8Bytes.find(phrase, in: text) {
                    return phrases[index]
                }
                return nil
            }
            var best = Int.max
            var start = 0
            while start + 1 < text.count {
                let pair = Int(text[start]) << 8 | Int(text[start + 1])
                if openingPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                    for index in byFirstByte[Int(text[start])] where index < best {
                        if UTF8Bytes.matches(bytes[index], text, at: start) { best = index }
                    }
                }
                start += 1
            }
            return best == Int.max ? nil : phrases[best]
        }
    }
}
