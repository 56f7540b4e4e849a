/// A word as the classifier sees it: hashes of its lowercased form and of its stem.
///
/// Words are compared by 64-bit hashes of their lowercased UTF-8, never as `String`s: Swift
/// string hashing normalises Unicode on every call, which profiling showed as the hot spot.
struct Word: Sendable, Equatable {
    /// FNV-1a of the lowercased word's UTF-8.
    var hash: UInt64
    /// The same hash over the first six letters: "recognised" and "recognition" meet.
    var stem: UInt64
    /// Letters (scalars) in the word.
    var letters: Int
    var isNumber: Bool
    var isCapitalised: Bool
    /// The stop-word lists the word is on (a bit per `Stopwords.languages`), looked up once as
    /// the word is scanned: the classifier, the topic check and language identification each
    /// looked it up again in a 40,000-word table.
    var stopwordLists: UInt32
}

/// Splits text into words and folds it for phrase matching, in one pass over UTF-8 bytes.
enum WordScanner {
    static let stemLetters = 6
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The words of `text`: runs of letters and digits.
    static func words(in text: String) -> [Word] {
        scan(text).words
    }

    /// The words of `text` and its content hash (one hash of all letters and digits, lowercased:
    /// equal for "Headline here" and "HEADLINE HERE!"), in one pass: segmentation needs the hash of
    /// every block and the classifier its words.
    static func scan(_ text: String) -> (words: [Word], contentHash: UInt64) {
        var text = text
        return text.withUTF8(scan(bytes:))
    }

    /// The same over the bytes, decoded in the loop itself: through `forEachScalar`'s closure
    /// the word state and the array stayed in memory, at some fifty instructions a byte.
    private static func scan(bytes: UnsafeBufferPointer<UInt8>) -> (words: [Word], contentHash: UInt64) {
        var content = offsetBasis
        var words: [Word] = []
        // Room for a word every four bytes: at one every six, prose (five letters and a space a
        // word) often overflowed it and the array was copied to grow. A long block grows
        // instead: reserving a quarter of a 16 MB paragraph would hold 130 MB.
        words.reserveCapacity(bytes.count < 4_096 ? bytes.count / 4 + 1 : bytes.count / 6)
        var hash = offsetBasis, stem = offsetBasis
        var letters = 0
        var isNumber = true, isCapitalised = false
        var index = 0
        let count = bytes.count
        while index < count {
            var scalar = UInt32(bytes[index])
            if scalar < 0x80 {
                index += 1
            } else {
                guard let decoded = multibyteScalar(in: bytes, at: index) else { break }
                scalar = decoded.value
                index += decoded.length
            }
            if isWordScalar(scalar) {
                let lower = lowercase(scalar)
                if letters == 0 { isCapitalised = lower != scalar }
                letters += 1
                if !(0x30...0x39).contains(scalar) { isNumber = false }
                hash = mix(hash, lower)
                content = mix(content, lower)
                if letters <= stemLetters { stem = hash }
            } else if letters > 0 {
                words.append(
                    Word(
                        hash: hash, stem: stem, letters: letters, isNumber: isNumber, isCapitalised: isCapitalised,
                        stopwordLists: Stopwords.table[hash] ?? 0))
                hash = offsetBasis
                stem = offsetBasis
                letters = 0
                isNumber = true
            }
        }
        if letters > 0 {
            words.append(
                Word(
                    hash: hash, stem: stem, letters: letters, isNumber: isNumber, isCapitalised: isCapitalised,
                    stopwordLists: Stopwords.table[hash] ?? 0))
        }
        return (words, content)
    }

    /// The hash `words(in:)` gives a single lowercase word, for building lookup tables.
    ///
    /// Decodes the contiguous UTF-8 by hand: iterating `unicodeScalars` cost more than the lookup.
    static func hash(of word: Substring) -> UInt64 {
        var word = word
        return word.withUTF8(hash(ofUTF8:))
    }

    /// The same over a word's UTF-8 bytes, for tables built from byte runs.
    static func hash(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        forEachScalar(in: bytes) { hash = mix(hash, lowercase($0)) }
        return hash
    }

