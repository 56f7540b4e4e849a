import Foundation

/// The Segment stage for text dumps: one block per non-empty line.
///
/// Blank lines are not blocks but start a new group; list markers are taken off the text and
/// recorded in the kind; repeated lines are counted across the whole document.
public struct Segmenter: Sendable {
    public init() {}

    public func segment(_ decoded: DecodedText) -> [Block] {
        segmentWithWords(decoded).blocks
    }

    /// The blocks and each block's words (`countOccurrences` scans them anyway), for the classifier.
    func segmentWithWords(_ decoded: DecodedText) -> (blocks: [Block], words: [[Word]]) {
        var text = decoded.text
        var raw = decoded.raw
        // Most dumps need no repair, and then the raw text is the text itself: its lines are
        // the lines at hand, not a second split.
        let rawLines = Self.sameStorage(&text, &raw) ? nil : raw.utf8Lines()
        var blocks: [Block] = []
        var group = 0
        var previousWasBlank = false
        text.withUTF8 { bytes in
            var start = 0, number = 0
            // Line by line over the bytes, each line's string made once from its trimmed bytes.
            while start <= bytes.count {
                let end = Self.lineEnd(in: bytes, from: start)
                defer {
                    start = end + 1
                    number += 1
                }
                var first = start, last = end
                while first < last, bytes[first] == 0x20 { first += 1 }
                while last > first, bytes[last - 1] == 0x20 { last -= 1 }
                if first == last {
                    if !previousWasBlank, !blocks.isEmpty { group += 1 }
                    previousWasBlank = true
                    continue
                }
                previousWasBlank = false
                let trimmed = String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self)
                let (lineText, marker) = Self.stripListMarker(trimmed)
                guard !lineText.isEmpty else { continue }
                let line =
                    first == start && last == end
                    ? trimmed : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                let rawLine = rawLines.map { number < $0.count ? String($0[number]) : line } ?? line
                blocks.append(
                    Block(
                        index: blocks.count, text: lineText, raw: rawLine, kind: marker == nil ? .line : .listItem,
                        listMarker: marker, line: number + 1, group: group))
            }
        }
        let words = Self.countOccurrences(&blocks)
        return (blocks, words)
    }

    /// The offset of the next line feed from `start`, or the end of the text.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
            let hit = memchr(base + start, 0x0A, bytes.count - start)
        else { return bytes.count }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// True when both strings are one storage (an unrepaired dump's raw text is its text).
    private static func sameStorage(_ one: inout String, _ other: inout String) -> Bool {
        one.withUTF8 { first in
            other.withUTF8 { second in first.baseAddress == second.baseAddress && first.count == second.count }
        }
    }

    /// Splits `- item`, `• item`, `* item`, `12. item`, `3) item` into text and marker.
    static func stripListMarker(_ line: String) -> (String, String?) {
        // Every marker opens with `-`, `*`, a digit or the first byte of `•` (E2): other lines
        // are answered without copying their first bytes.
        guard let lead = line.utf8.first,
            lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == 0xE2
                || (0x30...0x39).contains(lead)
        else { return (line, nil) }
        let utf8 = Array(line.utf8.prefix(6))
        if utf8.count >= 2, utf8[1] == 0x20, utf8[0] == UInt8(ascii: "-") || utf8[0] == UInt8(ascii: "*") {
            return (String(line.dropFirst(2)).trimmingSpaces(), String(line.prefix(1)))
        }
        if line.hasPrefix("• ") { return (String(line.dropFirst(2)).trimmingSpaces(), "•") }
        var digits = 0
        while digits < utf8.count, (0x30...0x39).contains(utf8[digits]) { digits += 1 }
        if digits > 0, digits <= 3, digits + 1 < utf8.count,
            utf8[digits] == UInt8(ascii: ".") || utf8[digits] == UInt8(ascii: ")"), utf8[digits + 1] == 0x20
        {
            return (String(line.dropFirst(digits + 2)).trimmingSpaces(), String(line.prefix(digits + 1)))
        }
        return (String(line), nil)
    }

    /// How often each block's words occur in the page, set in place (a copy of the blocks
    /// would retain every string of every block).
    /// Returns each block's words: the content hash is read off the same scan.
    @discardableResult
    static func countOccurrences(_ blocks: inout [Block]) -> [[Word]] {
        // By index: `map` copied every block (and retained all its strings) to read its text.
        var keys: [UInt64] = []
        keys.reserveCapacity(blocks.count)
        var words: [[Word]] = []
        words.reserveCapacity(blocks.count)
        for index in blocks.indices {
            let scanned = WordScanner.scan(blocks[index].text)
            words.append(scanned.words)
            keys.append(scanned.contentHash)
        }
        // Counted over the sorted keys, each run of equal keys once: a dictionary hashed every
        // key again (SipHash) to insert it and to read it back.
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, keys[order[end]] == keys[order[start]] { end += 1 }
            for position in start..<end { blocks[order[position]].occurrences = end - start }
            start = end
        }
        return words
    }
}
