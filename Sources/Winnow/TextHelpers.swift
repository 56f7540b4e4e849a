import Foundation

/// Small string helpers shared by the stages; ASCII fast paths where it matters.
extension StringProtocol {
    /// Without leading and trailing ASCII spaces.
    ///
    /// Most text has none, and is then copied once instead of twice.
    func trimmingSpaces() -> String {
        let string = String(self)
        let bytes = string.utf8
        if let first = bytes.first, first != 0x20, bytes.last != 0x20 { return string }
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }),
            let last = bytes.lastIndex(where: { $0 != 0x20 })
        else { return "" }
        return String(string[first...last])
    }

}

/// Byte-level searches: `String.contains` and `hasPrefix` go through Unicode-aware comparison
/// (and Foundation for `contains`), which profiling showed on the hot path.
extension String {
    func utf8Contains(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pin in
            pin.isEmpty || UTF8Bytes.with(self) { UTF8Bytes.firstIndex(of: pin, in: $0) != nil }
        }
    }

    /// Without leading and trailing blank lines.
    func trimmingNewlines() -> String {
        let string = String(self)
        let bytes = string.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x0A && $0 != 0x20 }),
            let last = bytes.lastIndex(where: { $0 != 0x0A && $0 != 0x20 })
        else { return "" }
        var start = first
        while start > bytes.startIndex, bytes[bytes.index(before: start)] == 0x20 { start = bytes.index(before: start) }
        return String(string[start...last])
    }

    /// One comparison of contiguous bytes: the generic `utf8.starts(with:)` it replaces walked
    /// both views byte by byte and showed in profiles of the shape matcher.
    func utf8HasPrefix(_ prefix: String) -> Bool { utf8Matches(prefix, atEnd: false) }

    func utf8HasSuffix(_ suffix: String) -> Bool { utf8Matches(suffix, atEnd: true) }

    /// Whether `other`'s bytes stand at the start (or the end) of these, by one `memcmp`.
    private func utf8Matches(_ other: String, atEnd: Bool) -> Bool {
        guard other.utf8.count <= utf8.count else { return false }
        var text = self, other = other
        return text.withUTF8 { bytes in
            other.withUTF8 { pin in
                guard let start = bytes.baseAddress, let needle = pin.baseAddress else { return true }  // empty
                return memcmp(start + (atEnd ? bytes.count - pin.count : 0), needle, pin.count) == 0
            }
        }
    }

    /// The lines of the text, split at `\n` bytes; empty lines kept.
    ///
    /// Scans the contiguous bytes and makes each line's bounds by offset, which is O(1) on
    /// native strings: stepping `utf8` indexes one by one cost more than the rest of the split.
    func utf8Lines() -> [Substring] {
        var text = self
        let breaks: [Int] = text.withUTF8 { bytes in
            var offsets: [Int] = []
            guard let base = bytes.baseAddress else { return offsets }
            var start = 0
            while start < bytes.count, let hit = memchr(base + start, 0x0A, bytes.count - start) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                offsets.append(offset)
                start = offset + 1
            }
            return offsets
        }
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = text.startIndex
        for offset in breaks {
            let end = text.utf8.index(text.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = text.utf8.index(after: end)
        }
        lines.append(text[start...])
        return lines
    }
}

/// Byte-level helpers over a string's UTF-8 or a byte buffer, for the hot paths that must not
/// build or bridge a `String`.
enum UTF8Bytes {
    /// True when `text` contains `needle` (UTF-8 bytes, not empty).
    static func find(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.withUnsafeBufferPointer { firstIndex(of: $0, in: text) != nil }
    }

    /// Where `needle` (not empty) first stands in `text` at or after `start`: candidates found
    /// by `memchr` on its first byte. `caseInsensitive` matches the bytes after the first with
    /// ASCII letters folded (`needle` lowercase), as end tags are found (`</SCRIPT`).
    static func firstIndex(
        of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int = 0,
        caseInsensitive: Bool = false
    ) -> Int? {
        guard let first = needle.first, needle.count <= text.count, let base = text.baseAddress else { return nil }
        let last = text.count - needle.count
        var index = start
        while index <= last, let hit = memchr(base + index, Int32(first), last - index + 1) {
            index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var offset = 1
            while offset < needle.count,
                caseInsensitive ? text[index + offset] | 0x20 == needle[offset] : text[index + offset] == needle[offset]
            {
                offset += 1
            }
            if offset == needle.count { return index }
            index += 1
        }
        return nil
    }

    /// The string's contiguous UTF-8, copied only when the string is not native.
    @inline(__always)
    static func with<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// True when `phrase` stands in `text` at `start`.
    @inline(__always)
    static func matches(_ phrase: [UInt8], _ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + phrase.count <= text.count else { return false }
        for offset in 0..<phrase.count where text[start + offset] != phrase[offset] { return false }
        return true
    }
}