    /// The same hash for an ASCII word read from raw bytes, lowercased on the way: class and
    /// id names are hashed straight from libxml2's attribute text, with no string between.
    @inline(__always)
    static func hashASCII(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offsetBasis
        for index in range {
            let byte = bytes[index]
            hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* prime
        }
        return hash
    }

    /// How many words `words(in:)` finds, without building them.
    static func wordCount(in text: String) -> Int {
        var count = 0
        var inWord = false
        forEachScalar(in: text) { scalar in
            let isWord = isWordScalar(scalar)
            if isWord, !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }

    /// Lowercase letters and digits with one space between words: the key phrase tables match.
    ///
    /// Written straight into the result's storage. Room: a separator replaces at least one
    /// byte, and lowercasing grows a scalar by at most half (two bytes to three); twice the
    /// input leaves a margin should Unicode's own mapping ever grow one more.
    static func folded(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2 + 1) { output in
                var written = 0
                var pendingSpace = false
                /// The one space between two words, written before the second's first letter.
                func separate() {
                    guard pendingSpace else { return }
                    output[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                var index = 0
                let count = bytes.count
                while index < count {
                    let lead = bytes[index]
                    var scalar = UInt32(lead)
                    if lead < 0x80 {
                        index += 1
                        let lower = lead | 0x20
                        let isLetter = lower >= 0x61 && lower <= 0x7A
                        guard isLetter || (lead >= 0x30 && lead <= 0x39) else {
                            pendingSpace = written > 0
                            continue
                        }
                        separate()
                        output[written] = isLetter ? lower : lead
                        written += 1
                        continue
                    }
                    guard let decoded = multibyteScalar(in: bytes, at: index) else { break }
                    scalar = decoded.value
                    index += decoded.length
                    guard isWordScalar(scalar) else {
                        pendingSpace = written > 0
                        continue
                    }
                    separate()
                    written = writeUTF8(lowercase(scalar), to: output, at: written)
                }
                return written
            }
        }
    }

    /// Writes a scalar's UTF-8 bytes at `offset`; returns the offset after them.
    @inline(__always)
    private static func writeUTF8(_ scalar: UInt32, to output: UnsafeMutableBufferPointer<UInt8>, at offset: Int)
        -> Int
    {
        if scalar < 0x80 {
            output[offset] = UInt8(scalar)
            return offset + 1
        } else if scalar < 0x800 {
            output[offset] = UInt8(0xC0 | scalar >> 6)
            output[offset + 1] = UInt8(0x80 | scalar & 0x3F)
            return offset + 2
        } else if scalar < 0x10000 {
            output[offset] = UInt8(0xE0 | scalar >> 12)
            output[offset + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            output[offset + 2] = UInt8(0x80 | scalar & 0x3F)
            return offset + 3
        }
        output[offset] = UInt8(0xF0 | scalar >> 18)
        output[offset + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
        output[offset + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
        output[offset + 3] = UInt8(0x80 | scalar & 0x3F)
        return offset + 4
    }

    /// The scalar whose UTF-8 (valid, as a `String` holds it) starts at `index` with a byte of
    /// 0x80 or more, and its length; nil when the text ends inside it. One decoding for every
    /// byte loop that takes ASCII itself and hands the rest here.
    @inline(__always)
    static func multibyteScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// Appends a scalar's UTF-8 bytes.
    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        if scalar < 0x80 {
            output.append(UInt8(scalar))
        } else if scalar < 0x800 {
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        } else if scalar < 0x10000 {
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        } else {
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Calls `body` with each scalar value, decoding the string's UTF-8 by hand.
    @inline(__always)
    static func forEachScalar(in text: String, _ body: (UInt32) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in forEachScalar(in: bytes, body) }
    }

    /// The same over bytes already at hand (valid UTF-8).
    @inline(__always)
    static func forEachScalar(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                body(UInt32(lead))
                index += 1
                continue
            }
            guard let (value, length) = multibyteScalar(in: bytes, at: index) else { return }
            body(value)
            index += length
        }
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        var hash = hash
        // Feed the scalar's UTF-8 bytes, so hashes agree with hashing the lowercase string.
        if scalar < 0x80 {
            hash = (hash ^ UInt64(scalar)) &* prime
        } else if scalar < 0x800 {
            hash = (hash ^ UInt64(0xC0 | scalar >> 6)) &* prime
            hash = (hash ^ UInt64(0x80 | scalar & 0x3F)) &* prime
        } else if scalar < 0x10000 {
            hash = (hash ^ UInt64(0xE0 | scalar >> 12)) &* prime
            hash = (hash ^ UInt64(0x80 | scalar >> 6 & 0x3F)) &* prime
            hash = (hash ^ UInt64(0x80 | scalar & 0x3F)) &* prime
        } else {
            hash = (hash ^ UInt64(0xF0 | scalar >> 18)) &* prime
            hash = (hash ^ UInt64(0x80 | scalar >> 12 & 0x3F)) &* prime
            hash = (hash ^ UInt64(0x80 | scalar >> 6 & 0x3F)) &* prime
            hash = (hash ^ UInt64(0x80 | scalar & 0x3F)) &* prime
        }
        return hash
    }

    /// Letters, digits and combining marks; everything in the punctuation, symbol and emoji
    /// blocks is not. An approximation that needs no Unicode tables on the hot path.
    ///
    /// ASCII is answered inline; the rest in a separate function, so the common case is not a call.
    @inline(__always)
    static func isWordScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (0x30...0x39).contains(scalar) || (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar)
        }
        return isNonASCIIWordScalar(scalar)
    }

