import Foundation

/// Undoes the artefacts that flattening HTML to text leaves behind, one line at a time.
///
/// Every repair is recognised from a fixed shape, never guessed: stray Markdown emphasis,
/// bullet glyphs, and a label glued to a relative date (`CNNa day ago`, `timean hour ago`).
/// Repairs never add or remove lines, so each block can still quote the line it came from.
struct DumpRepairer: Sendable {
    /// Most lines need no repair: they are kept as they are and, when none needs one, the text
    /// comes back whole. Lines that might need one are found over the whole text's bytes;
    /// only those become strings.
    func repair(_ text: String) -> String {
        var text = text
        let candidates = text.withUTF8(Self.candidateLines)
        guard !candidates.isEmpty else { return text }
        let utf8 = text.utf8
        var repairs: [(range: Range<Int>, line: String)] = []
        for range in candidates {
            // Offsets on a native string's UTF-8 view are O(1).
            let line = Substring(
                utf8[
                    utf8.index(
                        utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
                            utf8.startIndex, offsetBy: range.upperBound)])
            var repaired = String(line)
            let startsWithGlyph = line.unicodeScalars.first.map(Vocabulary.bulletGlyphs.contains) ?? false
            if startsWithGlyph || line.utf8.contains(UInt8(ascii: "*")) {
                var scalars = Self.normaliseBullet(Array(line.unicodeScalars))
                if scalars.contains("*") { scalars = Self.removeEmphasisAsterisks(scalars) }
                repaired = String(String.UnicodeScalarView(scalars))
            }
            if repaired.utf8HasSuffix(" ago") || repaired.utf8Contains(" ago ") {
                repaired = Self.separateGluedRelativeDates(repaired)
            }
            // Compared by bytes: `!=` would take canonically equivalent text for the same.
            if !repaired.utf8.elementsEqual(line.utf8) { repairs.append((range, repaired)) }
        }
        guard !repairs.isEmpty else { return text }
        // The repaired lines spliced between the untouched stretches.
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 16 * repairs.count)
        text.withUTF8 { bytes in
            var cursor = 0
            for repair in repairs {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<repair.range.lowerBound]))
                output.append(contentsOf: repair.line.utf8)
                cursor = repair.range.upperBound
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor...]))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The byte ranges of the lines a repair may touch: a `*`, an `ago`, or a bullet glyph first.
    ///
    /// Found over the whole text with `memchr`, not line by line: the `*`s and the `g`s of
    /// `ago` are looked up, then the line each stands in; most lines have neither.
    private static func candidateLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [] }
        var starts = [0]
        var offset = 0
        while let hit = memchr(base + offset, 0x0A, bytes.count - offset) {
            offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            starts.append(offset)
        }
        var marked = [Bool](repeating: false, count: starts.count)
        for (line, start) in starts.enumerated() where start < bytes.count && bytes[start] >= 0x80 {
            let end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
            if startsWithBulletGlyph(UnsafeBufferPointer(rebasing: bytes[start..<end])) { marked[line] = true }
        }
        // The line holding offset `at`: the last start at or before it.
        func line(of at: Int) -> Int {
            var low = 0, high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= at { low = middle } else { high = middle - 1 }
            }
            return low
        }
        for byte in [UInt8(ascii: "*"), UInt8(ascii: "g")] {
            offset = 0
            while offset < bytes.count, let hit = memchr(base + offset, Int32(byte), bytes.count - offset) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                offset = at + 1
                let isAgo =
                    byte == UInt8(ascii: "*")
                    || (at > 0 && at + 1 < bytes.count && bytes[at - 1] == UInt8(ascii: "a")
                        && bytes[at + 1] == UInt8(ascii: "o"))
                if isAgo { marked[line(of: at)] = true }
            }
        }
        return starts.indices.filter { marked[$0] }.map { line in
            starts[line]..<(line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count)
        }
    }

    /// Whether the bytes open with one of `Vocabulary.bulletGlyphs` (all of them outside ASCII).
    private static func startsWithBulletGlyph(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (value, _) = WordScanner.multibyteScalar(in: bytes, at: 0) else { return false }
        return Unicode.Scalar(value).map(Vocabulary.bulletGlyphs.contains) ?? false
    }

    /// Bullet glyphs that start a line become one `• ` marker the segmenter knows.
    static func normaliseBullet(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = line.first, Vocabulary.bulletGlyphs.contains(first) else { return line }
        let rest = line.dropFirst().drop { $0 == " " }
        if rest.isEmpty { return [] }
        return ["•", " "] + rest
    }

    /// Removes `*` runs that open or close emphasis (touching a word on one side only).
    ///
    /// `*` between two spaces is a separator and `f*ck` is a word: both stay.
    static func removeEmphasisAsterisks(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(line.count)
        var index = 0
        while index < line.count {
            guard line[index] == "*" else {
                output.append(line[index])
                index += 1
                continue
            }
            var end = index
            while end < line.count, line[end] == "*" { end += 1 }
            let leftIsWord = index > 0 && isWordScalar(line[index - 1])
            let rightIsWord = end < line.count && isWordScalar(line[end])
            if leftIsWord == rightIsWord { output.append(contentsOf: line[index..<end]) }
            index = end
        }
        return output
    }

    /// `CNNa day ago` -> `CNN a day ago`: the quantity a relative date needs was glued to the
    /// word before it. Only split when the rest of the phrase is a relative date.
    static func separateGluedRelativeDates(_ line: String) -> String {
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var index = 2
        while index < words.count {
            defer { index += 1 }
            guard words[index] == "ago" else { continue }
            let unit = words[index - 1].lowercased()
            guard let singular = Vocabulary.relativeTimeUnits.first(where: { unit == $0 || unit == $0 + "s" })
            else { continue }
            let glued = words[index - 2]
            let quantity = singular == "hour" ? "an" : "a"
            if glued.count > quantity.count, glued.hasSuffix(quantity), unit == singular {
                let prefix = String(glued.dropLast(quantity.count))
                // The glued word must be an acronym (a source: "CNN") or a date label ("time").
                let isAcronym = prefix.count >= 2 && prefix.allSatisfy { $0.isUppercase || $0.isNumber }
                guard isAcronym || Vocabulary.dateLabels.contains(prefix.lowercased()) else { continue }
                words[index - 2] = prefix
                words.insert(quantity, at: index - 1)
                index += 1
            } else if let digitStart = glued.firstIndex(where: \.isNumber), digitStart != glued.startIndex,
                glued[digitStart...].allSatisfy(\.isNumber), glued[..<digitStart].count >= 2,
                glued[..<digitStart].allSatisfy(\.isUppercase)
                    || Vocabulary.dateLabels.contains(glued[..<digitStart].lowercased())
            {
                words[index - 2] = String(glued[..<digitStart])
                words.insert(String(glued[digitStart...]), at: index - 1)
                index += 1
            }
        }
        return words.joined(separator: " ")
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
