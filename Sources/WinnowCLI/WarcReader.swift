import Foundation
import Winnow

/// WARC files (`.warc`, `.warc.gz` with one gzip member per record, as Common Crawl writes them),
/// read one record at a time so a 10 GB archive never sits in memory. Only `response` records
/// whose HTTP content type is HTML are documents; the rest (requests, metadata, images) are skipped.
final class WarcReader {
    /// One HTML response: the page's bytes and what the archive says about it.
    struct Page {
        var id: String
        var url: String?
        var date: String?
        /// The HTTP header's charset, the decode hint.
        var charset: String?
        var body: [UInt8]
    }

    /// A record that could not be read, with the id it had.
    struct RecordFailure: Error {
        var id: String
        var error: InputError
    }

    private let file: RecordFile
    private let limit: Int
    private var number = 0
    /// Records found so far (of every type); none at the end means the file is no WARC archive.
    var recordsRead: Int { number }

    static func isWarc(_ path: String) -> Bool {
        let name = path.lowercased()
        return name.hasSuffix(".warc") || name.hasSuffix(".warc.gz")
    }

    init(file: RecordFile, limit: Int) {
        self.file = file
        self.limit = limit
    }

    /// The next HTML response, an error naming the record, or nil at the end of the archive.
    func next() -> Result<Page, RecordFailure>? {
        while true {
            guard let headers = nextHeaders() else { return nil }
            number += 1
            let id = headers["warc-record-id"] ?? "record \(number)"
            guard let length = headers["content-length"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                length >= 0
            else {
                return .failure(
                    RecordFailure(
                        id: id,
                        error: InputError(code: "bad-warc", message: "WARC record \(number) has no Content-Length")))
            }
            let isResponse = headers["warc-type"] == "response"
            guard isResponse, length <= limit else {
                if !isResponse, length <= limit {
                    // Read, not skipped, so a wrong length here cannot swallow the responses after it.
                    let block = file.read(count: length)
                    guard block.count == length else { return truncated(id) }
                    _ = checkBoundary(after: block, id: id, length: length)
                    continue
                }
                guard file.skip(count: length) == length else { return truncated(id) }
                if isResponse {
                    let message = "the record's \(length) bytes are more than --max-bytes \(limit)"
                    return .failure(RecordFailure(id: id, error: InputError(code: "too-large", message: message)))
                }
                continue
            }
            let block = file.read(count: length)
            if let failure = checkBoundary(after: block, id: id, length: length) { return .failure(failure) }
            guard block.count == length else { return truncated(id) }
            guard let http = HTTPResponse(block), http.isHTML else { continue }
            switch http.body(limit: limit) {
            case let .success(body):
                return .success(
                    Page(
                        id: id, url: headers["warc-target-uri"], date: headers["warc-date"], charset: http.charset,
                        body: body))
            case let .failure(error): return .failure(RecordFailure(id: id, error: error))
            }
        }
    }

    /// A record's block is followed by a blank line and the next `WARC/` header (or the end).
    /// When it is not, the Content-Length is wrong: the record is reported `bad-warc`, and the
    /// reader finds the next record: inside the block when the length was too long (those bytes
    /// are read again), or further on when it was too short (`nextHeaders` skips to it).
    private func checkBoundary(after block: [UInt8], id: String, length: Int) -> RecordFailure? {
        let next = file.peek(count: 16)
        let afterBlank = next.drop { $0 == 0x0D || $0 == 0x0A }
        let complete = block.count == length
        if complete, afterBlank.isEmpty || afterBlank.starts(with: Self.recordStart) { return nil }
        let message: String
        if let cut = Self.recordStart(in: block) {
            file.unread(block[cut...])
            message =
                "WARC record \(number): its Content-Length \(length) runs \(block.count - cut) bytes into the next record"
        } else if complete {
            message = "WARC record \(number): its Content-Length \(length) does not end at a record boundary"
        } else {
            return nil  // the archive ends inside the record: reported as truncated
        }
        return RecordFailure(id: id, error: InputError(code: "bad-warc", message: message))
    }

    private static let recordStart = Array("WARC/".utf8)

    /// Where a WARC header starts inside a block (after a blank line, `WARC/1.x` then a `WARC-` field).
    static func recordStart(in block: [UInt8]) -> Int? {
        let marker = Array("\nWARC/1.".utf8)
        var from = 0
        while let found = block[from...].firstRange(of: marker) {
            let start = found.lowerBound + 1
            let head = block[start..<min(block.count, start + 64)]
            if found.lowerBound >= 1, block[found.lowerBound - 1] == 0x0A || block[found.lowerBound - 1] == 0x0D,
                head.firstRange(of: Array("\nWARC-".utf8)) != nil
            {
                return start
            }
            from = found.upperBound
        }
        return nil
    }

    private func truncated(_ id: String) -> Result<Page, RecordFailure> {
        .failure(
            RecordFailure(
                id: id, error: InputError(code: "truncated", message: "the archive ends inside WARC record \(number)")))
    }

    /// The next record's headers with lower-cased names, skipping the blank lines between records.
    private func nextHeaders() -> [String: String]? {
        var line: [UInt8]?
        // Blank lines between records; anything else is the rest of a record whose length was
        // too short (already reported), skipped up to the next header.
        repeat { line = headerLine() } while line.map { !$0.starts(with: Self.recordStart) } == true
        guard let first = line, first.starts(with: Self.recordStart) else { return nil }
        var headers: [String: String] = [:]
        while let line = headerLine(), !Self.isBlank(line) {
            let text = String(decoding: line, as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { continue }
            let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            headers[text[..<colon].lowercased()] =
                value.hasPrefix("<") && value.hasSuffix(">") ? String(value.dropFirst().dropLast()) : value
        }
        return headers
    }

    /// A header line, or a stand-in for one longer than any header (a gzip bomb of one endless
    /// line must not fill memory).
    private func headerLine() -> [UInt8]? {
        switch file.nextLine(limit: 65_536) {
        case let .text(text): Array(text.utf8)
        case .tooLong: [0]
        case nil: nil
        }
    }

    private static func isBlank(_ line: [UInt8]) -> Bool { line.isEmpty || line == [0x0D] }
}

/// An HTTP response as archived: status line, headers, body (chunked and gzip bodies undone).
struct HTTPResponse {
    var headers: [String: String] = [:]
    var rawBody: ArraySlice<UInt8>

    init?(_ block: [UInt8]) {
        guard let split = Self.headerEnd(block) else { return nil }
        let lines = String(decoding: block[..<split.headers], as: UTF8.self).split(whereSeparator: \.isNewline)
        guard lines.first?.hasPrefix("HTTP/") == true else { return nil }
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        rawBody = block[split.body...]
    }

    var isHTML: Bool {
        let type = headers["content-type"]?.lowercased() ?? ""
        return type.contains("text/html") || type.contains("application/xhtml")
    }

    /// `charset=` from the Content-Type header.
    var charset: String? {
        guard let type = headers["content-type"], let range = type.range(of: "charset=", options: .caseInsensitive)
        else { return nil }
        let value = type[range.upperBound...].prefix { $0 != ";" && $0 != " " }
        return value.isEmpty ? nil : value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    }

    func body(limit: Int) -> Result<[UInt8], InputError> {
        var body = Array(rawBody)
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let joined = Self.unchunk(body) {
            body = joined
        }
        let encoding = headers["content-encoding"]?.lowercased() ?? ""
        if encoding.contains("gzip"), Gunzip.isGzip(body) {
            switch Gunzip.decompress(body, limit: limit) {
            case let .success(inflated): body = inflated
            case .failure(.tooLarge):
                return .failure(
                    InputError(code: "too-large", message: "the gzip body inflates past --max-bytes \(limit)"))
            case let .failure(.corrupt(cause)):
                return .failure(InputError(code: "bad-gzip", message: "the response's gzip body is corrupt: \(cause)"))
            }
        }
        return .success(body)
    }

    /// Where the header ends and the body starts (after CRLF CRLF, or LF LF).
    private static func headerEnd(_ block: [UInt8]) -> (headers: Int, body: Int)? {
        var index = 0
        while index + 1 < block.count {
            if block[index] == 0x0A {
                if block[index + 1] == 0x0A { return (index, index + 2) }
                if block[index + 1] == 0x0D, index + 2 < block.count, block[index + 2] == 0x0A {
                    return (index, index + 3)
                }
            }
            index += 1
        }
        return nil
    }

    /// A chunked body joined, or nil when it is not valid chunking (then it is used as is).
    private static func unchunk(_ body: [UInt8]) -> [UInt8]? {
        var joined: [UInt8] = [], index = 0
        while index < body.count {
            guard let lineEnd = body[index...].firstIndex(of: 0x0A) else { return nil }
            let sizeText = String(decoding: body[index..<lineEnd], as: UTF8.self)
                .prefix { $0 != ";" && $0 != "\r" }.trimmingCharacters(in: .whitespaces)
            // A negative or oversized chunk length is not chunking (and must not trap).
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            if size == 0 { return joined }
            let start = lineEnd + 1
            guard size <= body.count - start else { return nil }
            joined += body[start..<(start + size)]
            index = start + size
            if index < body.count, body[index] == 0x0D { index += 1 }
            if index < body.count, body[index] == 0x0A { index += 1 }
        }
        return joined
    }
}

extension RecordStream {
    /// The output line for one archive record: the cleaned page or an error record.
    func output(
        for next: Result<WarcReader.Page, WarcReader.RecordFailure>, number: Int, template: SiteTemplate? = nil
    ) -> String {
        switch next {
        case let .failure(failure):
            return Self.errorLine(
                id: failure.id, line: number, code: failure.error.code, message: failure.error.message)
        case let .success(page):
            let input = RawInput(
                id: page.id, bytes: page.body, format: .html, declaredEncoding: page.charset ?? encoding,
                recordDate: page.date)
            do {
                let article = try cleaner.clean(input, template: template)
                guard case var .object(pairs) = writer.value(article) else { return writer.render(article) }
                if let url = page.url { pairs.append(("record_url", .string(url))) }
                if let date = page.date { pairs.append(("record_date", .string(date))) }
                return JSONValue.object(pairs).serialized()
            } catch {
                return Self.errorLine(id: page.id, line: number, code: error.code, message: error.description)
            }
        }
    }
}
