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

    mutating func startComplexRow() {
        if let cells = rowCells, let row = frames.last(where: { $0.tag == "tr" }) {
            let partial = cells + [takeText()]
            emitRow(partial, frame: row)
        }
        rowIsComplex = true
    }

    mutating func emitRow(_ cells: [String], frame: Frame) {
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
    static func kind(in stack: [Frame], frames: inout [Frame]) -> (BlockKind, String?) {
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

    /// Read by index, each frame once: `for frame in stack` and the `last(where:)` searches
    /// copied every frame (its tag, hints and link) for every block.
    static func features(_ stack: [Frame], linkCharacters: Int) -> DOMFeatures {
        var containers: Containers = []
        var hidden = false
        var owner: Int?, headingLevel: Int?, article: Int32?
        var ancestors: [Int32] = []
        ancestors.reserveCapacity(stack.count)
        for index in stack.indices {
            containers.formUnion(stack[index].containers)
            hidden = hidden || stack[index].isHidden
            if stack[index].isBlock { owner = index }
            if let level = stack[index].headingLevel { headingLevel = level }
            ancestors.append(stack[index].id)
        }
        for index in stack.indices.reversed() where stack[index].tag == "article" {
            article = stack[index].id
            break
        }
        var path = ""
        let pathStart = max(0, stack.count - 5)
        for index in pathStart..<stack.count {
            if index > pathStart { path += ">" }
            path += stack[index].tag
        }
        let ownerTag = owner.map { stack[$0].tag } ?? stack.last?.tag ?? ""
        return DOMFeatures(
            tag: ownerTag, path: path, hintTokens: Self.hintTokens(of: stack),
            linkCharacters: linkCharacters,
            containers: containers, isHidden: hidden, depth: stack.count,
            headingLevel: headingLevel, ancestors: ancestors, article: article)
    }

    /// The hints of the innermost elements, innermost first, each element's closed by "".
    /// Appended in place: `flatMap { $0.hints + [""] }` built two arrays per element per block.
    private static func hintTokens(of stack: [Frame]) -> [String] {
        var tokens: [String] = []
        var index = stack.count
        let first = max(0, stack.count - ClassHints.elementsRead)
        while index > first {
            index -= 1
            tokens.append(contentsOf: stack[index].hints)
            tokens.append("")
        }
        return tokens
    }

    // MARK: Attributes

    /// The words of `class` and `id`, folded as the phrase tables are (`Main_Nav-2` gives `main`,
    /// `nav`), at most 12, each of two characters or more. Read straight from libxml2's bytes:
    /// this runs for every element of every page.
    static func hintTokens(_ node: xmlNodePtr) -> [String] {
        var tokens: [String] = []
        for name in ["class", "id"] {
            guard let found = XMLNodes.attributeValue(node, name), let value = found.value, value[0] != 0 else {
                continue
            }
            if !Self.appendASCIIWords(value, to: &tokens) {
                // Not ASCII: the general folding (letters of every script, case and marks).
                for token in WordScanner.folded(String(cString: value)).split(separator: " ") where token.count >= 2 {
                    tokens.append(String(token))
                }
            }
            if tokens.count >= 12 { break }
        }
        return Array(tokens.prefix(12))
    }

    /// Runs of ASCII letters and digits, lower-cased, as `WordScanner.folded` would give them;
    /// false (and nothing appended) when the value has a byte outside ASCII.
    ///
    /// One pass: each word is written lower-cased straight into its string, with no byte array
    /// between (class names are short, so most strings are small and allocate nothing).
    private static func appendASCIIWords(_ value: UnsafePointer<xmlChar>, to tokens: inout [String]) -> Bool {
        let before = tokens.count
        var index = 0, start = 0
        while true {
            let byte = value[index]
            if byte >= 0x80 {
                tokens.removeSubrange(before...)
                return false
            }
            let isWord = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            if !isWord {
                if index - start >= 2 {
                    tokens.append(
                        String(unsafeUninitializedCapacity: index - start) { buffer in
                            for offset in 0..<(index - start) {
                                let letter = value[start + offset]
                                buffer[offset] = letter >= 0x41 && letter <= 0x5A ? letter | 0x20 : letter
                            }
                            return index - start
                        })
                }
                start = index + 1
            }
            if byte == 0 { return true }
            index += 1
        }
    }

    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if XMLNodes.attributeValue(node, "hidden") != nil { return true }
        if let ariaHidden = XMLNodes.attributeValue(node, "aria-hidden")?.value,
            Self.lowercased(ariaHidden, droppingSpaces: false) == Array("true".utf8)
        {
            return true
        }
        guard let style = XMLNodes.attributeValue(node, "style")?.value else { return false }
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

    /// The text of an element's children, for `<title>` and scripts.
    static func textContent(_ node: xmlNodePtr) -> String {
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
