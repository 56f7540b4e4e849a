import CLibXML2

/// A page parsed by libxml2. Owns the `xmlDoc` and frees it; only Swift values leave this folder.
final class HTMLDocument {
    private let document: htmlDocPtr
    /// Holds the whole tree when the page was parsed into an arena; nil for libxml2's own allocator.
    private let arena: ParseArena?

    /// Safe options only: recover from broken markup, stay silent, never touch the network;
    /// never NOBLANKS (it glues words between inline elements) and never entity substitution.
    /// The bytes are UTF-8 already, so the page's own charset hint is ignored.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// `xmlInitParser` once per process, before any thread parses; never `xmlCleanupParser`.
    /// (The allocator hooks go in with the first arena: a process that never parses into one,
    /// like the bench's parse-only pass, runs libxml2 exactly as it ships.)
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// `inArena`: the tree's memory comes from one `ParseArena`, freed whole with the document
    /// (Winnow's way); false parses with libxml2's allocator and `xmlFreeDoc`, as any libxml2 user does.
    init(utf8 bytes: [UInt8], inArena: Bool = true) throws(CleanError) {
        _ = Self.initialised
        let arena = inArena ? ParseArena() : nil  // nil too when the process has no thread key for it
        let parse = {
            bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", Self.options)
                    }
                }
            }
        }
        // An arena that could not serve the thread holds nothing: the tree is malloc's then.
        let (parsed, served) = arena.map { $0.serving(parse) } ?? (parse(), false)
        guard let parsed else { throw .undecodable(reason: "libxml2 could not build a document from the page") }
        document = parsed
        self.arena = served ? arena : nil
    }

    /// An arena's tree goes with the arena: nothing in it was allocated anywhere else.
    deinit { if arena == nil { xmlFreeDoc(document) } }

    /// The top-level nodes: usually one `<html>`, several when pages were concatenated.
    var firstNode: xmlNodePtr? { document.pointee.children }

    /// True when `node` is the document itself (the parent of the top-level nodes).
    func isDocument(_ node: xmlNodePtr?) -> Bool {
        guard let node else { return true }
        return OpaquePointer(node) == OpaquePointer(document)
    }
}

/// Reading libxml2 nodes as Swift values.
enum XMLNodes {
    /// An attribute that is present, with its value's bytes if it has one.
    struct FoundAttribute {
        var value: UnsafePointer<xmlChar>?
    }

    /// An attribute's value without allocating in libxml2 (it reads the attribute's text child).
    static func attribute(_ node: xmlNodePtr, _ name: ReadAttribute) -> String? {
        guard let found = attributeValue(node, name) else { return nil }
        return found.value.map { String(cString: $0) } ?? ""
    }

    /// An attribute's value as libxml2 holds it (NUL-terminated UTF-8), without copying;
    /// `value` is nil for an attribute without one (`<p hidden>`).
    static func attributeValue(_ node: xmlNodePtr, _ name: ReadAttribute) -> FoundAttribute? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, isNamed(attributeName, name.rawValue) { return found(current) }
            attribute = current.pointee.next
        }
        return nil
    }

    /// An attribute as found: its value is its text child's content.
    static func found(_ attribute: xmlAttrPtr) -> FoundAttribute {
        FoundAttribute(value: attribute.pointee.children.flatMap { UnsafePointer($0.pointee.content) })
    }

    /// ASCII case-insensitive equality of a NUL-terminated attribute name with `name`.
    static func isNamed(_ pointer: UnsafePointer<xmlChar>, _ name: String) -> Bool {
        var index = 0
        for byte in name.utf8 {
            let other = pointer[index]
            guard other != 0, other | 0x20 == byte | 0x20 else { return false }
            index += 1
        }
        return pointer[index] == 0
    }
}

/// The attributes the walk reads: the only names `XMLNodes.attribute` and `ElementAttributes`
/// take, and so the only ones the markup guard keeps in a tag (`MarkupScan.readAttributes`).
/// An attribute read anywhere else would be missing from what libxml2 parses.
enum ReadAttribute: String, CaseIterable {
    case `class`, id, itemprop, hidden, style, href, rel, start, alt, src, type, lang, datetime, property, name
    case content
    case ariaHidden = "aria-hidden"
    case dataSrc = "data-src"
}
