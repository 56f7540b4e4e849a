import Foundation

/// Real English paragraphs, each over 200 characters and several sentences, so a page holding
/// them is an article; checks look for their first sentences.
enum Prose {
    static let library = """
        The town library reopened on Saturday after a renovation that took almost two years and cost far \
        more than the council had planned. Volunteers carried the last boxes of books up the new staircase \
        in the morning, and by noon there was a queue of families waiting at the door. The head librarian \
        said that the reading room would now stay open until nine in the evening on weekdays.
        """
    static let catalogue = """
        Inside, the old card catalogue has been kept as a piece of furniture, although every record in it \
        was moved to the computer system years ago. Children were the first to find the corner with the \
        beanbags and the picture books, while their parents looked at the local history shelves. Several \
        visitors said that they had not been inside the building since they were at school themselves.
        """
    static let sundays = """
        The council will decide next month whether the library can also open on Sunday afternoons. That \
        would need at least six more volunteers, and the librarian hopes that some of the people who came \
        to the opening will sign up for a shift. A meeting for anyone who wants to help has been set for \
        the first Tuesday of the month in the upstairs hall.
        """

    /// The first sentence of a paragraph: what checks look for.
    static func lead(_ paragraph: String) -> String {
        String(paragraph.prefix { $0 != "." }) + "."
    }

    /// A page of paragraphs around `middle` (raw HTML, may be huge or hostile), built as bytes.
    static func page(before: [String] = [library], middle: Data = Data(), after: [String] = [catalogue]) -> Data {
        Data("<html><head><title>The library reopens</title></head><body>\n".utf8)
            + Data(before.map { "<p>\($0)</p>\n" }.joined().utf8) + middle
            + Data(after.map { "<p>\($0)</p>\n" }.joined().utf8) + Data("</body></html>\n".utf8)
    }
}

/// Writes a file in pieces through one `FileHandle`, so a gigabyte never sits in memory.
final class ChunkedFile {
    private let handle: FileHandle

    private init(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw MeasuredRunError(message: "cannot create \(url.path)")
        }
        handle = try FileHandle(forWritingTo: url)
    }

    /// Creates `url` and hands a writer to `body`; the file is closed afterwards.
    static func write(to url: URL, _ body: (ChunkedFile) throws -> Void) throws {
        let file = try ChunkedFile(url)
        defer { try? file.handle.close() }
        try body(file)
    }

    func write(_ data: Data) throws { try handle.write(contentsOf: data) }
    func write(_ text: String) throws { try write(Data(text.utf8)) }

    /// Writes `unit` over and over until `bytes` bytes are written (the last copy cut short),
    /// a megabyte at a time.
    func repeating(_ unit: String, bytes: Int) throws {
        let unitData = Data(unit.utf8)
        var chunk = Data()
        while chunk.count < 1 << 20 { chunk += unitData }
        chunk = chunk.prefix(chunk.count - chunk.count % unitData.count)
        var left = bytes
        while left > 0 {
            let piece = chunk.prefix(left)
            try write(piece)
            left -= piece.count
        }
    }
}

/// gzip through the system's `gzip`, as the existing CLI tests do: the test bundle has no zlib.
/// Files in and out, no pipes, so nothing can block on a full pipe.
enum GzipTool {
    /// `data` gzipped as one member.
    static func gzip(_ data: Data, level: Int = 6) throws -> Data {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-gzip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try data.write(to: scratch)
        try shell("gzip -c -\(level) < '\(scratch.path)' > '\(scratch.path).gz'")
        defer { try? FileManager.default.removeItem(atPath: scratch.path + ".gz") }
        return try Data(contentsOf: URL(fileURLWithPath: scratch.path + ".gz"))
    }

    /// One gzip member that inflates to `bytes` spaces, compressed at level 9 (about 1000:1).
    static func spaces(bytes: Int) throws -> Data {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-gzip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try shell("head -c \(bytes) /dev/zero | tr '\\0' ' ' | gzip -c -9 > '\(scratch.path)'")
        return try Data(contentsOf: scratch)
    }

    private static func shell(_ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw MeasuredRunError(message: "\(command) failed") }
    }
}

/// WARC/1.0 archives written by hand, so a record's Content-Length can lie.
enum Warc {
    /// An HTML `response` record with id `urn:uuid:ID`; `lengthError` is added to the true
    /// Content-Length; `httpHeaders` are the HTTP header lines after the status line.
    static func response(
        id: String, html: Data, url: String? = nil,
        httpHeaders: String = "Content-Type: text/html; charset=utf-8", lengthError: Int = 0
    ) -> Data {
        let block = Data("HTTP/1.1 200 OK\r\n\(httpHeaders)\r\n\r\n".utf8) + html
        let header =
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\n"
            + "WARC-Target-URI: \(url ?? "https://example.com/" + id)\r\nWARC-Date: 2026-11-24T10:00:00Z\r\n"
            + "Content-Type: application/http; msgtype=response\r\n"
            + "Content-Length: \(block.count + lengthError)\r\n\r\n"
        return Data(header.utf8) + block + Data("\r\n\r\n".utf8)
    }
}
