import Foundation

/// Turns a text dump's bytes into a Swift string: byte-order mark first, then UTF-8.
///
/// Invalid UTF-8 becomes U+FFFD and is counted, so a lossy decode is never silent.
struct CharsetDecoder: Sendable {
    func decode(_ bytes: [UInt8], declared: String?) -> (text: String, report: EncodingReport, replaced: Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes.dropFirst(3), EncodingReport(name: "utf-8", foundBy: "bom"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let isLittleEndian = bytes[0] == 0xFF
            return decodeUTF16(bytes.dropFirst(2), littleEndian: isLittleEndian)
        }
        let label = declared.map(Self.normalisedLabel)
        if let label, label == "utf-16le" || label == "utf-16be" {
            return decodeUTF16(bytes[...], littleEndian: label == "utf-16le")
        }
        let foundBy = label == "utf-8" ? "declared" : "default"
        return decodeUTF8(bytes[...], EncodingReport(name: "utf-8", foundBy: foundBy))
    }

    private func decodeUTF8(_ bytes: ArraySlice<UInt8>, _ report: EncodingReport)
        -> (text: String, report: EncodingReport, replaced: Int)
    {
        let text = String(decoding: bytes, as: UTF8.self)
        // Replacement characters already in the input are not decoding losses.
        let replaced = Self.countReplacements(in: text) - Self.countEncodedReplacements(in: bytes)
        return (text, report, max(0, replaced))
    }

    private func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool)
        -> (text: String, report: EncodingReport, replaced: Int)
    {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        let name = littleEndian ? "utf-16le" : "utf-16be"
        let oddByte = bytes.count % 2
        return (text, EncodingReport(name: name, foundBy: "bom"), Self.countReplacements(in: text) + oddByte)
    }

    /// Browser-style label clean-up: case, spaces and common aliases.
    static func normalisedLabel(_ label: String) -> String {
        let lowered = label.lowercased().trimmingCharacters(in: .whitespaces)
        switch lowered {
        case "utf8", "unicode-1-1-utf-8": return "utf-8"
        case "utf-16", "utf16le": return "utf-16le"
        case "utf16be": return "utf-16be"
        default: return lowered
        }
    }

    private static func countReplacements(in text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where scalar.value == 0xFFFD { count += 1 }
        return count
    }

    private static func countEncodedReplacements(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var index = bytes.startIndex
        while index + 2 < bytes.endIndex {
            if bytes[index] == 0xEF, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBD { count += 1 }
            index += 1
        }
        return count
    }
}
