import Foundation

/// One job for a worker process and its answer, as length-prefixed frames on a pipe. The
/// parent reads the inputs and writes the outputs; a worker only turns bytes into text.
struct WorkerRequest: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        /// A file's (or standard input's) bytes; strings: name, input format, then its site's template.
        case document = 1
        /// A JSON lines record; strings: the line, then its site's template (`SiteTemplate.strings`).
        case recordLine = 2
        /// A WARC response; strings: id, url, date, charset, then its site's template.
        case warcPage = 3
        /// A document's block fingerprints for site-template learning; strings: name, input
        /// format, and the charset to read it in (empty: none declared).
        case fingerprints = 4
        /// A JSON lines record's site and fingerprints; strings: the line, the site when it has no address.
        case recordFingerprints = 5
    }

    var kind: Kind
    var number: Int
    var strings: [String]
    var body: [UInt8] = []
}

/// What a worker answers: the output text and, for documents, what the summary counts.
struct WorkerReply: Sendable, Equatable {
    var failed: Bool
    /// documents: rendered output (or the error message), status or error code, removed counts
    /// as `label=count` lines; records: the output line.
    var strings: [String]
}

/// Frames: an 8-byte little-endian length, then the payload. Payloads are byte fields each with
/// an 8-byte length, so pages of any content pass unescaped.
enum WorkerFrame {
    static func encode(_ request: WorkerRequest) -> [UInt8] {
        var payload: [UInt8] = [request.kind.rawValue]
        append(UInt64(request.number), to: &payload)
        append(fields: request.strings.map { Array($0.utf8) } + [request.body], to: &payload)
        return framed(payload)
    }

    static func encode(_ reply: WorkerReply) -> [UInt8] {
        var payload: [UInt8] = [reply.failed ? 1 : 0]
        append(fields: reply.strings.map { Array($0.utf8) }, to: &payload)
        return framed(payload)
    }

    static func decodeRequest(_ payload: [UInt8]) -> WorkerRequest? {
        guard let first = payload.first, let kind = WorkerRequest.Kind(rawValue: first), payload.count >= 9 else {
            return nil
        }
        let number = Int(truncatingIfNeeded: read64(payload, at: 1))
        guard var fields = fields(payload, from: 9), let body = fields.popLast() else { return nil }
        return WorkerRequest(
            kind: kind, number: number, strings: fields.map { String(decoding: $0, as: UTF8.self) }, body: body)
    }

    static func decodeReply(_ payload: [UInt8]) -> WorkerReply? {
        guard let first = payload.first, let fields = fields(payload, from: 1) else { return nil }
        return WorkerReply(failed: first == 1, strings: fields.map { String(decoding: $0, as: UTF8.self) })
    }

    private static func framed(_ payload: [UInt8]) -> [UInt8] {
        var frame: [UInt8] = []
        frame.reserveCapacity(payload.count + 8)
        append(UInt64(payload.count), to: &frame)
        return frame + payload
    }

    private static func append(fields: [[UInt8]], to payload: inout [UInt8]) {
        for field in fields {
            append(UInt64(field.count), to: &payload)
            payload += field
        }
    }

    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    static func read64(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << UInt64(8 * $1) }
    }

    private static func fields(_ payload: [UInt8], from start: Int) -> [[UInt8]]? {
        var fields: [[UInt8]] = []
        var index = start
        while index < payload.count {
            guard index + 8 <= payload.count else { return nil }
            let length = Int(truncatingIfNeeded: read64(payload, at: index))
            index += 8
            guard length >= 0, index + length <= payload.count else { return nil }
            fields.append(Array(payload[index..<(index + length)]))
            index += length
        }
        return fields
    }
}
