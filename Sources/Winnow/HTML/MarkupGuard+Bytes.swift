import Glibc

/// The markup guard's byte readers (tags, attributes, names, searches) and libxml2's element
/// tables it models, as name hashes.
extension MarkupScan {
    // MARK: Reading bytes

    struct TagShape {
        var end: Int
        var count: Int
        /// Where the last kept attribute ends, once there are more than the limit.
        var keptEnd: Int?
        var selfClosing: Bool
        /// Every attribute has a plain name and a closed value: the unread ones can go.
        var isPlain = false
    }

    /// The attributes the walk reads (`ReadAttribute`), as name hashes. Every other one
    /// (`data-*`, `srcset`, an SVG path's `d`: a fifth of a page's markup) is left out of what
    /// libxml2 parses.
    static let readAttributes = WordTable(set: ReadAttribute.allCases.map { hash($0.rawValue) })

    /// The attributes of a start tag from `from` up to and including its `>`. `unread` gets the
    /// attributes Winnow does not read, when every attribute of the tag has a plain name and a
    /// closed value (else it is left empty: an odd tag goes to libxml2 as it is).
    static func attributes(
        _ page: UnsafeBufferPointer<UInt8>, from: Int, keeping limit: Int, unread: inout [Range<Int>]
    ) -> TagShape {
        var index = from
        var shape = TagShape(end: page.count, count: 0, keptEnd: nil, selfClosing: false)
        let end = page.count
        unread.removeAll(keepingCapacity: true)
        var plain = true
        // `<br/>` and `<p x="1" />` close themselves; in `<div class=a/>` the slash is the value's.
        var slashSeparates = false
        while index < end {
            let byte = page[index]
            if byte == UInt8(ascii: ">") {
                shape.selfClosing = slashSeparates
                shape.end = index + 1
                // libxml2's blanks are space, tab, CR and LF: a form feed or vertical tab in a
                // tag is read otherwise by this scan, so such a tag is not plain.
                let tag = UnsafeBufferPointer(rebasing: page[from..<index])
                plain = plain && next(0x0C, in: tag, from: 0) == nil && next(0x0B, in: tag, from: 0) == nil
                shape.isPlain = plain
                if !plain { unread.removeAll(keepingCapacity: true) }
                return shape
            }
            let closesTag = { (at: Int) in
                page[at] == UInt8(ascii: "/") && at + 1 < end && page[at + 1] == UInt8(ascii: ">")
            }
            if isSpace(byte) || byte == UInt8(ascii: "/") {
                slashSeparates = byte == UInt8(ascii: "/")
                // libxml2 skips a stray `/` as a bogus attribute up to the next blank.
                if slashSeparates, !closesTag(index) { plain = false }
                index += 1
                continue
            }
            slashSeparates = false
            // A name, then an optional `= value`. libxml2 ends a name at `/>` (`<script async/>`).
            let nameStart = index
            while index < end, !isSpace(page[index]), page[index] != UInt8(ascii: ">"),
                page[index] != UInt8(ascii: "="), !closesTag(index)
            {
                index += 1
            }
            let (nameHash, nameEnd) = name(page, from: nameStart)
            // libxml2 reads a name as this scan does only when it starts with a letter and is short.
            plain = plain && nameEnd == index && isLetter(page[nameStart]) && index - nameStart <= 64
            var look = index
            while look < end, isSpace(page[look]) { look += 1 }
            if look < end, page[look] == UInt8(ascii: "=") {
                look += 1
                while look < end, isSpace(page[look]) { look += 1 }
                if look < end, page[look] == UInt8(ascii: "\"") || page[look] == UInt8(ascii: "'") {
                    let close = next(page[look], in: page, from: look + 1)
                    plain = plain && close != nil
                    look = (close ?? end - 1) + 1
                } else {
                    while look < end, !isSpace(page[look]), page[look] != UInt8(ascii: ">") { look += 1 }
                }
                index = look
            }
            shape.count += 1
            if shape.count == limit { shape.keptEnd = index }
            if plain, !readAttributes.contains(nameHash) {
                // With the space before it, or a flood of them would leave a flood of spaces.
                unread.append((isSpace(page[nameStart - 1]) ? nameStart - 1 : nameStart)..<index)
            }
        }
        unread.removeAll(keepingCapacity: true)
        return shape
    }

