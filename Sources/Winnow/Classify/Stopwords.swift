/// Stop-word lists per language and the choice of list for a document.
///
/// The share of stop words tells running prose from lists of names and links in any language
/// with spaces between words; jusText showed it, and its lists are the data here.
public enum Stopwords {
    /// Every language with a list, by ISO 639-1 code, in a fixed order (bit i of a mask is code i).
    public static let languages: [String] = lists.keys.sorted()

    /// For each stop word's hash, the languages whose list has it, as a bit mask.
    static let table: WordTable<UInt32> = {
        var table: [UInt64: UInt32] = [:]
        for (bit, code) in languages.enumerated() {
            // Split at space bytes: splitting by Character cost more than the rest of the setup
            // (no word in the lists starts with a combining mark, so the words are the same).
            for word in (lists[code] ?? "").utf8.split(separator: 0x20) {
                table[WordScanner.hash(of: Substring(word)), default: 0] |= 1 << UInt32(bit)
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
        mask != 0 && (table[word.hash] ?? 0) & mask != 0
    }

    /// The language whose list covers most of the words: the document's stop-word language.
    ///
    /// Returns the code and the share of words its list covers; nil for text without words
    /// (Chinese and Japanese text has no spaces and is measured by characters instead).
    static func bestLanguage(for words: [Word]) -> (code: String, coverage: Double)? {
        bestLanguage(forBlocks: [words], minimumWords: 0)
    }

    /// The same over a document's blocks, read in place: the blocks of `minimumWords` or more
    /// (its prose), or all of them when none is that long. Flattening them into one array cost
    /// as much as the counting.
    static func bestLanguage(forBlocks blocks: [[Word]], minimumWords: Int) -> (code: String, coverage: Double)? {
        let minimum = blocks.contains { $0.count >= minimumWords } ? minimumWords : 0
        var hits = [Int](repeating: 0, count: languages.count)
        var total = 0
        for block in blocks where block.count >= minimum {
            total += block.count
            for word in block {
                guard var mask = table[word.hash] else { continue }
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
