/// Measures every block once: lengths, stop words, punctuation, case and shapes.
struct FeatureExtractor: Sendable {
    /// The measured blocks plus what the document as a whole revealed.
    struct Measured: Sendable {
        var features: [BlockFeatures]
        /// The words of each block, for topical similarity.
        var words: [[Word]]
        /// The stop-word language the document reads best in, and how sure that is.
        var stopwordLanguage: (code: String, coverage: Double)?
        var stopwordMask: UInt32
    }

    /// Longer blocks are never furniture phrases, so they are not folded for matching.
    static let longestShapeCharacters = 700

    /// `scanned`: the blocks' words from segmentation, when it scanned them.
    func measure(_ blocks: [Block], words scanned: [[Word]]? = nil) -> Measured {
        // By index: `map` over the blocks copied each one to read its text.
        let words =
            scanned.flatMap { $0.count == blocks.count ? $0 : nil }
            ?? blocks.indices.map { WordScanner.words(in: blocks[$0].text) }
        var features = blocks.indices.map { Self.measureText(blocks[$0].text) }
        let ideographs = features.reduce(0) { $0 + $1.ideographs }
        let letters = features.reduce(0) { $0 + $1.characters }
        // Chinese and Japanese have no spaces, so no stop-word list fits them: measure by characters.
        let isIdeographic = ideographs * 3 > letters
        // Prose (blocks of eight words or more) tells the language best; all blocks when there is none.
        let language = isIdeographic ? nil : Stopwords.bestLanguage(forBlocks: words, minimumWords: 8)
        let mask = Stopwords.mask(for: language?.code)
        let matcher = ShapeMatcher()
        // By index, not `enumerated()`: a copy of each block retained and released all its strings.
        for index in blocks.indices {
            let kind = blocks[index].kind
            let blockWords = words[index]
            features[index].words = blockWords.count
            // Counted in one loop, without the arrays `filter` would build for every block.
            var stopwords = 0, long = 0, capitalised = 0
            for word in blockWords {
                if Stopwords.isStopword(word, mask: mask) { stopwords += 1 }
                if word.letters >= 4 && !word.isNumber {
                    long += 1
                    if word.isCapitalised { capitalised += 1 }
                }
            }
            features[index].stopwords = stopwords
            if long > 0 {
                features[index].capitalisedShare = Double(capitalised) / Double(long)
            }
            features[index].isListItem = kind == .listItem
            features[index].kind = kind
            if let dom = blocks[index].dom {
                features[index].linkCharacters = dom.linkCharacters
                features[index].isHidden = dom.isHidden
                features[index].containers = dom.containers
                // An embedded post (a tweet's <blockquote> in a "social-embed" box) is quoted
                // content, not a share button (development page 3f65af…).
                let hint = ClassHints.furniture(in: dom.hintTokens)
                features[index].classHint = hint?.label == .share && dom.containers.contains(.blockquote) ? nil : hint
                if features[index].characters >= Self.minUntruncatedCharacters {
                    features[index].looksTruncated = false
                }
            }
            features[index].occurrences = blocks[index].occurrences
            if features[index].characters <= Self.longestShapeCharacters {
                let text = blocks[index].text
                let folded = WordScanner.folded(text)
                features[index].shape = matcher.match(
                    text: text, folded: folded, words: blockWords, characters: features[index].characters)
            }
            if features[index].shape == nil, features[index].inlineSeparators >= 2, kind != .tableRow {
                features[index].shape = Shape(
                    label: .relatedLinks, reason: .flattenedList,
                    matched: "\(features[index].inlineSeparators) inline separators")
            }
        }
        Self.ignoreHidingOfMostText(&features)
        return Measured(features: features, words: words, stopwordLanguage: language, stopwordMask: mask)
    }

    /// When most of a page's longer text is marked hidden, the hiding is the site's own trick (a
    /// paywall overlay or an animation, as on dev page 2f42ef…), not a hidden copy: ignore it.
    static func ignoreHidingOfMostText(_ features: inout [BlockFeatures]) {
        // Summed in place: `filter` copied every long block's features, strings and all.
        var hidden = 0, all = 0
        for index in features.indices where features[index].characters >= 100 {
            all += features[index].characters
            if features[index].isHidden { hidden += features[index].characters }
        }
        guard all > 0, hidden * 2 > all else { return }
        for index in features.indices { features[index].isHidden = false }
    }

    /// Length, punctuation and separators, in one walk over the block's scalars.
    ///
    /// Counts in locals, stored once at the end: fields of the large feature struct were
    /// updated in memory for every scalar.
    static func measureText(_ text: String) -> BlockFeatures {
        var feature = BlockFeatures()
        var previous: UInt32 = 0x20, beforePrevious: UInt32 = 0x20
        var lastVisible: UInt32 = 0x20, lastNonQuote: UInt32 = 0x20
        var characters = 0, ideographs = 0, innerSentenceBreaks = 0, inlineSeparators = 0
        WordScanner.forEachScalar(in: text) { scalar in
            characters += 1
            if scalar >= 0x3040, Self.isIdeograph(scalar) { ideographs += 1 }
            if scalar != 0x20, previous == 0x20, Self.isSentenceEnd(beforePrevious) { innerSentenceBreaks += 1 }
            if beforePrevious == 0x20, scalar == 0x20, previous == 0x2A || previous == 0x2022 || previous == 0x7C {
                inlineSeparators += 1  // " * ", " • ", " | "
            }
            if scalar != 0x20 {
                lastVisible = scalar
                if !Self.isClosingQuote(scalar) { lastNonQuote = scalar }
            }
            beforePrevious = previous
            previous = scalar
        }
        feature.characters = characters
        feature.ideographs = ideographs
        feature.innerSentenceBreaks = innerSentenceBreaks
        feature.inlineSeparators = inlineSeparators
        feature.endsWithSentence = Self.isSentenceEnd(lastNonQuote)
        feature.lastIsQuestionMark = lastNonQuote == 0x3F || lastNonQuote == 0xFF1F
        feature.endsWithColon = lastVisible == 0x3A
        feature.looksTruncated =
            feature.characters >= 150 && !feature.endsWithSentence && !feature.endsWithColon
            && (WordScanner.isWordScalar(lastVisible) || lastVisible == 0x2C)
        return feature
    }

    /// The length from which an HTML block never counts as truncated (`looksTruncated`).
    ///
    /// A teaser summary is cut at a few hundred characters; a longer paragraph without a final
    /// stop (a quotation page's one long text) is whole and just lacks it. Unrelated to
    /// `Defaults.maxTeaserCharacters`, which is how short a whole article must be to be a teaser.
    static let minUntruncatedCharacters = 500

    /// Kana and CJK ideographs.
    static func isIdeograph(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }

    /// . ! ? … ; and the ideographic full stop and marks.
    private static func isSentenceEnd(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x3B: true
        default: false
        }
    }

    /// Closing quotes and brackets (and a stray `*`) that may follow a sentence's end.
    private static func isClosingQuote(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x201D, 0x2019, 0x27, 0xBB, 0x29, 0x5D, 0x2A: true
        default: false
        }
    }
}
