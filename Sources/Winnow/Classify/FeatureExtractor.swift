/// Measures every block once: lengths, stop words, punctuation, case and shapes.
struct FeatureExtractor: Sendable {
    /// The measured blocks plus what the document as a whole revealed.
    struct Measured: Sendable {
        var features: [BlockFeatures]
        /// Lowercased words of each block, for topical similarity.
        var words: [[Substring]]
        /// The stop-word language the document reads best in, and how sure that is.
        var stopwordLanguage: (code: String, coverage: Double)?
    }

    func measure(_ blocks: [Block]) -> Measured {
        let lowered = blocks.map { $0.text.lowercased() }
        let words = lowered.map(Self.words)
        let sample = words.filter { $0.count >= 8 }.flatMap { $0 }
        let ideographs = lowered.reduce(0) { $0 + Self.ideographCount($1) }
        let letters = lowered.reduce(0) { $0 + $1.unicodeScalars.count }
        // Chinese and Japanese have no spaces, so no stop-word list fits them: measure by characters.
        let isIdeographic = ideographs * 3 > letters
        let language = isIdeographic ? nil : Stopwords.bestLanguage(for: sample.isEmpty ? words.flatMap { $0 } : sample)
        let stopwords = language.flatMap { Stopwords.sets[$0.code] } ?? []
        let matcher = ShapeMatcher()
        var features: [BlockFeatures] = []
        features.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            var feature = Self.measureText(block.text, words: words[index], stopwords: stopwords)
            feature.isListItem = block.kind == .listItem
            feature.occurrences = block.occurrences
            let folded = Self.folded(lowered[index])
            feature.shape = matcher.match(text: block.text, folded: folded, characters: feature.characters)
            if feature.shape == nil, feature.inlineSeparators >= 2 {
                feature.shape = Shape(
                    label: .relatedLinks, reason: .flattenedList,
                    matched: "\(feature.inlineSeparators) inline separators")
            }
            features.append(feature)
        }
        return Measured(features: features, words: words, stopwordLanguage: language)
    }

    /// Counts over the block's scalars in one walk.
    static func measureText(_ text: String, words: [Substring], stopwords: Set<Substring>) -> BlockFeatures {
        var feature = BlockFeatures()
        feature.words = words.count
        feature.stopwords = words.reduce(0) { $0 + (stopwords.contains($1) ? 1 : 0) }
        var previous: Unicode.Scalar = " ", beforePrevious: Unicode.Scalar = " "
        var lastVisible: Unicode.Scalar = " ", lastNonQuote: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            feature.characters += 1
            let value = scalar.value
            if Self.isIdeograph(value) { feature.ideographs += 1 }
            if scalar != " ", previous == " ", Self.isSentenceEnd(beforePrevious) { feature.innerSentenceBreaks += 1 }
            if previous == " ", beforePrevious != " ", scalar == " " {}
            if beforePrevious == " ", scalar == " ", previous == "*" || previous == "•" || previous == "|" {
                feature.inlineSeparators += 1
            }
            if scalar != " " {
                lastVisible = scalar
                if !Self.isClosingQuote(scalar) { lastNonQuote = scalar }
            }
            beforePrevious = previous
            previous = scalar
        }
        feature.endsWithSentence = Self.isSentenceEnd(lastNonQuote)
        feature.lastIsQuestionMark = lastNonQuote == "?"
        feature.endsWithColon = lastVisible == ":"
        feature.looksTruncated =
            feature.characters >= 150 && !feature.endsWithSentence && !feature.endsWithColon
            && (lastVisible.properties.isAlphabetic || lastVisible == ",")
        let long = words.filter { $0.count >= 4 }
        if !long.isEmpty {
            let capitalised = Self.capitalisedWords(in: text)
            feature.capitalisedShare = min(1, Double(capitalised) / Double(long.count))
        }
        return feature
    }

    static func ideographCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where Self.isIdeograph(scalar.value) { count += 1 }
        return count
    }

    /// Kana and CJK ideographs.
    static func isIdeograph(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }

    /// Lowercased letter-and-digit runs.
    static func words(_ lowered: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = lowered.startIndex
        let scalars = lowered.unicodeScalars
        while index < lowered.endIndex {
            let scalar = scalars[index]
            let isWord = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if isWord, start == nil { start = index }
            if !isWord, let begin = start {
                result.append(lowered[begin..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begin = start { result.append(lowered[begin...]) }
        return result
    }

    /// Lowercased text with every run of non-letters turned into one space.
    static func folded(_ lowered: String) -> String {
        words(lowered).joined(separator: " ")
    }

    private static func capitalisedWords(in text: String) -> Int {
        var count = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
            if word.first?.isUppercase == true { count += 1 }
        }
        return count
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…" || scalar == "。" || scalar == "！"
            || scalar == "？" || scalar == ";"
    }

    private static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "”" || scalar == "’" || scalar == "'" || scalar == "»" || scalar == ")"
            || scalar == "]" || scalar == "*"
    }
}
