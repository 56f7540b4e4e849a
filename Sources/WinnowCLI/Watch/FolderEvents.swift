import Glibc

/// Tells the daemon when the inbox may have changed: the only platform-specific part of `watch`.
///
/// Linux: inotify for `IN_CLOSE_WRITE` (a writer closed the file) and `IN_MOVED_TO` (a file was
/// renamed in). Events are hints only; the daemon's rescans are the source of truth, so a lost
/// event or a queue overflow costs latency, never a file. `polling` (network filesystems) and any
/// other platform just wait; kqueue or FSEvents would slot in here on macOS.
final class FolderEvents {
    enum Wake: Equatable {
        /// Names that were closed after writing or moved in.
        case changed(Set<String>)
        /// The kernel dropped events: rescan everything.
        case overflow
        case timeout
    }

    private var descriptor: Int32 = -1

    init(folder: String, polling: Bool) throws {
        guard !polling else { return }
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError.system("inotify_init1", errno) }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_Q_OVERFLOW)
        guard inotify_add_watch(descriptor, folder, mask) >= 0 else {
            let code = errno
            close(descriptor)
            throw WatchError.system("inotify_add_watch \(folder)", code)
        }
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    var isPolling: Bool { descriptor < 0 }

    /// Waits up to `seconds` for events.
    func wait(seconds: Double) -> Wake {
        guard descriptor >= 0 else {
            usleep(useconds_t(max(0, seconds) * 1_000_000))
            return .timeout
        }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(max(0, seconds) * 1000))
        guard ready > 0 else { return .timeout }
        return drain()
    }

    private func drain() -> Wake {
        var names = Set<String>()
        var overflowed = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (mask, length) = buffer.withUnsafeBytes { raw -> (UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.mask, Int(event.len))
                }
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { overflowed = true }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                if length > 0, nameStart + length <= count {
                    let bytes = buffer[nameStart..<(nameStart + length)].prefix { $0 != 0 }
                    names.insert(String(decoding: bytes, as: UTF8.self))
                }
                offset = nameStart + length
            }
        }
        return overflowed ? .overflow : .changed(names)
    }
}

/// Why `watch` cannot go on at all (bad folders, no inotify): reported once, exit 1.
enum WatchError: Error, CustomStringConvertible {
    case system(String, Int32)
    case folder(String, String)

    var description: String {
        switch self {
        case let .system(call, code): "\(call) failed: \(String(cString: strerror(code)))"
        case let .folder(path, why): "\(path): \(why)"
        }
    }
}
