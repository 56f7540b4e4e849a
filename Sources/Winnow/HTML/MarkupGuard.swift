import Glibc

/// A byte scan over the page before libxml2 sees it, which defuses the shapes that make libxml2
/// lose content silently or run for minutes, and says what it changed.
///
/// Measured with libxml2 2.9.14: everything nested below depth 256 vanishes, a text node is cut
/// at 10,000,000 characters, and one element with 200,000 attributes takes ~400 s (quadratic).
/// `XML_PARSE_HUGE` would lift the first two but relaxes every other limit too. So instead:
/// markup deeper than `maxDepth` is flattened (its text stays, its tags go: `depth-limit`),
/// attributes past `maxAttributes` on one element are dropped (`attributes-dropped`), long text
/// runs get an empty comment every megabyte so no single text node reaches the cut (nothing is
/// lost), script and style bodies past 5 MB go (`script-dropped`), and a page that would build
/// more than `maxElements` elements is refused before it is parsed. Depth is modelled as libxml2
/// builds it: its empty elements, its implied ends, its end-tag priorities.
///
/// What nothing reads is also left out of the parse, silently: script and style bodies (but
/// JSON-LD), comments, and attributes the walk never asks for (`readAttributes`) on a plainly
/// written tag. On the development pages that is two thirds of the bytes libxml2 would read.
/// Their line breaks stay, so block lines still match the page. The scan copies the page only
/// when it changes something.
struct MarkupGuard {
    var limits: Limits

    struct Guarded {
        var utf8: [UInt8]
        var losses: [Loss]
    }

    /// A text run longer than this gets an empty comment; libxml2 cuts text nodes at 10,000,000 bytes.
    static let textRunBytes = 1_000_000
    /// A `<script>` or `<style>` body longer than this is dropped (it cannot be split like text).
    static let rawTextBytes = 5_000_000

    func guarded(_ bytes: [UInt8]) throws(CleanError) -> Guarded {
        var scan = Scan(bytes: bytes, limits: limits)
        let outcome = bytes.withUnsafeBufferPointer { scan.run($0) }
        if let elements = outcome {
            throw .tooManyElements(count: elements, limit: limits.maxElements)
        }
        var losses: [Loss] = []
        if scan.flattenedTags > 0 {
            losses.append(
                Loss(
                    code: .depthLimit,
                    message:
                        "markup nested deeper than \(limits.maxDepth) levels was flattened (\(scan.flattenedTags) tags); its text is kept (raise it with --max-depth)"
                ))
        }
        if scan.droppedAttributes > 0 {
            losses.append(
                Loss(
                    code: .attributesDropped,
                    message:
                        "\(scan.droppedAttributes) attributes past \(limits.maxAttributes) on one element were dropped (raise it with --max-attributes)"
                ))
        }
        if scan.droppedRawText > 0 {
            losses.append(
                Loss(
                    code: .scriptDropped,
                    message:
                        "\(scan.droppedRawText) bytes of <script>/<style> bodies over \(MarkupGuard.rawTextBytes) bytes each were dropped (no text; structured data in them is lost)"
                ))
        }
        return Guarded(utf8: scan.output.map { $0 + bytes[scan.copiedUpTo...] } ?? bytes, losses: losses)
    }
}

/// The scanner's state: the open elements (as name hashes), and the rewritten page once a change is made.
private struct Scan {
    let bytes: [UInt8]
    let limits: Limits
    var output: [UInt8]?
    var copiedUpTo = 0
    var flattenedTags = 0
    var droppedAttributes = 0
    var droppedRawText = 0
    /// Open elements, innermost last: the name's hash and whether its tags were dropped.
    var open: [(name: UInt64, dropped: Bool)] = []
    /// The current tag's unread attributes (kept between tags so it is allocated once).
    var unread: [Range<Int>] = []
    var elements = 0

    init(bytes: [UInt8], limits: Limits) {
        self.bytes = bytes
        self.limits = limits
    }

