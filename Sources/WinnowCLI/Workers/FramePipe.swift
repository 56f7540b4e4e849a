import Foundation

/// Whole frames over pipe file descriptors, with a deadline on reads.
enum FramePipe {
    enum Failure: Error { case closed, timedOut }

    /// No frame is larger: a page at the largest sensible --max-bytes and its outputs.
    static let maxFrame = 1 << 31

    /// Writes all of `bytes`; fails when the other end has gone.
    static func write(_ bytes: [UInt8], to fd: Int32) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { Glibc.write(fd, $0 + written, bytes.count - written) } ?? 0
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .closed }
            written += count
        }
    }

    /// The next frame's payload, waiting until `deadline` (nil: forever); nil at a clean end.
    static func read(from fd: Int32, deadline: Date?) throws(Failure) -> [UInt8]? {
        guard let header = try readExactly(8, from: fd, deadline: deadline, endIsClean: true) else { return nil }
        let length = Int(truncatingIfNeeded: WorkerFrame.read64(header, at: 0))
        // Stray bytes on the pipe must not make the parent allocate what they claim.
        guard length >= 0, length <= maxFrame else { throw .closed }
        return try readExactly(length, from: fd, deadline: deadline, endIsClean: false)
    }

    private static func readExactly(_ count: Int, from fd: Int32, deadline: Date?, endIsClean: Bool) throws(Failure)
        -> [UInt8]?
    {
        var bytes = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            if let deadline {
                let left = deadline.timeIntervalSinceNow
                guard left > 0 else { throw .timedOut }
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, Int32(min(left * 1000 + 1, 60_000)))
                if ready < 0, errno == EINTR { continue }
                if ready == 0 { continue }
            }
            let read = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { Glibc.read(fd, $0 + got, count - got) } ?? 0
            }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else {
                if got == 0, endIsClean { return nil }
                throw .closed
            }
            got += read
        }
        return bytes
    }
}
