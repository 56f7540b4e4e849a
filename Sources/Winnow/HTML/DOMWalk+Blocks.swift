import CLibXML2

/// Building blocks from the walk: kinds, DOM features, table rows, attributes.
extension DOMWalk {
    // MARK: Blocks

    /// Ends the block being built. `closing` is the block element being left, if any.
    mutating func flush(closing: Frame?) {
        let hasLinks = linkCharacters > 0
        let linkedText =
            hasLinks ? UnicodeCleaner().clean(String(decoding: linked, as: UTF8.self)).text.trimmingSpaces() : nil
        // Most flushes (every block element's start and end) find no text: reset what the
        // full path would and build nothing (cleaning an empty text gives an empty block).
        guard !text.isEmpty || hasLinks else {
            linkCharacters = 0
            images = []
            linked.removeAll(keepingCapacity: true)
            pendingSpace = false
            return
        }
        let links = linkCharacters
        let blockImages = images
        linkCharacters = 0
        images = []
        let cleaned = takeText(keepsSpacing: closing?.tag == "pre")
        guard !cleaned.isEmpty else { return }
        let (kind, marker) = kind(closing: closing)
        var block = Block(
            index: blocks.count, text: cleaned, raw: cleaned, kind: kind, listMarker: marker, line: line,
            group: blocks.count)
        block.dom = features(closing: closing, linkCharacters: links)
        block.linkedText = linkedText
        block.images = blockImages
        blocks.append(block)
    }

    mutating func startComplexRow() {
        if let cells = rowCells, let row = frames.lastIndex(where: { $0.tag == "tr" }) {
            let partial = cells + [takeText()]
            emitRow(partial, frame: frames[row], isOpen: true)
        }
        rowIsComplex = true
    }

    /// `frame`: the row's `<tr>`, already left, or still open (`isOpen`) for a row cut short.
    mutating func emitRow(_ cells: [String], frame: Frame, isOpen: Bool = false) {
        let kept = cells.filter { !$0.isEmpty }
        linkCharacters = kept.isEmpty ? 0 : linkCharacters
        guard !kept.isEmpty else { return }
        var block = Block(
            index: blocks.count, text: kept.joined(separator: " | "), raw: cells.joined(separator: " | "),
            kind: .tableRow, line: line, group: blocks.count)
        block.cells = cells
        block.dom = features(closing: frame, linkCharacters: linkCharacters, isOpen: isOpen)
        linkCharacters = 0
        blocks.append(block)
    }

    /// The stack a block is built in: the open frames, plus the block element being left.
    private func stackCount(closing: Frame?) -> Int { frames.count + (closing == nil ? 0 : 1) }

    /// The block's kind from the nearest element that gives one; a paragraph inside a list item
    /// is a list item. Numbered items take the next number of their `<ol>`.
    mutating func kind(closing: Frame?) -> (BlockKind, String?) {
        guard let innermost = closing ?? frames.last, let nearest = innermost.kindAt else { return (.line, nil) }
        let nearestKind = nearest < frames.count ? frames[nearest].kind : closing?.kind
        if let item = innermost.itemAt, item >= (innermost.listAt ?? 0),
            nearestKind == .paragraph || nearestKind == .listItem
        {
            // A list still open takes its next number; the `<ol>` being left itself has none to give.
            if let list = innermost.listAt, list < frames.count, frames[list].tag == "ol" {
                let number = frames[list].nextOrdinal ?? 1
                frames[list].nextOrdinal = number + 1
                return (.listItem, "\(number).")
            }
            return (.listItem, "-")
        }
        return (nearestKind ?? .line, nil)
    }

    /// What the elements around the block say, read from its innermost frame, which carries
    /// its ancestors' facts (`Frame`). `isOpen`: `closing` is a row still on the stack.
    mutating func features(closing: Frame?, linkCharacters: Int, isOpen: Bool = false) -> DOMFeatures {
        let innermost = closing ?? frames.last
        var ancestors = frameIDs
        if let closing { ancestors.append(closing.id) }
        return DOMFeatures(
            tag: innermost.map { $0.blockTag ?? $0.tag } ?? "",
            hintTokens: hintTokens(closing: closing, isOpen: isOpen),
            linkCharacters: linkCharacters, containers: innermost?.containers ?? [],
            isHidden: innermost?.isHidden ?? false, depth: stackCount(closing: closing),
            headingLevel: innermost?.headingLevel, ancestors: ancestors, article: innermost?.article)
    }

    /// The hint tokens of the innermost elements, innermost first, each element's ended by
    /// `ClassHints.elementEnd`. Built once per innermost element: its blocks share the array.
    /// A row cut short (`isOpen`) stands on the stack twice here, as it always has: its window
    /// is its own and never cached, or the row's later blocks would read it.
    private mutating func hintTokens(closing: Frame?, isOpen: Bool) -> [UInt64] {
        let innermostID = closing?.id ?? frames.last?.id ?? -1
        if !isOpen, hintWindow.id == innermostID { return hintWindow.tokens }
        var tokens: [UInt64] = []
        tokens.reserveCapacity(ClassHints.elementsRead * 3)
        var read = 0
        if let closing {
            tokens.append(contentsOf: closing.hints)
            tokens.append(ClassHints.elementEnd)
            read = 1
        }
        var index = frames.count
        while index > 0, read < ClassHints.elementsRead {
            index -= 1
            read += 1
            tokens.append(contentsOf: frames[index].hints)
            tokens.append(ClassHints.elementEnd)
        }
        if !isOpen { hintWindow = (innermostID, tokens) }
        return tokens
    }

    /// The text of an element's text children, for `<title>` and scripts (a comment in a
    /// `<title>` is no part of it).
    static func textContent(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var child = node.pointee.children
        while let current = child {
            let type = current.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
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
