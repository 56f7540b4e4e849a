import CLibXML2

/// The Segment stage for HTML: one iterative walk over the DOM (no recursion, so no depth limit)
/// that turns block-level elements into blocks with their DOM features, and reads the page's
/// head on the way.
struct DOMSegmenter {
    func segment(_ document: HTMLDocument) -> (blocks: [Block], head: PageHead) {
        var walk = DOMWalk()
        var node = document.firstNode
        while let current = node {
            if walk.enter(current), let child = current.pointee.children {
                node = child
                continue
            }
            // Leave this node and every ancestor that has no next sibling.
            var leaving: xmlNodePtr? = current
            node = nil
            while let left = leaving, !document.isDocument(left) {
                walk.leave(left)
                if let next = left.pointee.next {
                    node = next
                    break
                }
                leaving = left.pointee.parent
            }
        }
        walk.flush(closing: nil)
        return (Segmenter.countingOccurrences(walk.blocks), walk.head)
    }
}

/// The walk's state: the open elements, the text of the block being built, the head facts.
private struct DOMWalk {
    struct Frame {
        var node: xmlNodePtr
        var tag: String
        var id: Int32
        var isBlock: Bool
        var containers: Containers
        var hints: [String]
        var isHidden: Bool
        var kind: BlockKind?
        var headingLevel: Int?
        var href: String?
        var nextOrdinal: Int?
    }

    var blocks: [Block] = []
    var head = PageHead()
    private var frames: [Frame] = []
    private var nextID: Int32 = 0
    private var text: [UInt8] = []
    private var linked: [UInt8] = []
    private var linkCharacters = 0
    private var images: [BlockImage] = []
    private var pendingSpace = false
    private var lineBreaks = 0
    private var rowCells: [String]?
    private var rowIsComplex = false
    private var line = 0

    // MARK: Entering and leaving nodes

