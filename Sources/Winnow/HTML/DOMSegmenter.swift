import CLibXML2

/// The Segment stage for HTML: one iterative walk over the DOM (no recursion, so no depth limit)
/// that turns block-level elements into blocks with their DOM features, and reads the page's
/// head on the way.
struct DOMSegmenter {
    /// `deepest`: the deepest nesting the walk met; at libxml2's limit (256) content may be missing.
    /// `words`: each block's words, scanned while counting repeats, for the classifier.
    func segment(_ document: HTMLDocument) -> (blocks: [Block], head: PageHead, deepest: Int, words: [[Word]]) {
        var walk = DOMWalk()
        var node = document.firstNode
        var depth = 1, deepest = 1
        while let current = node {
            if walk.enter(current), let child = current.pointee.children {
                node = child
                depth += 1
                deepest = max(deepest, depth)
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
                depth -= 1
            }
        }
        walk.flush(closing: nil)
        let words = Segmenter.countOccurrences(&walk.blocks)
        return (walk.blocks, walk.head, deepest, words)
    }
}

/// The walk's state: the open elements, the text of the block being built, the head facts.
struct DOMWalk {
    /// An open element. What a block needs from the elements around it is carried down as
    /// each element is entered (`containers`, `isHidden`, `headingLevel`, ...), so a block
    /// reads its innermost frame instead of the whole stack.
    struct Frame {
        var node: xmlNodePtr
        var tag: String
        var id: Int32
        var isBlock: Bool
        /// This element's containers and its ancestors'.
        var containers: Containers
        /// Hidden itself or inside a hidden ancestor.
        var isHidden: Bool
        var kind: BlockKind?
        /// The nearest heading level at or above this element.
        var headingLevel: Int?
        /// The nearest `<article>` at or above this element.
        var article: Int32?
        /// The tag of the nearest block element at or above this element.
        var blockTag: String?
        /// Stack positions of the nearest element with a kind, `<li>`, and `<ul>` or `<ol>`.
        var kindAt: Int?, itemAt: Int?, listAt: Int?
        /// Hashes of this element's own class and id tokens.
        var hints: [UInt64]
        var href: String?
        var nextOrdinal: Int?
    }

    var blocks: [Block] = []
    var head = PageHead()
    var frames: [Frame] = []
    /// The ids of `frames`, kept beside them: every block copies them as its ancestors.
    var frameIDs: [Int32] = []
    /// The hint tokens last built, for the element whose id is given: the blocks of one element share them.
    var hintWindow: (id: Int32, tokens: [UInt64]) = (-1, [])
    var nextID: Int32 = 0
    var text: [UInt8] = []
    var linked: [UInt8] = []
    var linkCharacters = 0
    var images: [BlockImage] = []
    var pendingSpace = false
    var lineBreaks = 0
    var rowCells: [String]?
    var rowIsComplex = false
    var line = 0
    /// Open `<head>`, `<pre>` and linking `<a>` frames, counted as frames are pushed and popped:
    /// asking the frame stack for each text node compared every open tag's name.
    var openHeads = 0, openPreformatted = 0, openLinks = 0

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
        // Compared in place and then moved out: a copy of the frame retained its arrays and strings.
        guard let top = frames.indices.last, frames[top].node == node else { return }
        let frame = frames.removeLast()
        frameIDs.removeLast()
        count(frame, by: -1)
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

    mutating func enterElement(_ node: xmlNodePtr) -> Bool {
        let (tag, info) = node.pointee.name.map(HTMLTags.lookup) ?? ("", HTMLTags.info(""))
        lineBreaks = tag == "br" ? lineBreaks + 1 : 0
        if info.special != nil || info.isSkipped,
            let handled = enterSpecial(node, info.special, isSkipped: info.isSkipped)
        {
            return handled
        }
        let isBlock = info.isBlock
        if isBlock {
            if rowCells != nil, !rowIsComplex, !info.isTablePart { startComplexRow() }
            flush(closing: nil)
        }
        if tag == "tr" {
            flush(closing: nil)
            // A row inside a row left open (libxml2 nests a `<tr>` that way under an unknown
            // element): the cells read so far are the outer row's, written before this one starts.
            if let cells = rowCells, !cells.isEmpty, !rowIsComplex,
                let outer = frames.lastIndex(where: { $0.tag == "tr" })
            {
                emitRow(cells, frame: frames[outer], isOpen: true)
            }
            rowCells = []
            rowIsComplex = false
        }
        let attributes = ElementAttributes(node, isLink: tag == "a", isOrderedList: tag == "ol")
        var frame = Frame(
            node: node, tag: tag, id: nextID, isBlock: isBlock, containers: info.containers,
            isHidden: attributes.isHidden, kind: info.kind, headingLevel: info.headingLevel, article: nil,
            blockTag: isBlock ? tag : nil, kindAt: nil, itemAt: nil, listAt: nil, hints: attributes.hintTokens(),
            href: nil, nextOrdinal: nil)
        nextID += 1
        if let itemprop = attributes.string(attributes.itemprop),
            itemprop.lowercased().split(separator: " ").contains("articlebody")
        {
            frame.containers.insert(.articleBody)
        }
        if tag == "a" {
            frame.href = attributes.string(attributes.href)
            if attributes.string(attributes.rel)?.lowercased().split(separator: " ").contains("author") == true {
                let name = Self.textContent(node)
                if !name.isEmpty, !head.authorLinks.contains(name) { head.authorLinks.append(name) }
            }
            frame.containers.insert(.link)
            if let href = frame.href, !href.isEmpty { appendMarkup("[") }
        }
        if tag == "ol" { frame.nextOrdinal = Int(attributes.string(attributes.start) ?? "") ?? 1 }
        if frames.isEmpty || isBlock { line = Int(node.pointee.line) }
        inherit(into: &frame)
        frames.append(frame)
        frameIDs.append(frame.id)
        count(frame, by: 1)
        return true
    }

