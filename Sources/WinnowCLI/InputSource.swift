import Foundation
import Winnow

/// One input the user named: a file found on disk or standard input.
struct InputSource: Sendable {
    /// How the input is named in outputs and errors: the path as given or found, or `-`.
    var name: String
    /// Where to read it; nil for standard input.
    var url: URL?
    /// The path below the folder the user named, used to mirror the tree under `--output`.
    var relativePath: String
    /// Standard input already read (stream mode looked at its first line).
    var preloaded: [UInt8]? = nil
    /// How long the preloaded input really was (only its first `limit + 1` bytes are kept).
    var preloadedCount: Int? = nil

    /// File extensions taken when walking a folder; files named directly are always taken.
    static let folderExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml"]  // also with .gz

    /// Expands the paths the user gave into inputs, in order; folders are walked recursively and
    /// sorted. A path that does not exist stays an input so that it ends as an error record.
    ///
    /// In folders, `include` globs (any matches) narrow the files taken and `exclude` globs drop
    /// files; a glob matches the path below the folder or the file's name (`*.html`, `2019/*`).
    static func collect(_ paths: [String], include: [String] = [], exclude: [String] = []) -> [InputSource] {
        var inputs: [InputSource] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(InputSource(name: "-", url: nil, relativePath: "stdin"))
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                let url = URL(fileURLWithPath: path)
                inputs.append(InputSource(name: path, url: url, relativePath: url.lastPathComponent))
                continue
            }
            inputs += walk(folder: path).filter { Self.isWanted($0.relativePath, include: include, exclude: exclude) }
        }
        return inputs
    }

    static func isWanted(_ relativePath: String, include: [String], exclude: [String]) -> Bool {
        let name = (relativePath as NSString).lastPathComponent
        let matches = { (glob: String) in fnmatch(glob, relativePath, 0) == 0 || fnmatch(glob, name, 0) == 0 }
        return (include.isEmpty || include.contains(where: matches)) && !exclude.contains(where: matches)
    }

    private static func walk(folder: String) -> [InputSource] {
        let root = URL(fileURLWithPath: folder)
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: keys,
                options: [.skipsHiddenFiles])
        else { return [] }
        var found: [InputSource] = []
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: Set(keys)).isRegularFile) == true,
                folderExtensions.contains(Self.innerExtension(url.lastPathComponent))
            else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : url.lastPathComponent
            let name = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            found.append(InputSource(name: name, url: url, relativePath: relative))
        }
        return found.sorted { $0.relativePath < $1.relativePath }
    }

    /// The format the extension promises, else auto.
    var formatFromExtension: InputFormat {
        var name = url?.lastPathComponent.lowercased() ?? ""
        if name.hasSuffix(".gz") { name = String(name.dropLast(3)) }
        switch (name as NSString).pathExtension {
        case "html", "htm", "xhtml": return .html
        case "txt", "text": return .text
        default: return .auto
        }
    }

    /// The extension under a `.gz`: `page.html.gz` gives `html`.
    static func innerExtension(_ name: String) -> String {
        var lowered = name.lowercased()
        if lowered.hasSuffix(".gz") { lowered = String(lowered.dropLast(3)) }
        return (lowered as NSString).pathExtension
    }

    /// The bytes, gunzipped when they are gzip (at most `limit` bytes once inflated), or an error
    /// naming the cause (missing, a folder, unreadable, corrupt or oversized gzip).
    func read(limit: Int) -> Result<[UInt8], InputError> {
        // Known to be over the limit: refuse without reading (a 1 GB file never enters memory).
        // A gzip file larger than the limit inflates larger still.
        if let size = url.flatMap(Self.fileSize) ?? preloadedCount, size > limit {
            return .failure(InputError(CleanError.tooLarge(bytes: size, limit: limit)))
        }
        switch read() {
        case let .failure(error): return .failure(error)
        case let .success(bytes):
            guard Gunzip.isGzip(bytes), (url?.pathExtension.lowercased() == "gz" || url == nil) else {
                return .success(bytes)
            }
            switch Gunzip.decompress(bytes, limit: limit) {
            case let .success(inflated): return .success(inflated)
            case let .failure(.tooLarge(limit)):
                return .failure(
                    InputError(
                        code: "too-large", message: "gzip data inflates past \(limit) bytes (raise it with --max-bytes)"
                    ))
            case let .failure(.corrupt(why)):
                return .failure(InputError(code: "bad-gzip", message: "cannot gunzip: \(why)"))
            }
        }
    }

    private static func fileSize(_ url: URL) -> Int? {
        var status = stat()
        guard stat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// The bytes as stored, or an error naming the cause (missing, a folder, unreadable).
    func read() -> Result<[UInt8], InputError> {
        guard let url else {
            if let preloaded { return .success(preloaded) }
            return .success(Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        do {
            return .success(Array(try Data(contentsOf: url)))
        } catch {
            let nsError = error as NSError
            let underlying = (nsError.userInfo[NSUnderlyingErrorKey] as? NSError)?.code ?? 0
            let cause: String
            switch (nsError.code, underlying) {
            case (NSFileReadNoSuchFileError, _), (_, Int(ENOENT)): cause = "no such file"
            case (NSFileReadNoPermissionError, _), (_, Int(EACCES)): cause = "permission denied"
            case (_, Int(EISDIR)): cause = "is a folder"
            default: cause = nsError.localizedDescription
            }
            return .failure(InputError(code: "unreadable", message: "cannot read the file: \(cause)"))
        }
    }
}

/// An input that failed before or during cleaning, as the CLI reports it.
struct InputError: Error, Sendable {
    var code: String
    var message: String

    init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    init(_ error: CleanError) {
        self.init(code: error.code, message: error.description)
    }
}
