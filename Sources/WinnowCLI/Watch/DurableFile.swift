import Glibc

/// File operations that survive a crash: write to a temporary sibling, fsync, rename, fsync
/// the folder. Files are created 0644 at most.
enum DurableFile {
    struct IOError: Error, CustomStringConvertible {
        var code: Int32
        init(_ code: Int32) { self.code = code }
        var description: String { String(cString: strerror(code)) }
    }

    enum ReadError: Error {
        case vanished
        case tooLarge(size: Int, limit: Int)
        case unreadable(String)
    }

    /// Temporary files carry this suffix; a start removes any left by a crash.
    static let temporarySuffix = ".winnow-tmp"

    static func write(_ bytes: [UInt8], to path: String) throws {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let folder = String(path[..<slash]).isEmpty ? "." : String(path[..<path.index(before: slash)])
        let temporary = String(path[..<slash]) + "." + String(path[slash...]) + "." + String(getpid()) + temporarySuffix
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw IOError(errno) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw IOError(code)
            }
            written += count
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw IOError(code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw IOError(code)
        }
        syncFolder(folder)
    }

    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Reads a regular file without following links, refusing more than `limit` bytes.
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw ReadError.vanished }
            throw ReadError.unreadable(String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw ReadError.unreadable("not a regular file")
        }
        guard Int(info.st_size) <= limit else { throw ReadError.tooLarge(size: Int(info.st_size), limit: limit) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { throw ReadError.unreadable(String(cString: strerror(errno))) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw ReadError.tooLarge(size: bytes.count, limit: limit) }
        }
        return bytes
    }

    /// FNV-1a over the content, as 16 hex digits: the content half of an input's identity.
    static func hash(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Removes temporary files a crash left in `folder`.
    static func removeStrays(in folder: String) -> Int {
        guard let directory = opendir(folder) else { return 0 }
        defer { closedir(directory) }
        var removed = 0
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(temporarySuffix), unlink(folder + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }
}
