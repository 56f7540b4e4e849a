import CLibXML2

/// A page parsed by libxml2. Owns the `xmlDoc` and frees it; only Swift values leave this folder.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Safe options only: recover from broken markup, stay silent, never touch the network;
    /// never NOBLANKS (it glues words between inline elements) and never entity substitution.
    /// The bytes are UTF-8 already, so the page's own charset hint is ignored.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// `xmlInitParser` once per process, before any thread parses; never `xmlCleanupParser`.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    init(utf8 bytes: [UInt8]) throws(CleanError) {
        _ = Self.initialised
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", Self.options)
                }
            }
        }
        guard let parsed else { throw .undecodable(reason: "libxml2 could not build a document from the page") }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

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
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let found = attributeValue(node, name) else { return nil }
        return found.value.map { String(cString: $0) } ?? ""
    }

    /// An attribute's value as libxml2 holds it (NUL-terminated UTF-8), without copying;
    /// `value` is nil for an attribute without one (`<p hidden>`).
    static func attributeValue(_ node: xmlNodePtr, _ name: String) -> FoundAttribute? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, isNamed(attributeName, name) { return found(current) }
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