    /// A tag name's hash (lower-cased) and the index after it.
    static func name(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> (UInt64, Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = start
        while index < page.count,
            isNameByte(page[index]) || page[index] == UInt8(ascii: ":") || page[index] == UInt8(ascii: "_")
                || page[index] == UInt8(ascii: ".")
        {
            hash = (hash ^ UInt64(page[index] | 0x20)) &* 0x100_0000_01b3
            index += 1
        }
        return (hash, index)
    }

    /// The next `byte` at or after `start`, found with `memchr`.
    static func next(_ byte: UInt8, in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = page.baseAddress, start < page.count,
            let found = memchr(base + start, Int32(byte), page.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    static func find(
        _ page: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from start: Int, caseInsensitive: Bool = false
    ) -> Int? {
        needle.withUnsafeBufferPointer {
            UTF8Bytes.firstIndex(of: $0, in: page, from: start, caseInsensitive: caseInsensitive)
        }
    }

    /// Whether a `<script>` or `<style>` start tag may hold data Winnow reads (JSON-LD): any tag that names
    /// JSON, or spells an attribute with an entity, keeps its body.
    static func mayHoldData(_ page: UnsafeBufferPointer<UInt8>, tag: Range<Int>) -> Bool {
        let slice = UnsafeBufferPointer(rebasing: page[tag])
        return find(slice, Self.json, from: 0, caseInsensitive: true) != nil
            || next(UInt8(ascii: "&"), in: slice, from: 0) != nil
    }

    /// Where the text of the comment starting at `from` ends, and the index after its close:
    /// libxml2 2.9 ends a comment at `-->` or at `--!>`, whichever comes first.
    /// One forward search: looking for each ending apart read the rest of the page per comment.
    static func commentClose(_ page: UnsafeBufferPointer<UInt8>, from: Int) -> (Int, Int)? {
        var index = from
        while let dashes = find(page, commentDashes, from: index) {
            if dashes + 2 < page.count, page[dashes + 2] == UInt8(ascii: ">") { return (dashes, dashes + 3) }
            if dashes + 3 < page.count, page[dashes + 2] == UInt8(ascii: "!"), page[dashes + 3] == UInt8(ascii: ">") {
                return (dashes, dashes + 4)
            }
            index = dashes + 1
        }
        return nil
    }

    /// As many `\n` as `range` of the page holds (libxml2 counts lines by them).
    static func lineBreaks(in page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var count = 0
        var index = range.lowerBound
        while let found = next(0x0A, in: UnsafeBufferPointer(rebasing: page[..<range.upperBound]), from: index) {
            count += 1
            index = found + 1
        }
        return [UInt8](repeating: 0x0A, count: count)
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
    static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    // MARK: Element tables (as name hashes)

    static func hash(_ name: String) -> UInt64 {
        Array(name.utf8).withUnsafeBufferPointer { Self.name($0, from: 0).0 }
    }

    /// An empty comment: it ends a text node and nests nothing (`<wbr>` is a container in libxml2 2.9).
    static let textBreak = Array("<!---->".utf8)
    static let script = hash("script"), style = hash("style")
    static let json = Array("json".utf8)
    static let commentDashes = Array("--".utf8)
    static let scriptEnd = Array("</script".utf8), styleEnd = Array("</style".utf8)
    /// The elements libxml2 2.9.14 builds empty (its `empty` flag); `embed`, `source`, `track`
    /// and `wbr` are containers there and nest.
    ///
    /// These tables are `WordTable`s: the names are hashes already, and `Set` hashed them again
    /// for every tag of every page.
    static let voidElements = WordTable(
        set: [
            "area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link", "meta", "param",
        ]
        .map(hash))

    /// libxml2's end-tag priorities: an end tag does not close past an element with a higher one.
    static let endPriorities = WordTable<Int>([
        hash("div"): 150, hash("td"): 160, hash("th"): 160, hash("tr"): 170, hash("thead"): 180,
        hash("tbody"): 180, hash("tfoot"): 180, hash("table"): 190, hash("head"): 200, hash("body"): 200,
        hash("html"): 220,
    ])

    static func endPriority(_ name: UInt64) -> Int { endPriorities[name] ?? 100 }
    /// libxml2 keeps one of each and ignores repeats, so they never add depth.
    static let unnested = WordTable(set: ["html", "head", "body"].map(hash))
    /// Starting one of these closes an open `<p>`, as libxml2's auto-close table does.
    static let closesParagraph = WordTable(
        set: [
            "p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "form",
            "hr", "address", "section", "article", "aside", "header", "footer", "nav", "figure", "main", "fieldset",
        ].map(hash))
    static let paragraph = hash("p"), listItem = hash("li"), option = hash("option"), row = hash("tr")
    static let cells = WordTable(set: ["td", "th"].map(hash)), terms = WordTable(set: ["dt", "dd"].map(hash))

    /// True when starting `new` implicitly ends the open element `open`.
    static func closes(_ new: UInt64, _ open: UInt64) -> Bool {
        if open == paragraph { return closesParagraph.contains(new) }
        if open == listItem { return new == listItem }
        if open == option { return new == option }
        if cells.contains(open) { return cells.contains(new) || new == row }
        if terms.contains(open) { return terms.contains(new) }
        if open == row { return new == row }
        return false
    }
}
