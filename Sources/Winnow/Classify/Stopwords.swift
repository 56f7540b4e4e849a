/// Stop-word lists per language and the choice of list for a document.
///
/// The share of stop words tells running prose from lists of names and links in any language
/// with spaces between words; jusText showed it, and its lists are the data here.
public enum Stopwords {
    /// Every language with a list, by ISO 639-1 code, in a fixed order (bit i of a mask is code i).
    public static let languages: [String] = lists.keys.sorted()

    /// For each stop word's hash, the languages whose list has it, as a bit mask.
    ///
    /// Built once per process, on first use: words are hashed straight from the lists' bytes
    /// between spaces (no word in the lists starts with a combining mark, so the words are those
    /// a split by Character gives). Splitting into substrings first made this table three fifths
    /// of the instructions a small document's whole `winnow clean` run took.
    static let table: WordTable<UInt32> = {
        var table: [UInt64: UInt32] = [:]
        table.reserveCapacity(40_000)
        for (bit, code) in languages.enumerated() {
            var list = lists[code] ?? ""
            list.withUTF8 { bytes in
                var start = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                    if index > start {
                        let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                        table[WordScanner.hash(ofUTF8: word), default: 0] |= 1 << UInt32(bit)
                    }
                    start = index + 1
                }
            }
        }
        return WordTable(table)
    }()

    /// The bit mask of one language, or 0 when it has no list.
    static func mask(for code: String?) -> UInt32 {
        guard let code, let bit = languages.firstIndex(of: code) else { return 0 }
        return 1 << UInt32(bit)
    }

    static func isStopword(_ word: Word, mask: UInt32) -> Bool {
        word.stopwordLists & mask != 0
    }

    /// The language whose list covers most of the words: the document's stop-word language.
    ///
    /// Returns the code and the share of words its list covers; nil for text without words
    /// (Chinese and Japanese text has no spaces and is measured by characters instead).
    ///
    /// Read over a document's blocks in place: the blocks of `minimumWords` or more (its
    /// prose), or all of them when none is that long. Flattening them into one array cost
    /// as much as the counting.
    static func bestLanguage(forBlocks blocks: [[Word]], minimumWords: Int) -> (code: String, coverage: Double)? {
        let minimum = blocks.contains { $0.count >= minimumWords } ? minimumWords : 0
        var hits = [Int](repeating: 0, count: languages.count)
        var total = 0
        for block in blocks where block.count >= minimum {
            total += block.count
            for word in block {
                var mask = word.stopwordLists
                while mask != 0 {
                    hits[mask.trailingZeroBitCount] += 1
                    mask &= mask - 1
                }
            }
        }
        guard total > 0,
            let best = hits.indices.max(by: { hits[$0] < hits[$1] || (hits[$0] == hits[$1] && $0 > $1) }),
            hits[best] > 0
        else { return nil }
        return (languages[best], Double(hits[best]) / Double(total))
    }
}
