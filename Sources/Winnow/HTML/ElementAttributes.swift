import CLibXML2

/// The attributes the walk reads from every element, found in one pass over the element's
/// attribute list: asking `XMLNodes.attribute` for each walked the list again, comparing
/// every name, six times per element.
struct ElementAttributes {
    var `class`: XMLNodes.FoundAttribute?
    var id: XMLNodes.FoundAttribute?
    var itemprop: XMLNodes.FoundAttribute?
    var hidden: XMLNodes.FoundAttribute?
    var ariaHidden: XMLNodes.FoundAttribute?
    var style: XMLNodes.FoundAttribute?
    /// Read on links only.
    var href: XMLNodes.FoundAttribute?
    var rel: XMLNodes.FoundAttribute?
    /// Read on `<ol>` only.
    var start: XMLNodes.FoundAttribute?

    /// The first attribute of each name counts, as `XMLNodes.attribute` finds it.
    init(_ node: xmlNodePtr, isLink: Bool, isOrderedList: Bool) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name else { continue }
            let found = XMLNodes.found(current)
            let named = { (expected: ReadAttribute) in XMLNodes.isNamed(name, expected.rawValue) }
            switch name[0] | 0x20 {
            case UInt8(ascii: "c") where `class` == nil && named(.class): `class` = found
            case UInt8(ascii: "i") where id == nil && named(.id): id = found
            case UInt8(ascii: "i") where itemprop == nil && named(.itemprop): itemprop = found
            case UInt8(ascii: "h") where hidden == nil && named(.hidden): hidden = found
            case UInt8(ascii: "h") where isLink && href == nil && named(.href): href = found
            case UInt8(ascii: "a") where ariaHidden == nil && named(.ariaHidden): ariaHidden = found
            case UInt8(ascii: "s") where style == nil && named(.style): style = found
            case UInt8(ascii: "s") where isOrderedList && start == nil && named(.start): start = found
            case UInt8(ascii: "r") where isLink && rel == nil && named(.rel): rel = found
            default: break
            }
        }
    }

    /// An attribute's value as a string: "" when present without one, nil when absent.
    func string(_ attribute: XMLNodes.FoundAttribute?) -> String? {
        guard let attribute else { return nil }
        return attribute.value.map { String(cString: $0) } ?? ""
    }

    // MARK: What the walk asks

    /// `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`.
    var isHidden: Bool {
        if hidden != nil { return true }
        if let value = ariaHidden?.value, Self.lowercased(value, droppingSpaces: false) == Array("true".utf8) {
            return true
        }
        guard let style = style?.value else { return false }
        let compact = Self.lowercased(style, droppingSpaces: true)
        // A byte search: Foundation's `firstRange(of:)` cost as much as the rest of the walk's element.
        return compact.withUnsafeBufferPointer {
            UTF8Bytes.find(Self.displayNone, in: $0) || UTF8Bytes.find(Self.visibilityHidden, in: $0)
        }
    }

    static let displayNone = Array("display:none".utf8), visibilityHidden = Array("visibility:hidden".utf8)

    /// An attribute value's bytes with ASCII letters lower-cased, and without spaces for CSS.
    private static func lowercased(_ value: UnsafePointer<xmlChar>, droppingSpaces: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = 0
        while value[index] != 0 {
            let byte = value[index]
            if byte != 0x20 || !droppingSpaces { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            index += 1
        }
        return bytes
    }

    /// The words of `class` and `id` as word hashes (`ClassHints.token`), folded as the phrase
    /// tables are (`Main_Nav-2` gives `main`, `nav`), at most 12, each of two characters or more.
    func hintTokens() -> [UInt64] {
        guard `class`?.value != nil || id?.value != nil else { return [] }
        // Collected on the stack, then copied once: appending to an empty array allocated at
        // every growth (1, 2, 4, ... tokens) for every element with a class.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.maxTokens) { buffer in
            var count = 0
            // Two named passes, not a loop over `[class, id]`: that array was allocated per element.
            if let value = `class`?.value { Self.appendTokens(value, to: buffer, count: &count) }
            if count < Self.maxTokens, let value = id?.value { Self.appendTokens(value, to: buffer, count: &count) }
            return Array(buffer[0..<count])
        }
    }

    /// Class and id words read per element; names past these describe little.
    static let maxTokens = 12

    private static func appendTokens(
        _ value: UnsafePointer<xmlChar>, to buffer: UnsafeMutableBufferPointer<UInt64>, count: inout Int
    ) {
        guard value[0] != 0, !appendASCIIWords(value, to: buffer, count: &count) else { return }
        // Not ASCII: the general folding (letters of every script, case and marks).
        for token in WordScanner.folded(String(cString: value)).split(separator: " ")
        where token.count >= 2 && count < maxTokens {
            buffer[count] = WordScanner.hash(of: token)
            count += 1
        }
    }

    /// Runs of ASCII letters and digits, hashed lower-cased as `WordScanner` hashes words, up
    /// to `maxTokens`; false (and nothing kept) when the value has a byte outside ASCII.
    private static func appendASCIIWords(
        _ value: UnsafePointer<xmlChar>, to buffer: UnsafeMutableBufferPointer<UInt64>, count: inout Int
    ) -> Bool {
        let before = count
        var index = 0, start = 0
        while true {
            let byte = value[index]
            if byte >= 0x80 {
                count = before
                return false
            }
            let isWord = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            if !isWord {
                if index - start >= 2, count < maxTokens {
                    buffer[count] = WordScanner.hashASCII(value, start..<index)
                    count += 1
                }
                start = index + 1
            }
            if byte == 0 { return true }
            index += 1
        }
    }
}
