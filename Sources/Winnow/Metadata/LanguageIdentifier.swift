/// Names the language of a text from its script and its stop words, with a confidence.
///
/// Script settles Korean, Greek, Japanese (kana) and Chinese (ideographs alone); within a script,
/// the stop-word list that covers most words wins, helped by letters only one language uses
/// (Ukrainian і ї є ґ, Persian پ چ ژ گ, Vietnamese ơ ư đ). Unknown stays unknown.
public enum LanguageIdentifier {
    /// Fewer letters than this and no guess is made.
    static let minLetters = 20

    public static func identify(_ text: String) -> LanguageGuess? {
        identify([text], words: { WordScanner.words(in: text) })
    }

    /// The same over several texts (a body's blocks), with their words when already scanned:
    /// script decides first, and most texts never need their words.
    static func identify(_ texts: [String], words: () -> [Word]) -> LanguageGuess? {
        var counts = ScriptCounts()
        for text in texts { counts.add(text) }
        guard counts.letters >= minLetters else { return nil }
        let share = { (count: Int) in Double(count) / Double(counts.letters) }
        if share(counts.hangul) > 0.3 { return LanguageGuess(code: "ko", confidence: share(counts.hangul)) }
        if counts.kana > 0, share(counts.kana + counts.ideographs) > 0.3, counts.kana * 20 >= counts.ideographs {
            return LanguageGuess(code: "ja", confidence: min(1, share(counts.kana + counts.ideographs)))
        }
        if share(counts.ideographs) > 0.3 { return LanguageGuess(code: "zh", confidence: share(counts.ideographs)) }
        if share(counts.greek) > 0.5 { return LanguageGuess(code: "el", confidence: share(counts.greek)) }
        if share(counts.arabic) > 0.5 {
            return best(words(), among: ["ar", "fa"], bonus: ["fa": counts.persianLetters * 3])
        }
        if share(counts.cyrillic) > 0.5 {
            return best(words(), among: ["ru", "uk"], bonus: ["uk": counts.ukrainianLetters * 3])
        }
        if share(counts.latin) > 0.5 {
            let latin = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "vi", "id", "cs", "sv", "hu", "ro"]
            return best(words(), among: latin, bonus: ["vi": counts.vietnameseLetters * 2])
        }
        return nil
    }

    /// The language whose stop words (plus letter bonus) cover most words; confidence from the
    /// margin over the runner-up and from how much of the text the list covers.
    private static func best(_ words: [Word], among codes: [String], bonus: [String: Int]) -> LanguageGuess? {
        guard !words.isEmpty else { return nil }
        // A stop word shared by k of the candidate lists counts 1/k for each: "the" sits in six
        // lists built from web text and tells them apart from none.
        let masks = codes.map { Stopwords.mask(for: $0) }
        let candidates = masks.reduce(0, |)
        // Each language's bit to its place in `codes`: a word's hits are its set bits, not a
        // test of every candidate.
        var place = [Int](repeating: 0, count: 32)
        for (index, mask) in masks.enumerated() where mask != 0 { place[mask.trailingZeroBitCount] = index }
        var hits = [Double](repeating: 0, count: codes.count)
        for word in words {
            var matched = word.stopwordLists & candidates
            guard matched != 0 else { continue }
            let weight = 1 / Double(matched.nonzeroBitCount)
            while matched != 0 {
                hits[place[matched.trailingZeroBitCount]] += weight
                matched &= matched - 1
            }
        }
        let scored = codes.indices.map { (code: codes[$0], hits: hits[$0] + Double(bonus[codes[$0]] ?? 0)) }
            .sorted { $0.hits != $1.hits ? $0.hits > $1.hits : $0.code < $1.code }
        guard let first = scored.first, first.hits >= 2 else { return nil }
        let second = scored.count > 1 ? scored[1].hits : 0
        let margin = (first.hits - second) / first.hits
        let coverage = min(1, first.hits / Double(words.count) * 3)
        let confidence = (min(1, margin * 1.25) * 0.7 + coverage * 0.3).rounded(toPlaces: 2)
        return LanguageGuess(code: first.code, confidence: confidence)
    }

    /// Letters by script, and the letters that mark one language within a script.
    private struct ScriptCounts {
        var letters = 0, latin = 0, cyrillic = 0, greek = 0, arabic = 0, hangul = 0, kana = 0, ideographs = 0
        var ukrainianLetters = 0, persianLetters = 0, vietnameseLetters = 0

        /// Every letter of `text`; ASCII letters, most of any Latin text, are counted in the
        /// byte loop itself.
        mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                var index = 0
                let count = bytes.count
                while index < count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        index += 1
                        let lower = lead | 0x20
                        if lower >= 0x61 && lower <= 0x7A {
                            letters += 1
                            latin += 1
                        }
                        continue
                    }
                    guard let (scalar, length) = WordScanner.multibyteScalar(in: bytes, at: index) else { return }
                    index += length
                    add(scalar)
                }
            }
        }

        mutating func add(_ scalar: UInt32) {
            guard WordScanner.isWordScalar(scalar), !(0x30...0x39).contains(scalar) else { return }
            letters += 1
            switch scalar {
            case 0x41...0x24F, 0x1E00...0x1EFF:
                latin += 1
                // Switches, not array literals: those were built for every letter.
                switch scalar {
                case 0x1EA0...0x1EF9, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x110, 0x111: vietnameseLetters += 1
                default: break
                }
            case 0x400...0x4FF:
                cyrillic += 1
                switch scalar {
                case 0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490: ukrainianLetters += 1
                default: break
                }
            case 0x370...0x3FF, 0x1F00...0x1FFF: greek += 1
            case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFEFF:
                arabic += 1
                switch scalar {
                case 0x67E, 0x686, 0x698, 0x6AF, 0x6A9, 0x6CC: persianLetters += 1
                default: break
                }
            case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: ideographs += 1
            default: break
            }
        }
    }
}

extension Double {
    fileprivate func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