    /// Handles a node on the way down; true to walk into its children.
    mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content, collectsText { append(content) }
            return false
        case XML_ELEMENT_NODE:
            return enterElement(node)
        default:
            return false  // comments, processing instructions, DTD nodes
        }
    }

    mutating func leave(_ node: xmlNodePtr) {
        guard let frame = frames.last, frame.node == node else { return }
        frames.removeLast()
        switch frame.tag {
        case "a":
            if let href = frame.href, !href.isEmpty { linked += Array("](\(href))".utf8) }
        case "td", "th":
            if rowCells != nil, !rowIsComplex {
                let cell = takeText()
                rowCells?.append(cell)
                return
            }
        case "tr":
            if let cells = rowCells, !rowIsComplex {
                emitRow(cells, frame: frame)
                rowCells = nil
                return
            }
            rowCells = nil
            rowIsComplex = false
        default: break
        }
        if frame.isBlock { flush(closing: frame) }
    }

    private mutating func enterElement(_ node: xmlNodePtr) -> Bool {
        let tag = XMLNodes.name(node)
        lineBreaks = tag == "br" ? lineBreaks + 1 : 0
        if let handled = enterSpecial(node, tag) { return handled }
        let isBlock = HTMLTags.blockLevel.contains(tag)
        if isBlock {
            if rowCells != nil, !rowIsComplex, !HTMLTags.tableParts.contains(tag) { startComplexRow() }
            flush(closing: nil)
        }
        if tag == "tr" {
            flush(closing: nil)
            rowCells = []
            rowIsComplex = false
        }
        var frame = Frame(
            node: node, tag: tag, id: nextID, isBlock: isBlock, containers: HTMLTags.containers[tag] ?? [],
            hints: Self.hintTokens(node), isHidden: Self.isHidden(node), kind: HTMLTags.kinds[tag],
            headingLevel: HTMLTags.headingLevel(tag), href: nil, nextOrdinal: nil)
        nextID += 1
        if tag == "a" {
            frame.href = XMLNodes.attribute(node, "href")
            if XMLNodes.attribute(node, "rel")?.lowercased().split(separator: " ").contains("author") == true {
                let name = Self.textContent(node)
                if !name.isEmpty, !head.authorLinks.contains(name) { head.authorLinks.append(name) }
            }
            frame.containers.insert(.link)
            if let href = frame.href, !href.isEmpty { appendMarkup("[") }
        }
        if tag == "ol" { frame.nextOrdinal = Int(XMLNodes.attribute(node, "start") ?? "") ?? 1 }
        if frames.isEmpty || isBlock { line = Int(node.pointee.line) }
        frames.append(frame)
        return true
    }

    /// Elements that are not walked into as text: returns whether to descend, or nil when the
    /// element is an ordinary one.
    private mutating func enterSpecial(_ node: xmlNodePtr, _ tag: String) -> Bool? {
        switch tag {
        case "br":
            if lineBreaks >= 2 { flush(closing: nil) } else { pendingSpace = true }
            return false
        case "hr":
            flush(closing: nil)
            return false
        case "img":
            let alt = XMLNodes.attribute(node, "alt") ?? ""
            let source = XMLNodes.attribute(node, "src") ?? XMLNodes.attribute(node, "data-src") ?? ""
            if collectsText, !source.isEmpty { images.append(BlockImage(alt: alt, source: source)) }
            return false
        case "meta":
            readMeta(node)
            return false
        case "link":
            if XMLNodes.attribute(node, "rel")?.lowercased() == "canonical" {
                head.canonicalURL = head.canonicalURL ?? XMLNodes.attribute(node, "href")
            }
            return false
        case "title":
            if head.title == nil, frames.contains(where: { $0.tag == "head" }) || blocks.isEmpty {
                head.title = Self.textContent(node)
                return false
            }
            return nil
        case "script":
            if XMLNodes.attribute(node, "type")?.lowercased().contains("ld+json") == true {
                head.jsonLD.append(Self.textContent(node))
            }
            return false
        case "html":
            head.language = head.language ?? XMLNodes.attribute(node, "lang")
            return nil
        case "time":
            head.timeDatetime = head.timeDatetime ?? XMLNodes.attribute(node, "datetime")
            return nil
        default:
            return HTMLTags.skipped.contains(tag) ? false : nil
        }
    }

    private mutating func readMeta(_ node: xmlNodePtr) {
        guard
            let key =
                (XMLNodes.attribute(node, "property") ?? XMLNodes.attribute(node, "name")
                ?? XMLNodes.attribute(node, "itemprop"))?.lowercased(),
            let content = XMLNodes.attribute(node, "content"), !content.isEmpty
        else { return }
        if head.meta[key] == nil { head.meta[key] = content }
    }

    // MARK: Text

    /// Text is collected outside `<head>`.
    private var collectsText: Bool { !frames.contains { $0.tag == "head" } }

    private var isPreformatted: Bool { frames.contains { $0.tag == "pre" } }

    private var isInLink: Bool { frames.contains { $0.href != nil } }

    private mutating func append(_ content: UnsafeMutablePointer<xmlChar>) {
        let preformatted = isPreformatted, inLink = isInLink
        var index = 0
        while content[index] != 0 {
            let byte = content[index]
            index += 1
            if preformatted {
                if byte == 0x0D { continue }
                text.append(byte)
                linked.append(byte)
                pendingSpace = false
                continue
            }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                continue
            }
            if pendingSpace, !text.isEmpty {
                text.append(0x20)
                linked.append(0x20)
            }
            pendingSpace = false
            text.append(byte)
            linked.append(byte)
            if inLink, byte & 0xC0 != 0x80 { linkCharacters += 1 }
        }
    }

    /// Markdown punctuation for links, kept out of the plain text.
    private mutating func appendMarkup(_ markup: String) {
        if pendingSpace, !text.isEmpty {
            text.append(0x20)
            linked.append(0x20)
            pendingSpace = false
        }
        linked += Array(markup.utf8)
    }

    /// The block's text, cleaned; `keepsSpacing` for a `<pre>` (which may already be closed).
    private mutating func takeText(keepsSpacing: Bool = false) -> String {
        let raw = String(decoding: text, as: UTF8.self)
        let taken =
            keepsSpacing || isPreformatted
            ? UnicodeCleaner().clean(raw, keepsSpacing: true).text.trimmingNewlines()
            : UnicodeCleaner().clean(raw).text.trimmingSpaces()
        text.removeAll(keepingCapacity: true)
        linked.removeAll(keepingCapacity: true)
        pendingSpace = false
        return taken
    }

    // MARK: Blocks

    /// Ends the block being built. `closing` is the block element being left, if any.
    mutating func flush(closing: Frame?) {
        let hasLinks = linkCharacters > 0
        let linkedText =
            hasLinks ? UnicodeCleaner().clean(String(decoding: linked, as: UTF8.self)).text.trimmingSpaces() : nil
        let links = linkCharacters
        let blockImages = images
        linkCharacters = 0
        images = []
        let cleaned = takeText(keepsSpacing: closing?.tag == "pre")
        guard !cleaned.isEmpty else { return }
        let stack = closing.map { frames + [$0] } ?? frames
        let (kind, marker) = Self.kind(in: stack, frames: &frames)
        var block = Block(
            index: blocks.count, text: cleaned, raw: cleaned, kind: kind, listMarker: marker, line: line,
            group: blocks.count)
        block.dom = Self.features(stack, linkCharacters: links)
        block.linkedText = linkedText
        block.images = blockImages
        blocks.append(block)
    }

    private mutating func startComplexRow() {
        if let cells = rowCells, let row = frames.last(where: { $0.tag == "tr" }) {
            let partial = cells + [takeText()]
            emitRow(partial, frame: row)
        }
        rowIsComplex = true
    }

    private mutating func emitRow(_ cells: [String], frame: Frame) {
        let kept = cells.filter { !$0.isEmpty }
        linkCharacters = kept.isEmpty ? 0 : linkCharacters
        guard !kept.isEmpty else { return }
        let stack = frames + [frame]
        var block = Block(
            index: blocks.count, text: kept.joined(separator: " | "), raw: cells.joined(separator: " | "),
            kind: .tableRow, line: line, group: blocks.count)
        block.cells = cells
        block.dom = Self.features(stack, linkCharacters: linkCharacters)
        linkCharacters = 0
        blocks.append(block)
    }

    /// The block's kind from the nearest element that gives one; a paragraph inside a list item
    /// is a list item. Numbered items take the next number of their `<ol>`.
    private static func kind(in stack: [Frame], frames: inout [Frame]) -> (BlockKind, String?) {
        guard let nearest = stack.lastIndex(where: { $0.kind != nil }) else { return (.line, nil) }
        let item = stack.lastIndex { $0.tag == "li" }
        let list = stack.lastIndex { $0.tag == "ul" || $0.tag == "ol" }
        if let item, item >= (list ?? 0), stack[nearest].kind == .paragraph || stack[nearest].kind == .listItem {
            if let list, stack[list].tag == "ol", let frameIndex = frames.firstIndex(where: { $0.id == stack[list].id })
            {
                let number = frames[frameIndex].nextOrdinal ?? 1
                frames[frameIndex].nextOrdinal = number + 1
                return (.listItem, "\(number).")
            }
            return (.listItem, "-")
        }
        return (stack[nearest].kind ?? .line, nil)
    }

    private static func features(_ stack: [Frame], linkCharacters: Int) -> DOMFeatures {
        var containers: Containers = []
        var hidden = false
        for frame in stack {
            containers.formUnion(frame.containers)
            hidden = hidden || frame.isHidden
        }
        let owner = stack.last { $0.isBlock } ?? stack.last
        return DOMFeatures(
            tag: owner?.tag ?? "", path: stack.suffix(5).map(\.tag).joined(separator: ">"),
            hintTokens: stack.suffix(ClassHints.elementsRead).reversed().flatMap { $0.hints + [""] },
            linkCharacters: linkCharacters,
            containers: containers, isHidden: hidden, depth: stack.count,
            headingLevel: stack.last { $0.headingLevel != nil }?.headingLevel, ancestors: stack.map(\.id))
    }

    // MARK: Attributes

    /// Lowercase tokens of the class and id attributes: `post-body main` gives post, body, main.
    private static func hintTokens(_ node: xmlNodePtr) -> [String] {
        var tokens: [String] = []
        for name in ["class", "id"] {
            guard let value = XMLNodes.attribute(node, name), !value.isEmpty else { continue }
            for token in WordScanner.folded(value.replacingUnderscores()).split(separator: " ") where token.count >= 2 {
                tokens.append(String(token))
                if tokens.count >= 12 { return tokens }
            }
        }
        return tokens
    }

    private static func isHidden(_ node: xmlNodePtr) -> Bool {
        if XMLNodes.attribute(node, "hidden") != nil { return true }
        if XMLNodes.attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        guard let style = XMLNodes.attribute(node, "style") else { return false }
        let compact = String(style.lowercased().unicodeScalars.filter { $0 != " " })
        return compact.utf8Contains("display:none") || compact.utf8Contains("visibility:hidden")
    }

    /// The text of an element's children, for `<title>` and scripts.
    private static func textContent(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content {
                var index = 0
                while content[index] != 0 {
                    bytes.append(content[index])
                    index += 1
                }
            }
            child = current.pointee.next
        }
        return UnicodeCleaner().clean(String(decoding: bytes, as: UTF8.self)).text.trimmingSpaces()
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(unicodeScalars.map { $0 == "_" ? " " : Character($0) })
    }
}