    /// Scans the page; returns the element count when it is over the limit, else nil.
    mutating func run(_ page: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var textRun = 0
        var entityBytes: Int?
        let end = page.count
        var nextTag = -1
        while index < end {
            let byte = page[index]
            if byte == UInt8(ascii: "<") {
                let (after, endsText) = tag(page, at: index)
                // A lone `<`, an end tag libxml2 ignores or a flattened tag leave the text node open.
                if endsText { textRun = 0 }
                entityBytes = nil  // `<` ends an entity in any case
                textRun += after - index
                index = after
                if elements > limits.maxElements { return elements }
                continue
            }
            // Text that cannot reach the split point before the next `<` is skipped in one step
            // (the next `<` is looked up once per stretch of text, not per byte).
            if nextTag < index { nextTag = Self.next(UInt8(ascii: "<"), in: page, from: index) ?? end }
            if textRun + (nextTag - index) < MarkupGuard.textRunBytes {
                textRun += nextTag - index
                index = nextTag
                entityBytes = nil
                continue
            }
            textRun += 1
            if byte == UInt8(ascii: "&") {
                entityBytes = 0
            } else if let count = entityBytes {
                // An entity is a name or number of a few bytes; past 32 it is text after all.
                let inName = Self.isNameByte(byte) || byte == UInt8(ascii: "#")
                entityBytes = inName && count < 32 ? count + 1 : nil
            }
            // Split at a space, or anywhere outside an entity and a UTF-8 sequence after 64 KB more.
            if textRun >= MarkupGuard.textRunBytes, entityBytes == nil, byte & 0xC0 != 0x80,
                byte == 0x20 || textRun >= MarkupGuard.textRunBytes + 65_536
            {
                replace(index..<index, with: Self.textBreak)
                textRun = 0
            }
            index += 1
        }
        return nil
    }

