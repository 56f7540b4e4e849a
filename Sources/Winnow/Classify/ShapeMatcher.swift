/// Recognises blocks whose shape settles what they are: furniture phrases, section headers,
/// credits, captions, bylines, dates, reading times, copyright and cookie notices.
struct ShapeMatcher: Sendable {
    /// `folded` is the block's text lowercased with punctuation turned to single spaces; `words`
    /// its words as `WordScanner` gives them.
    func match(text: String, folded: String, words: [Word], characters: Int) -> Shape? {
        if characters <= 48, let shape = matchPhrase(folded, words) { return shape }
        if let shape = matchNotice(text: text, folded: folded, characters: characters) { return shape }
        if characters <= 140, let shape = matchPersonOrDate(text: text, folded: folded, words: words) { return shape }
        if characters <= 50, !text.utf8HasSuffix("."),
            let agency = Self.spacedAgencyEndings.firstSuffix(of: folded)
        {
            return Shape(label: .credit, reason: .creditShape, matched: String(agency.dropFirst()))
        }
        if characters <= 300, let marker = Self.inlineCredit(text) {
            return Shape(label: .caption, reason: .captionShape, matched: marker)
        }
        if characters <= 300,
            let marker = Self.captionOpenings.firstPrefix(of: text) ?? Self.captionEndings.firstSuffix(of: text)
        {
            return Shape(label: .caption, reason: .captionShape, matched: marker)
        }
        if characters <= 600, let credit = Self.trailingCredit(text) {
            let isWholeBlock = credit.count + 2 >= characters
            return Shape(
                label: isWholeBlock ? .credit : .caption,
                reason: isWholeBlock ? .creditShape : .captionShape, matched: credit)
        }
        return nil
    }

    /// Whole-block phrases: section headers first, then furniture.
    private func matchPhrase(_ folded: String, _ words: [Word]) -> Shape? {
        let key = words.contains(where: \.isNumber) ? Self.withoutNumbers(folded) : folded
        guard !key.isEmpty else { return nil }
        if let (label, isHeader) = Vocabulary.phraseTable[WordScanner.hash(of: Substring(key))] {
            let reason: Reason = isHeader ? .sectionHeader : label == .placeholder ? .placeholderShape : .phrase
            return Shape(label: label, reason: reason, matched: key)
        }
        if let shape = Self.matchHeaderOpening(key) { return shape }
        if folded.utf8HasPrefix("icon ") {
            return Shape(label: .placeholder, reason: .placeholderShape, matched: "icon")
        }
        return nil
    }

    /// A short header that opens with a section header's words and names its topic: "Most read
    /// in world news", "Самые популярные диеты". Only headers count: a furniture word opening a
    /// line ("Home improvement tips") says nothing.
    static func matchHeaderOpening(_ key: String) -> Shape? {
        if let verdict = matchASCIIHeaderOpening(key) { return verdict }
        return matchGeneralHeaderOpening(key)
    }

    /// The general path, for any script. Internal so tests can check that the ASCII path
    /// agrees with it.
    static func matchGeneralHeaderOpening(_ key: String) -> Shape? {
        // The key is folded: words with single spaces between them, so an opening of n words
        // is the key up to its n-th space, sliced without building new strings.
        guard let spaces = Self.wordGaps(in: key) else { return nil }
        guard spaces.count >= 2 else { return nil }
        for count in [3, 2] where count <= spaces.count {
            let opening = key[..<spaces[count - 1]]
            if let (label, isHeader) = Vocabulary.phraseTable[WordScanner.hash(of: opening)], isHeader {
                return Shape(label: label, reason: .sectionHeader, matched: String(opening))
            }
        }
        return nil
    }

    /// The same for an ASCII key (most of them), in one pass over its bytes with no index
    /// array and no substring: `.some(nil)` for no match, nil when the key is not ASCII.
    static func matchASCIIHeaderOpening(_ key: String) -> Shape?? {
        var contiguous = key
        return contiguous.withUTF8 { bytes -> Shape?? in
            guard let base = bytes.baseAddress else { return .some(nil) }
            var spaces = 0, second = -1, third = -1
            for offset in bytes.indices {
                let byte = bytes[offset]
                // Any byte outside ASCII, even past the sixth space, hands the key to the general
                // path: a mark after a space joins it, and that space is no gap there.
                if byte >= 0x80 { return nil }
                guard byte == 0x20 else { continue }
                spaces += 1
                if spaces == 2 { second = offset } else if spaces == 3 { third = offset }
            }
            guard spaces < longestHeaderWords else { return .some(nil) }
            // Three words when a fourth follows, then two, as the general path tries them.
            for end in [third, second] where end > 0 {
                if let (label, isHeader) = Vocabulary.phraseTable[WordScanner.hashASCII(base, 0..<end)], isHeader {
                    let opening = String(decoding: UnsafeBufferPointer(start: base, count: end), as: UTF8.self)
                    return .some(Shape(label: label, reason: .sectionHeader, matched: opening))
                }
            }
            return .some(nil)
        }
    }