    @inline(never)
    private static func isNonASCIIWordScalar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xAA, 0xB5, 0xBA: return true
        case 0x80...0xBF, 0xD7, 0xF7: return false
        case 0x2000...0x2BFF, 0x3000...0x303F, 0xFE30...0xFE6F, 0xFF00...0xFF0F, 0xFF1A...0xFF20,
            0xFF3B...0xFF40, 0xFF5B...0xFF65, 0xE000...0xF8FF, 0x1F000...0x1FAFF:
            return false
        case 0x037E, 0x0387, 0x055A...0x055F, 0x0589, 0x05BE, 0x05C0, 0x05C3, 0x05F3, 0x05F4, 0x060C, 0x061B,
            0x061F, 0x066A...0x066D, 0x06D4, 0x0964, 0x0965, 0x0E4F, 0x0E5A, 0x0E5B:
            return false
        default: return true
        }
    }

    /// Lowercase by arithmetic for the Latin, Greek, Cyrillic and Armenian ranges; Unicode's own
    /// mapping only for the rare rest. ASCII inline, the rest out of line, as in `isWordScalar`.
    @inline(__always)
    static func lowercase(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x80 { return (0x41...0x5A).contains(scalar) ? scalar + 32 : scalar }
        return lowercaseNonASCII(scalar)
    }

    @inline(never)
    private static func lowercaseNonASCII(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0xC0...0xDE where scalar != 0xD7: return scalar + 32
        case 0x100...0x137, 0x14A...0x177: return scalar & 1 == 0 ? scalar + 1 : scalar
        case 0x139...0x148, 0x179...0x17E: return scalar & 1 == 1 ? scalar + 1 : scalar
        case 0x391...0x3A9 where scalar != 0x3A2: return scalar + 32
        case 0x400...0x40F: return scalar + 80
        case 0x410...0x42F: return scalar + 32
        case 0x460...0x481, 0x48A...0x4BF: return scalar & 1 == 0 ? scalar + 1 : scalar
        case 0x531...0x556: return scalar + 48
        case 0x1E00...0x1EFF: return scalar & 1 == 0 ? scalar + 1 : scalar
        case 0x80...0x24F, 0x370...0x3FF, 0x430...0x45F, 0x4C0...0x52F, 0x561...0x587: return scalar
        case 0x588...0x1DFF,
            0x2C00...0xFFFF
        where !(0x2C00...0x2D2F).contains(scalar) && !(0xA640...0xA7FF).contains(scalar)
            && !(0xFF21...0xFF3A).contains(scalar):
            return scalar  // scripts without case: Hebrew, Arabic, Indic, Thai, CJK, kana, Hangul
        default:
            guard let value = Unicode.Scalar(scalar), value.properties.changesWhenLowercased,
                let lower = value.properties.lowercaseMapping.unicodeScalars.first
            else { return scalar }
            return lower.value
        }
    }
}