    /// Carries the enclosing elements' facts into a frame about to be pushed.
    private func inherit(into frame: inout Frame) {
        let position = frames.count
        if frame.kind != nil { frame.kindAt = position }
        if frame.tag == "li" { frame.itemAt = position }
        if frame.tag == "ul" || frame.tag == "ol" { frame.listAt = position }
        if frame.tag == "article" { frame.article = frame.id }
        // The parent's fields are read in place: a copy of it retained its arrays and strings.
        guard let parent = frames.indices.last else { return }
        frame.containers.formUnion(frames[parent].containers)
        frame.isHidden = frame.isHidden || frames[parent].isHidden
        frame.headingLevel = frame.headingLevel ?? frames[parent].headingLevel
        frame.article = frame.article ?? frames[parent].article
        frame.blockTag = frame.blockTag ?? frames[parent].blockTag
        frame.kindAt = frame.kindAt ?? frames[parent].kindAt
        frame.itemAt = frame.itemAt ?? frames[parent].itemAt
        frame.listAt = frame.listAt ?? frames[parent].listAt
    }

    private mutating func count(_ frame: Frame, by step: Int) {
        if frame.tag == "head" { openHeads += step }
        if frame.tag == "pre" { openPreformatted += step }
        if frame.href != nil { openLinks += step }
    }

    /// Elements that are not walked into as text: returns whether to descend, or nil when the
    /// element is an ordinary one. The switch covers every `HTMLTags.SpecialTag`: a tag added
    /// there must be handled here, or this does not compile.
    mutating func enterSpecial(_ node: xmlNodePtr, _ special: HTMLTags.SpecialTag?, isSkipped: Bool) -> Bool? {
        guard let special else { return isSkipped ? false : nil }
        switch special {
        case .br:
            if lineBreaks >= 2 { flush(closing: nil) } else { pendingSpace = true }
            return false
        case .hr:
            flush(closing: nil)
            return false
        case .img:
            let alt = XMLNodes.attribute(node, .alt) ?? ""
            let source = XMLNodes.attribute(node, .src) ?? XMLNodes.attribute(node, .dataSrc) ?? ""
            if collectsText, !source.isEmpty { images.append(BlockImage(alt: alt, source: source)) }
            return false
        case .meta:
            readMeta(node)
            return false
        case .link:
            if XMLNodes.attribute(node, .rel)?.lowercased() == "canonical" {
                head.canonicalURL = head.canonicalURL ?? XMLNodes.attribute(node, .href)
            }
            return false
        case .title:
            if head.title == nil, openHeads > 0 || blocks.isEmpty {
                head.title = Self.textContent(node)
                return false
            }
            return nil
        case .script:
            if XMLNodes.attribute(node, .type)?.lowercased().contains("ld+json") == true {
                head.jsonLD.append(Self.textContent(node))
            }
            return false
        case .html:
            head.language = head.language ?? XMLNodes.attribute(node, .lang)
            return nil
        case .time:
            head.timeDatetime = head.timeDatetime ?? XMLNodes.attribute(node, .datetime)
            return nil
        }
    }

    mutating func readMeta(_ node: xmlNodePtr) {
        guard
            let key =
                (XMLNodes.attribute(node, .property) ?? XMLNodes.attribute(node, .name)
                ?? XMLNodes.attribute(node, .itemprop))?.lowercased(),
            let content = XMLNodes.attribute(node, .content), !content.isEmpty
        else { return }
        if head.meta[key] == nil { head.meta[key] = content }
    }
}
