import Foundation

/// Whole frames over pipe file descriptors, with a deadline. On the supervisor's side each wait
/// also reads the worker's standard error (`draining`), so a worker writing there never blocks
/// the frame it owes.
enum FramePipe {
    enum Failure: Error { case closed, timedOut }

    /// No frame is larger: a page at the largest sensible --max-bytes and its outputs.
    static let maxFrame = 1 << 31

    /// Writes all of `bytes`, waiting until `deadline` (nil: forever); fails when the other end
    /// has gone. With `draining`, `fd` must be non-blocking: a worker busy writing its standard
    /// error reads no job, and a blocking write would wait for it forever.
    static func write(
        _ bytes: [UInt8], to fd: Int32, deadline: Date? = nil, draining errors: StandardErrorTail? = nil
    ) throws(Failure) {
        var written = 0
        while written < bytes.count {
            guard try isReady(fd, for: POLLOUT, deadline: deadline, draining: errors) else { continue }
            let count = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { Glibc.write(fd, $0 + written, bytes.count - written) } ?? 0
            }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            guard count > 0 else { throw .closed }
            written += count
        }
    }

    /// The next frame's payload, waiting until `deadline` (nil: forever); nil at a clean end.
    static func read(
        from fd: Int32, deadline: Date?, draining errors: StandardErrorTail? = nil
    ) throws(Failure) -> [UInt8]? {
        guard let header = try readExactly(8, from: fd, deadline: deadline, draining: errors, endIsClean: true)
        else { return nil }
        let length = Int(truncatingIfNeeded: WorkerFrame.read64(header, at: 0))
        // Stray bytes on the pipe must not make the parent allocate what they claim.
        guard length >= 0, length <= maxFrame else { throw .closed }
        return try readExactly(length, from: fd, deadline: deadline, draining: errors, endIsClean: false)
    }

    private static func readExactly(
        _ count: Int, from fd: Int32, deadline: Date?, draining errors: StandardErrorTail?, endIsClean: Bool
    ) throws(Failure) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            guard try isReady(fd, for: POLLIN, deadline: deadline, draining: errors) else { continue }
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

    /// Waits until `fd` is ready for `events` (or has ended: the read or write says how),
    /// reading `errors` whenever it has something. False when the wait ended for another
    /// reason (standard error, a signal, a minute gone): the caller asks again.
    private static func isReady(
        _ fd: Int32, for events: Int32, deadline: Date?, draining errors: StandardErrorTail?
    ) throws(Failure) -> Bool {
        guard deadline != nil || errors != nil else { return true }
        var milliseconds: Int32 = -1
        if let deadline {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw .timedOut }
            milliseconds = Int32(min(left * 1000 + 1, 60_000))
        }
        var fds = [
            pollfd(fd: fd, events: Int16(events), revents: 0),
            pollfd(fd: errors?.descriptor ?? -1, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&fds, 2, milliseconds)
        // A failing poll leaves it to the read or write to fail.
        if ready < 0 { return errno != EINTR }
        if fds[1].revents != 0 { errors?.drain() }
        return fds[0].revents != 0
    }
}
