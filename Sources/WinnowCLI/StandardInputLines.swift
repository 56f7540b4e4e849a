import Foundation

/// Standard input read straight from file descriptor 0, as bytes: a line is handed on as soon as
/// it has arrived (the stream mode answers each record before the next is written), and the first
/// byte can be looked at to choose the mode without losing it or re-encoding anything.
final class StandardInputLines {
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    /// The first byte not yet consumed, or nil at the end of the input.
    func peek() -> UInt8? {
        while start == buffer.count, !atEnd { fill() }
        return start < buffer.count ? buffer[start] : nil
    }

    /// The next line without its newline (and without a carriage return before it); a line
    /// longer than `limit` is read past, never held, and reported by its length.
    func nextLine(limit: Int) -> RecordLine? {
        var scanned = start
        var dropped = 0
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                defer { start = newline + 1 }
                if dropped > 0 || end - start > limit { return .tooLong(bytes: dropped + end - start) }
                return .text(String(decoding: buffer[start..<end], as: UTF8.self))
            }
            if atEnd {
                guard start < buffer.count || dropped > 0 else { return nil }
                defer { start = buffer.count }
                if dropped > 0 || buffer.count - start > limit {
                    return .tooLong(bytes: dropped + buffer.count - start)
                }
                return .text(String(decoding: buffer[start...], as: UTF8.self))
            }
            if buffer.count - start > limit {
                dropped += buffer.count - start
                start = buffer.count
            }
            let alreadyScanned = buffer.count - start  // `fill` may move the unread bytes to the front
            fill()
            scanned = start + alreadyScanned
        }
    }

    /// Everything not yet consumed, to the end of the input, keeping at most `limit + 1` bytes
    /// (enough to know the input is over the limit); the second value is the whole length.
    func readAll(limit: Int) -> (bytes: [UInt8], count: Int) {
        var dropped = 0
        while !atEnd {
            fill()
            if buffer.count - start > limit + 1 {
                dropped += buffer.count - start - (limit + 1)
                buffer.removeLast(buffer.count - start - (limit + 1))
            }
        }
        defer { start = buffer.count }
        return (Array(buffer[start...]), buffer.count - start + dropped)
    }

    /// One `read(2)`: whatever the pipe holds now, up to 64 KiB. Consumed bytes are dropped first.
    private func fill() {
        if start > 0, start == buffer.count || start > 1 << 20 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { return }
        if count <= 0 { atEnd = true } else { buffer += chunk[..<count] }
    }
}

/// A line of a JSON lines dump: its text, or only its length when it is longer than any record
/// within `--max-bytes` can be (so a 200 MB line is never held in memory).
enum RecordLine: Sendable {
    case text(String)
    case tooLong(bytes: Int)

    /// The longest line kept: a page at the byte limit, JSON-escaped (about twice the bytes at
    /// worst for real pages), plus room for the other fields.
    static func limit(maxBytes: Int) -> Int { 2 * maxBytes + 1 << 20 }
}
