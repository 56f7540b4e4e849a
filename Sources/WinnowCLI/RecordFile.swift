import CZlib
import Foundation

/// A dump on disk (JSON lines or WARC), plain or gzipped (every member, as Common Crawl writes them), read
/// one line at a time through zlib's `gzread`, so a dump of any size streams in constant memory
/// apart from its longest line.
final class RecordFile {
    let path: String
    private let file: gzFile
    private var buffer = [UInt8](repeating: 0, count: 1 << 18)
    private var pending: [UInt8] = []
    private var start = 0, end = 0
    private var atEnd = false
    /// Why reading stopped early (a cut-short or corrupt gzip), once `nextLine` returned nil.
    private(set) var failure: String?

    /// True for `.jsonl`, `.ndjson` and those with `.gz`: the files read as record streams.
    static func isRecordFile(_ path: String) -> Bool {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name = String(name.dropLast(3)) }
        return name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson")
    }

    init(path: String) throws {
        self.path = path
        guard let file = gzopen(path, "rb") else {
            throw OutputError(message: "\(path): cannot read the file: \(String(cString: strerror(errno)))")
        }
        self.file = file
        gzbuffer(file, 1 << 18)
    }

    deinit { gzclose(file) }

    /// The next line without its newline, or only its length when it is longer than `limit`
    /// (read past, never held); nil at the end (check `failure`).
    func nextLine(limit: Int) -> RecordLine? {
        pending.removeAll(keepingCapacity: true)
        var dropped = 0
        while true {
            if start < end {
                let newline = newlineIndex()
                let stop = newline ?? end
                if dropped == 0, pending.count + stop - start <= limit {
                    pending += buffer[start..<stop]
                } else {
                    dropped += pending.count + stop - start
                    pending.removeAll(keepingCapacity: false)
                }
                start = newline.map { $0 + 1 } ?? end
                if newline != nil { return Self.line(pending, dropped: dropped) }
            }
            if atEnd { return pending.isEmpty && dropped == 0 ? nil : Self.line(pending, dropped: dropped) }
            refill()
        }
    }

    /// The next newline in the buffer, found with `memchr` (a 200 MB line is scanned at memory speed).
    private func newlineIndex() -> Int? {
        buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, end - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private static func line(_ bytes: [UInt8], dropped: Int) -> RecordLine {
        dropped > 0 ? .tooLong(bytes: dropped) : .text(String(decoding: bytes, as: UTF8.self))
    }

    /// The next line's bytes without the newline, or nil at the end (check `failure`).
    func nextLineBytes() -> [UInt8]? {
        pending.removeAll(keepingCapacity: true)
        while true {
            if start < end {
                if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                    pending += buffer[start..<newline]
                    start = newline + 1
                    return pending
                }
                pending += buffer[start..<end]
                start = end
            }
            if atEnd { return pending.isEmpty ? nil : pending }
            refill()
        }
    }

    /// The next `count` bytes, fewer only at the end of the file.
    func read(count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(count, 1 << 24))
        while bytes.count < count {
            if start == end {
                if atEnd { break }
                refill()
                continue
            }
            let take = min(count - bytes.count, end - start)
            bytes += buffer[start..<(start + take)]
            start += take
        }
        return bytes
    }

    /// The next `count` bytes without consuming them (fewer only at the end of the file).
    func peek(count: Int) -> [UInt8] {
        while end - start < count, !atEnd {
            // Keep the unread bytes and read more behind them.
            let unread = Array(buffer[start..<end])
            var more = [UInt8](repeating: 0, count: 1 << 16)
            let got = more.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if got <= 0 {
                atEnd = true
                if got < 0 || !isCleanEnd { failure = errorMessage }
            }
            buffer = unread + more[..<max(0, Int(got))]
            start = 0
            end = buffer.count
        }
        return Array(buffer[start..<min(end, start + count)])
    }

    /// Puts bytes back in front of the unread ones: a WARC record that claimed too many bytes
    /// swallowed the start of the next record, which is read again from here.
    func unread(_ bytes: ArraySlice<UInt8>) {
        buffer = Array(bytes) + buffer[start..<end]
        start = 0
        end = buffer.count
    }

    /// Skips `count` bytes without keeping them; returns how many there were.
    func skip(count: Int) -> Int {
        var skipped = 0
        while skipped < count {
            if start == end {
                if atEnd { break }
                refill()
                continue
            }
            let take = min(count - skipped, end - start)
            start += take
            skipped += take
        }
        return skipped
    }

    private func refill() {
        if buffer.count != 1 << 18 { buffer = [UInt8](repeating: 0, count: 1 << 18) }
        let count = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
        if count <= 0 {
            atEnd = true
            if count < 0 || !isCleanEnd { failure = errorMessage }
        }
        start = 0
        end = max(0, Int(count))
    }

    private var isCleanEnd: Bool {
        var code: Int32 = 0
        _ = gzerror(file, &code)
        return code == Z_OK
    }

    private var errorMessage: String {
        var code: Int32 = 0
        var text = gzerror(file, &code).map { String(cString: $0) } ?? "unknown zlib error"
        if text.hasPrefix(path + ": ") { text.removeFirst(path.count + 2) }
        return "\(path): the gzip data is corrupt or cut short (\(text))"
    }
}