    /// Reads the construct starting with `<` at `start`; returns the index after it, and whether
    /// libxml2 ends the current text node there (a node of its own: element, comment, end tag).
    private mutating func tag(_ page: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, Bool) {
        let end = page.count
        let next = start + 1 < end ? page[start + 1] : 0
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            if start + 3 < end, page[start + 2] == UInt8(ascii: "-"), page[start + 3] == UInt8(ascii: "-") {
                guard let (textEnd, close) = Self.commentClose(page, from: start + 4) else { return (end, true) }
                // A closed comment's text goes; an empty comment stays in its place, so the bytes
                // on both sides are not joined (`&amp<!-- -->;` is no entity, `<<!-- -->p>` no tag).
                replace(start + 4..<textEnd, with: Self.lineBreaks(in: page, start + 4..<textEnd))
                return (close, true)
            }
            return (Self.next(UInt8(ascii: ">"), in: page, from: start + 2).map { $0 + 1 } ?? end, true)
        }
        if next == UInt8(ascii: "/") {
            guard start + 2 < end, Self.isLetter(page[start + 2]) else { return (start + 1, false) }
            let (name, afterName) = Self.name(page, from: start + 2)
            let close = Self.next(UInt8(ascii: ">"), in: page, from: afterName).map { $0 + 1 } ?? end
            return (close, closeElement(name, tag: start..<close))
        }
        guard Self.isLetter(next) else { return (start + 1, false) }
        let (name, afterName) = Self.name(page, from: start + 1)
        let shape = Self.attributes(page, from: afterName, keeping: limits.maxAttributes, unread: &unread)
        let nests = !(Self.voidElements.contains(name) || shape.selfClosing) && !Self.unnested.contains(name)
        if nests {
            while let top = open.last, Self.closes(name, top.name) { open.removeLast() }
        }
        // Script and style are never flattened: their body would be parsed as markup. They hold
        // one text node, so they add one level at most.
        // A self-closed `<script/>` has no body: libxml2 ends it at its `/>`.
        let isRawText = (name == Self.script || name == Self.style) && !shape.selfClosing
        let dropped = nests && !isRawText && open.count >= limits.maxDepth
        if dropped {
            flattenedTags += 1
            replace(start..<shape.end, with: [])
        } else if shape.isPlain {
            // Unread attributes go without a word: nothing Winnow reports comes from them.
            // Their line breaks stay, so the lines that blocks report still match the page.
            // What is left has a handful of names at most, so no flood of them is slow.
            // A space stays where the next attribute (or a `/>` after an unquoted value) would
            // otherwise join what came before.
            for range in unread {
                let breaks = Self.lineBreaks(in: page, range)
                let after = page[range.upperBound]
                let joins = !Self.isSpace(after) && after != UInt8(ascii: ">")
                replace(range, with: breaks.isEmpty && joins ? [0x20] : breaks)
            }
        } else if shape.count > limits.maxAttributes, let keptEnd = shape.keptEnd {
            droppedAttributes += shape.count - limits.maxAttributes
            replace(keptEnd..<(shape.end - 1), with: shape.selfClosing ? [UInt8(ascii: "/")] : [])
        }
        if nests { open.append((name, dropped)) }
        // Flattened tags build no node, so only the others count towards the tree's size.
        if !dropped { elements += 1 }
        if isRawText {
            let closing = name == Self.script ? Self.scriptEnd : Self.styleEnd
            let bodyEnd = Self.find(page, closing, from: shape.end, caseInsensitive: true) ?? end
            // A body past libxml2's text-node cut would end the parse with it: it is no article
            // text, so it goes, and the loss is named (JSON-LD in it is lost with it).
            if bodyEnd - shape.end > MarkupGuard.rawTextBytes {
                droppedRawText += bodyEnd - shape.end
                replace(shape.end..<bodyEnd, with: [])
            } else if bodyEnd > shape.end, !Self.mayHoldData(page, tag: start..<shape.end) {
                // Code and style sheets are never article text and nothing reads them, yet they
                // are half the bytes of a news page; libxml2 need not copy them into the tree.
                // Their line breaks stay, so the lines that blocks report still match the page.
                replace(shape.end..<bodyEnd, with: Self.lineBreaks(in: page, shape.end..<bodyEnd))
            }
            return (bodyEnd, true)
        }
        return (shape.end, !dropped)
    }

    /// An end tag: closes the nearest open element of that name (and everything inside it), as
    /// libxml2 does: not past an element with a higher end priority (`</div>` does not close a
    /// `<td>`), and not when none is open. The tag goes too when its start tag was flattened.
    /// Returns whether it ended an element that libxml2 built.
    private mutating func closeElement(_ name: UInt64, tag: Range<Int>) -> Bool {
        let priority = Self.endPriority(name)
        var position = open.count - 1
        // Looking 1,024 deep at most keeps this linear; libxml2 ignores what it cannot match.
        while position >= max(0, open.count - 1_024), open[position].name != name {
            if Self.endPriority(open[position].name) > priority { return false }
            position -= 1
        }
        guard position >= 0, position >= open.count - 1_024 else { return false }
        let dropped = open[position].dropped
        if dropped {
            flattenedTags += 1
            replace(tag, with: [])
        }
        open.removeSubrange(position...)
        return !dropped
    }

    /// Writes `replacement` in place of `range` of the page (copying the page on the first change).
    private mutating func replace(_ range: Range<Int>, with replacement: [UInt8]) {
        if output == nil { output = []; output?.reserveCapacity(bytes.count + 1_024) }
        output?.append(contentsOf: bytes[copiedUpTo..<range.lowerBound])
        output?.append(contentsOf: replacement)
        copiedUpTo = range.upperBound
    }

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

    /// The attributes Winnow reads (`ElementAttributes`, the walk's `<img>`, `<meta>`, `<link>`,
    /// `<script>`, `<html>` and `<time>`), as name hashes. Every other one (`data-*`, `srcset`,
    /// an SVG path's `d`: a fifth of a page's markup) is left out of what libxml2 parses.
    static let readAttributes = WordTable(
        set: [
            "class", "id", "itemprop", "hidden", "aria-hidden", "style", "href", "rel", "start", "alt", "src",
            "data-src", "type", "lang", "datetime", "property", "name", "content",
        ].map(hash))

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
