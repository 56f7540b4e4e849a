/// Stop-word lists per language and the choice of list for a document.
///
/// The share of stop words tells running prose from lists of names and links in any language
/// with spaces between words; jusText showed it, and its lists are the data here.
public enum Stopwords {
    /// The lists as sets, built once on first use.
    static let sets: [String: Set<Substring>] = lists.mapValues { Set($0.split(separator: " ")) }

    /// Every language with a list, by ISO 639-1 code.
    public static var languages: [String] { lists.keys.sorted() }

    /// The language whose list covers most of the words: the document's stop-word language.
    ///
    /// Returns the code and the share of words its list covers; nil for text without words
    /// (Chinese and Japanese text has no spaces and is measured by characters instead).
    static func bestLanguage(for words: [Substring]) -> (code: String, coverage: Double)? {
        guard !words.isEmpty else { return nil }
        var best: (code: String, hits: Int)?
        for (code, set) in sets {
            var hits = 0
            for word in words where set.contains(word) { hits += 1 }
            if hits > (best?.hits ?? 0) || (hits == best?.hits && code < (best?.code ?? "")) {
                best = (code, hits)
            }
        }
        guard let best, best.hits > 0 else { return nil }
        return (best.code, Double(best.hits) / Double(words.count))
    }
}
