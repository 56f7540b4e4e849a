import Foundation

/// Normalises a decoded text: line breaks, spaces, invisible characters and NFC.
///
/// Line count is preserved apart from CR/LF folding, so later stages can quote raw lines.
struct UnicodeCleaner: Sendable {
    /// `keepsSpacing` leaves runs of spaces and indentation alone, for preformatted text.
    func clean(_ text: String, keepsSpacing: Bool = false) -> (text: String, removedInvisibles: Int) {
        var text = text
        return text.withUTF8 { clean(utf8: $0, keepsSpacing: keepsSpacing) }
    }

    /// The same over bytes (valid UTF-8, as a `String` holds it), written straight into the
    /// result's storage: no scalar is ever longer cleaned than read (spaces, breaks and CR LF
    /// shrink, kept scalars are copied as they stand), so the input's length is enough room.
    func clean(utf8 bytes: UnsafeBufferPointer<UInt8>, keepsSpacing: Bool = false) -> (
        text: String, removedInvisibles: Int
    ) {
        var removed = 0
        var needsNFC = false
        let result = String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            var pendingSpace = false
            var atLineStart = true
            var previousWasCR = false
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                // Printable ASCII other than the space, the common case: copied by runs.
                if lead > 0x20 && lead < 0x7F {
                    if pendingSpace {
                        output[written] = 0x20
                        written += 1
                    }
                    pendingSpace = false
                    atLineStart = false
                    previousWasCR = false
                    repeat {
                        output[written] = bytes[index]
                        written += 1
                        index += 1
                    } while index < count && bytes[index] > 0x20 && bytes[index] < 0x7F
                    continue
                }
                // The space, the next most common byte, without the general path's tests.
                if lead == 0x20 {
                    previousWasCR = false
                    index += 1
                    if keepsSpacing {
                        output[written] = 0x20
                        written += 1
                    } else {
                        pendingSpace = !atLineStart
                    }
                    continue
                }
                var value = UInt32(lead)
                var length = 1
                if lead >= 0x80 {
                    guard let decoded = WordScanner.multibyteScalar(in: bytes, at: index) else { break }
                    (value, length) = decoded
                }
                let start = index
                index += length
                if value == 0x0A && previousWasCR {
                    previousWasCR = false
                    continue
                }
                previousWasCR = value == 0x0D
                if Self.isLineBreak(value) {
                    output[written] = 0x0A
                    written += 1
                    pendingSpace = false
                    atLineStart = true
                    continue
                }
                if Self.isSpace(value) {
                    if keepsSpacing {
                        output[written] = 0x20
                        written += 1
                        continue
                    }
                    pendingSpace = !atLineStart
                    continue
                }
                if Self.isInvisible(value) {
                    removed += 1
                    continue
                }
                if pendingSpace {
                    output[written] = 0x20
                    written += 1
                }
                pendingSpace = false
                atLineStart = false
                if value >= 0x300, Self.isCombining(value) { needsNFC = true }
                for offset in 0..<length { output[written + offset] = bytes[start + offset] }
                written += length
            }
            return written
        }
        return (needsNFC ? result.precomposedStringWithCanonicalMapping : result, removed)
    }

    private static func isLineBreak(_ value: UInt32) -> Bool {
        value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x0B || value == 0x0C
            || value == 0x85
    }

    /// Every kind of space folds to one ASCII space: tabs, NBSP, the typographic spaces, ideographic.
    private static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == 0xA0 || (0x2000...0x200A).contains(value)
            || value == 0x202F || value == 0x205F || value == 0x3000 || value == 0x1680
    }

    /// Controls, zero-width spaces, word joiners, soft hyphens and stray BOMs carry no text.
    /// ZWJ and ZWNJ stay: they change meaning in Persian, Indic scripts and emoji.
    private static func isInvisible(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x200B || value == 0x2060
            || value == 0xFEFF || value == 0xAD || (0x2061...0x2064).contains(value)
            || (0x200E...0x200F).contains(value) || (0x202A...0x202E).contains(value)
    }

    /// Combining marks and conjoining jamo: the only scalars NFC can change.
    private static func isCombining(_ value: UInt32) -> Bool {
        (0x300...0x36F).contains(value) || (0x1AB0...0x1AFF).contains(value)
            || (0x1DC0...0x1DFF).contains(value) || (0x20D0...0x20FF).contains(value)
            || (0xFE20...0xFE2F).contains(value) || (0x1100...0x11FF).contains(value)
            || (0x3099...0x309A).contains(value) || (0x0591...0x05C7).contains(value)
            || (0x064B...0x065F).contains(value) || (0x0900...0x0DFF).contains(value)
    }
}
