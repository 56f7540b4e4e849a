import Foundation

/// Splits a page title into the headline and the site name it carries: "Headline - WSJ".
enum TitleCleaner {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · "]

    static func split(_ title: String?) -> (title: String?, site: String?) {
        guard let title else { return (nil, nil) }
        let isASCII = title.utf8.allSatisfy { $0 < 0x80 }
        for separator in separators {
            guard
                let range = isASCII
                    ? lastASCIIRange(of: separator, in: title) : title.range(of: separator, options: .backwards)
            else { continue }
            let site = title[range.upperBound...].trimmingSpaces()
            let words = site.split(separator: " ")
            // A site name is short and capitalised; a headline's second half is not.
            guard (1...4).contains(words.count), site.count <= 30,
                words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || $0.contains(".") })
            else { continue }
            return (String(title[..<range.lowerBound]).trimmingSpaces(), site)
        }
        return (title, nil)
    }

    /// Foundation's backwards search for an ASCII title, by bytes: ASCII text is canonically
    /// equivalent only to itself, so the answer is the last byte match, and no match for a
    /// separator outside ASCII. Foundation bridged the title to search it, on every page.
    static func lastASCIIRange(of separator: String, in title: String) -> Range<String.Index>? {
        let needle = Array(separator.utf8), bytes = Array(title.utf8)
        guard needle.allSatisfy({ $0 < 0x80 }), needle.count <= bytes.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1)
        where bytes[start..<(start + needle.count)].elementsEqual(needle) {
            let lower = title.utf8.index(title.startIndex, offsetBy: start)
            return lower..<title.utf8.index(lower, offsetBy: needle.count)
        }
        return nil
    }
}

/// A source named next to a date: "CNN a day ago" gives "CNN".
enum SourceName {
    static func leftover(in text: String, around date: String) -> String? {
        guard let range = text.range(of: date, options: .caseInsensitive) else { return nil }
        var rest = (text[..<range.lowerBound] + " " + text[range.upperBound...]).trimmingSpaces()
        for label in ["time", "updated", "published", "posted", "•", "·", "|", "-"]
        where rest.lowercased().hasSuffix(label) {
            rest = String(rest.dropLast(label.count)).trimmingSpaces()
        }
        let words = rest.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return rest
    }
}

/// "ISLAMABAD (PEN) : ..." or "WASHINGTON (AP) — ...": the place and the agency opening a story.
enum Dateline {
    /// The place, the agency if named, and the text after the separator.
    static func parse(_ text: String) -> (place: String, source: String?, rest: String)? {
        // A byte scan first: most blocks have no colon or dash in their first 60 characters
        // (at most 240 bytes), or a lowercase letter before it, and comparing Characters one by
        // one is slow.
        guard UTF8Bytes.with(text, { Self.mayOpenDateline(UnsafeBufferPointer(rebasing: $0.prefix(240))) })
        else { return nil }
        let head = text.prefix(60)
        guard let separator = head.firstIndex(where: { $0 == ":" || $0 == "—" || $0 == "–" }) else { return nil }
        var lead = head[..<separator].trimmingSpaces()
        if lead.hasSuffix(" -") { lead = String(lead.dropLast(2)) }
        var source: String?
        if lead.hasSuffix(")"), let open = lead.lastIndex(of: "(") {
            source = String(lead[lead.index(after: open)..<lead.index(before: lead.endIndex)])
            lead = lead[..<open].trimmingSpaces()
        }
        let letters = lead.filter(\.isLetter)
        guard letters.count >= 3, lead.count <= 40, letters.allSatisfy(\.isUppercase) else { return nil }
        let place = lead.split(separator: ",").first.map { String($0).trimmingSpaces() } ?? lead
        return (place, source, String(text[text.index(after: separator)...]).trimmingSpaces())
    }

    /// True when the bytes hold a colon, an em dash or an en dash (U+2014, U+2013: E2 80 94/93)
    /// with no ASCII lowercase letter before it outside a parenthesis: such a letter stays in
    /// the place, which must be all capitals (only a trailing "(agency)" is taken off it).
    private static func mayOpenDateline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        var inParenthesis = false
        for byte in bytes {
            if byte == UInt8(ascii: ":") { return true }
            if previous == (0xE2, 0x80), byte == 0x93 || byte == 0x94 { return true }
            if byte == UInt8(ascii: "(") { inParenthesis = true }
            // A parenthesis is never closed here, so a lowercase letter before one settles it:
            // most blocks answer within their first word.
            if !inParenthesis, byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { return false }
            previous = (previous.1, byte)
        }
        return false
    }
}
