/// The Segment stage for text dumps: one block per non-empty line.
///
/// Blank lines are not blocks but start a new group; list markers are taken off the text and
/// recorded in the kind; repeated lines are counted across the whole document.
public struct Segmenter: Sendable {
    public init() {}

    public func segment(_ decoded: DecodedText) -> [Block] {
        let lines = decoded.text.utf8Lines()
        let rawLines = decoded.raw.utf8Lines()
        var blocks: [Block] = []
        var group = 0
        var previousWasBlank = false
        for (number, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                if !previousWasBlank, !blocks.isEmpty { group += 1 }
                previousWasBlank = true
                continue
            }
            previousWasBlank = false
            let (text, marker) = Self.stripListMarker(trimmed)
            guard !text.isEmpty else { continue }
            let raw = number < rawLines.count ? String(rawLines[number]) : String(line)
            blocks.append(
                Block(
                    index: blocks.count, text: text, raw: raw, kind: marker == nil ? .line : .listItem,
                    listMarker: marker, line: number + 1, group: group))
        }
        Self.countOccurrences(&blocks)
        return blocks
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
    static func countOccurrences(_ blocks: inout [Block]) {
        var counts: [UInt64: Int] = [:]
        // By index: `map` copied every block (and retained all its strings) to read its text.
        var keys: [UInt64] = []
        keys.reserveCapacity(blocks.count)
        for index in blocks.indices { keys.append(WordScanner.contentHash(blocks[index].text)) }
        for key in keys { counts[key, default: 0] += 1 }
        for index in blocks.indices { blocks[index].occurrences = counts[keys[index]] ?? 1 }
    }
}
