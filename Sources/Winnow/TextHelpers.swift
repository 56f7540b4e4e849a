/// Small string helpers shared by the stages; ASCII fast paths where it matters.
extension StringProtocol {
    /// Without leading and trailing ASCII spaces.
    func trimmingSpaces() -> String {
        let string = String(self)
        let bytes = string.utf8
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
        var haystack = self, needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard !pin.isEmpty, pin.count <= hay.count else { return pin.isEmpty }
                let first = pin[0], last = hay.count - pin.count
                var start = 0
                while start <= last {
                    if hay[start] == first {
                        var offset = 1
                        while offset < pin.count, hay[start + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return true }
                    }
                    start += 1
                }
                return false
            }
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

    func utf8HasPrefix(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    func utf8HasSuffix(_ suffix: String) -> Bool { utf8.reversed().starts(with: suffix.utf8.reversed()) }

    /// The lines of the text, split at `\n` bytes; empty lines kept.
    func utf8Lines() -> [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                lines.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(self[start...])
        return lines
    }
}
