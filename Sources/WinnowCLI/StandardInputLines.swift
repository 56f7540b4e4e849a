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

    /// The next line without its newline (and without a carriage return before it).
    func nextLine() -> String? {
        var scanned = start
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return String(decoding: buffer[start...], as: UTF8.self)
            }
            let alreadyScanned = buffer.count - start  // `fill` may move the unread bytes to the front
            fill()
            scanned = start + alreadyScanned
        }
    }

    /// Everything not yet consumed, to the end of the input.
    func readAll() -> [UInt8] {
        while !atEnd { fill() }
        defer { start = buffer.count }
        return Array(buffer[start...])
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
