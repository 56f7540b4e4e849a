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
    private static func candidateLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if mayNeedRepair(UnsafeBufferPointer(rebasing: bytes[start..<end])) { lines.append(start..<end) }
            start = end + 1
        }
        return lines
    }

    /// False for a line no repair touches: no `*`, no `ago`, and no bullet glyph first. One
    /// pass over the bytes.
    private static func mayNeedRepair(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = bytes.first, first >= 0x80, startsWithBulletGlyph(bytes) { return true }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "*") { return true }
            if byte == UInt8(ascii: "a"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "g"),
                bytes[index + 2] == UInt8(ascii: "o")
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether the bytes open with one of `Vocabulary.bulletGlyphs` (all of them outside ASCII).
    private static func startsWithBulletGlyph(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[0]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard length <= bytes.count else { return false }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[offset] & 0x3F) }
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