    /// The most words a header naming its topic has.
    static let longestHeaderWords = 6

    /// The spaces of `key` that stand alone as characters, up to `longestHeaderWords - 1`; nil
    /// past that. Found on UTF-8 bytes: a search by `Character` broke graphemes at every letter.
    /// A space next to a byte outside ASCII may share its grapheme with a mark, so it counts
    /// only when it is a `Character` of its own, as the search by `Character` found it.
    static func wordGaps(in key: String) -> [String.Index]? {
        let utf8 = key.utf8
        var contiguous = key
        return contiguous.withUTF8 { bytes -> [String.Index]? in
            var spaces: [String.Index] = []
            for offset in bytes.indices where bytes[offset] == 0x20 {
                let space = utf8.index(utf8.startIndex, offsetBy: offset)
                let nearNonASCII =
                    (offset > 0 && bytes[offset - 1] >= 0x80) || (offset + 1 < bytes.count && bytes[offset + 1] >= 0x80)
                if nearNonASCII, space.samePosition(in: key) == nil || key[space] != " " { continue }
                spaces.append(space)
                guard spaces.count < Self.longestHeaderWords else { return nil }
            }
            return spaces
        }
    }

    /// Copyright, cookie and promotion notices, recognised by how they open.
    private func matchNotice(text: String, folded: String, characters: Int) -> Shape? {
        if characters <= 300 {
            let hasSign = UTF8Bytes.with(text) { UTF8Bytes.find(Self.copyrightSign, in: $0) }
            if hasSign || Self.copyrightNotices.firstContained(in: folded) != nil
                || Self.copyrightOpening.firstPrefix(of: folded) != nil
            {
                return Shape(label: .legal, reason: .copyrightNotice, matched: hasSign ? "©" : "all rights reserved")
            }
        }
        if characters <= 700, let opening = Self.cookieOpenings.firstPrefix(of: folded) {
            return Shape(label: .cookie, reason: .phrase, matched: opening)
        }
        if characters <= 250, let opening = Self.promoOpenings.firstPrefix(of: folded) {
            return Shape(label: .promo, reason: .phrase, matched: opening)
        }
        if characters <= 250, let phrase = Self.promoPhrases.firstContained(in: folded) {
            return Shape(label: .promo, reason: .phrase, matched: phrase)
        }
        return nil
    }

    /// "jane says:", "Milan on September 12, 2018 at 4:47 pm said:": who wrote the comment below.
    static func isCommentAttribution(_ folded: String, characters: Int) -> Bool {
        guard characters <= 100 else { return false }
        return spacedCommentVerbs.firstSuffix(of: folded) != nil
    }

    /// The vocabulary lists as bytes, built once (`PhraseList`); agency endings and comment
    /// verbs with the space that must precede them.
    private static let copyrightSign = Array("©".utf8)
    private static let copyrightNotices = PhraseList(["all rights reserved", "subject to copyright"])
    private static let copyrightOpening = PhraseList(["copyright "])
    private static let spacedAgencyEndings = PhraseList(Vocabulary.agencyEndings.map { " " + $0 })
    private static let spacedCommentVerbs = PhraseList(Vocabulary.commentVerbs.map { " " + $0 })
    private static let captionOpenings = PhraseList(Vocabulary.captionOpenings)
    private static let captionEndings = PhraseList(Vocabulary.captionEndings)
    private static let cookieOpenings = PhraseList(Vocabulary.cookieOpenings)
    private static let promoOpenings = PhraseList(Vocabulary.promoOpenings)
    private static let promoPhrases = PhraseList(Vocabulary.promoPhrases)
    private static let creditOpenings = PhraseList(Vocabulary.creditOpenings)
    private static let bylineOpenings = PhraseList(Vocabulary.bylineOpenings)

