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
        var scan = MarkupScan(bytes: bytes, limits: limits)
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
struct MarkupScan {
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
            dropUnreadAttributes(page)
        } else if shape.count > limits.maxAttributes, let keptEnd = shape.keptEnd {
            droppedAttributes += shape.count - limits.maxAttributes
            replace(keptEnd..<(shape.end - 1), with: shape.selfClosing ? [UInt8(ascii: "/")] : [])
        }
        if nests { open.append((name, dropped)) }
        // Flattened tags build no node, so only the others count towards the tree's size.
        if !dropped { elements += 1 }
        if isRawText { return (rawTextBody(page, of: name, tag: start..<shape.end), true) }
        return (shape.end, !dropped)
    }

    /// Unread attributes go without a word: nothing Winnow reports comes from them. Their line
    /// breaks stay, so the lines that blocks report still match the page; what is left has a
    /// handful of names at most, so no flood of them is slow. A space stays where the next
    /// attribute (or a `/>` after an unquoted value) would otherwise join what came before.
    private mutating func dropUnreadAttributes(_ page: UnsafeBufferPointer<UInt8>) {
        for range in unread {
            let breaks = Self.lineBreaks(in: page, range)
            let after = page[range.upperBound]
            let joins = !Self.isSpace(after) && after != UInt8(ascii: ">")
            replace(range, with: breaks.isEmpty && joins ? [0x20] : breaks)
        }
    }

    /// A `<script>` or `<style>` body, from the end of its start `tag` to its end tag; returns
    /// where the body ends.
    private mutating func rawTextBody(_ page: UnsafeBufferPointer<UInt8>, of name: UInt64, tag: Range<Int>) -> Int {
        let closing = name == Self.script ? Self.scriptEnd : Self.styleEnd
        let bodyEnd = Self.find(page, closing, from: tag.upperBound, caseInsensitive: true) ?? page.count
        let body = tag.upperBound..<bodyEnd
        // A body past libxml2's text-node cut would end the parse with it: it is no article
        // text, so it goes, and the loss is named (JSON-LD in it is lost with it).
        if body.count > MarkupGuard.rawTextBytes {
            droppedRawText += body.count
            replace(body, with: [])
        } else if !body.isEmpty, !Self.mayHoldData(page, tag: tag) {
            // Code and style sheets are never article text and nothing reads them, yet they
            // are half the bytes of a news page; libxml2 need not copy them into the tree.
            // Their line breaks stay, so the lines that blocks report still match the page.
            replace(body, with: Self.lineBreaks(in: page, body))
        }
        return bodyEnd
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

}