    /// Bylines, credits, reading times and date lines: short blocks with a fixed opening or vocabulary.
    private func matchPersonOrDate(text: String, folded: String, words: [Word]) -> Shape? {
        // Credit and byline openings all start with one of a few words: check that first.
        if let first = words.first, Vocabulary.personOpeningWords.contains(first.hash) {
            let lowered = text.lowercased()
            if let opening = Self.creditOpenings.firstPrefix(of: lowered), characters(text) <= 120 {
                return Shape(label: .credit, reason: .creditShape, matched: opening.trimmingSpaces())
            }
            if let opening = Self.bylineOpenings.firstPrefix(of: lowered), characters(text) <= 100,
                Self.isNameList(text.dropFirst(opening.count))
            {
                return Shape(label: .byline, reason: .bylineShape, matched: opening.trimmingSpaces())
            }
        }
        if text.utf8.last == UInt8(ascii: ":"), Self.isCommentAttribution(folded, characters: characters(text)) {
            return Shape(
                label: .comments, reason: .commentShape, matched: String(folded.split(separator: " ").last ?? ""))
        }
        if DateShapes.isReadingTime(words) {
            return Shape(label: .readingTime, reason: .readingTimeShape, matched: folded)
        }
        if DateShapes.isDateLine(words) {
            return Shape(label: .date, reason: .dateShape, matched: folded)
        }
        if let dateline = Dateline.parse(text), dateline.rest.isEmpty {
            return Shape(label: .dateline, reason: .datelineShape, matched: dateline.place)
        }
        return nil
    }

    private func characters(_ text: String) -> Int { text.unicodeScalars.count }

    /// "Jane Doe", "Jane Doe and John Roe", "J. R. Smith, Reuters": capitalised words and joiners.
    static func isNameList(_ text: Substring) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (1...12).contains(words.count) else { return false }
        let joiners: Set<Substring> = ["and", "&", "und", "и", "y", "et", "e", "with", "in", "for", "of", "the"]
        // Scripts without capitals (Arabic, Chinese) name people without them.
        let isName = { (word: Substring) in word.first?.isUppercase == true || word.first?.isCased == false }
        return words.contains(where: isName) && words.allSatisfy { isName($0) || joiners.contains($0) }
    }

    /// The text of a trailing parenthesis that names a photographer or agency, if any.
    static func trailingCredit(_ text: String) -> String? {
        // A last Character ")" means a last byte ")": most blocks are answered by that byte.
        guard text.utf8.last == UInt8(ascii: ")"), text.hasSuffix(")"), let open = text.lastIndex(of: "(") else {
            return nil
        }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard inner.count >= 2, inner.count <= 90 else { return nil }
        let words = inner.lowercased().split(whereSeparator: { !$0.isLetter })
        let hasCreditWord = words.contains { Vocabulary.creditWords.contains(String($0)) }
        let hasAgencySlash = inner.contains("/") && inner.first?.isUppercase == true
        // "… on the outskirts of the city (Al-Ufuq)": a short source name closing a long line
        // that is no sentence, in scripts with no capitals to tell a name by.
        let isSourceName =
            words.count <= 3 && text.count >= 60 && inner.first.map { !$0.isLowercase } == true
            && !(text.dropLast(inner.count + 2).last.map { ".!?".contains($0) } ?? false)
            && inner.unicodeScalars.allSatisfy { $0.value >= 0x600 || $0 == " " }
        return hasCreditWord || hasAgencySlash || isSourceName ? String(inner) : nil
    }

    /// "… de la nueva trainera. FOTO: PABLO HERRERA": a credit label in the last stretch of a line.
    static func inlineCredit(_ text: String) -> String? {
        // Every such opening ends in a colon; 60 characters are at most 240 bytes, so a block
        // without a colon near its end (most of them) is answered by a byte scan.
        guard UTF8Bytes.with(text, { $0[max(0, $0.count - 240)...].contains(UInt8(ascii: ":")) }) else {
            return nil
        }
        let tail = String(text.suffix(60)).lowercased()
        return Self.spacedColonCreditOpenings.firstContained(in: tail).map { String($0.dropFirst()) }
    }

    /// The credit openings that end in a colon, with the space that must precede them.
    private static let spacedColonCreditOpenings = PhraseList(
        Vocabulary.creditOpenings.filter { $0.hasSuffix(":") }.map { " " + $0 })

    /// Section headers carry counts: "Comments (12)", "12 comments".
    static func withoutNumbers(_ folded: String) -> String {
        if let ascii = asciiWithoutNumbers(folded) { return ascii }
        return folded.split(separator: " ").filter { !$0.allSatisfy(\.isNumber) }.joined(separator: " ")
    }

    /// The same for ASCII text, over bytes: there a number is a run of ASCII digits (Character
    /// `isNumber` also takes fractions and numerals of other scripts, hence the fallback).
    private static func asciiWithoutNumbers(_ folded: String) -> String? {
        UTF8Bytes.with(folded) { bytes -> String? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var start = 0
            while start <= bytes.count {
                var end = start, isNumber = true
                while end < bytes.count, bytes[end] != 0x20 {
                    if bytes[end] >= 0x80 { return nil }
                    if !(0x30...0x39).contains(bytes[end]) { isNumber = false }
                    end += 1
                }
                if end > start, !isNumber {
                    if !output.isEmpty { output.append(0x20) }
                    output.append(contentsOf: bytes[start..<end])
                }
                start = end + 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
