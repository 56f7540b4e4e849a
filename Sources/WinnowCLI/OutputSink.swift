import Foundation
import Winnow

/// Where results go: standard output, or one file per input under `--output`, or one JSON lines file.
final class OutputSink {
    let format: OutputFormat
    let outputFolder: URL?
    let explain: Bool
    let inputCount: Int
    /// `--format jsonl --output DIR`: DIR/winnow.jsonl, written as results come.
    private let jsonLines: ResumableLines?

    let writer: any ArticleWriter

    init(
        format: OutputFormat, writer: any ArticleWriter, outputFolder: String?, explain: Bool, inputCount: Int,
        resuming: Bool = false
    ) throws {
        self.writer = writer
        self.format = format
        self.outputFolder = outputFolder.map { URL(fileURLWithPath: $0, isDirectory: true) }
        self.explain = explain
        self.inputCount = inputCount
        jsonLines =
            try format == .jsonl
            ? self.outputFolder.map {
                try ResumableLines(final: Self.jsonLinesURL($0.path), resuming: resuming)
            } : nil
    }

    /// The one JSON lines file of `--format jsonl --output DIR`.
    static func jsonLinesURL(_ folder: String) -> URL {
        URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent("winnow.jsonl")
    }

    /// Inputs a resumed JSON lines output already holds (its first lines, in input order).
    var alreadyDone: Int { jsonLines?.alreadyDone ?? 0 }

    /// Writes one input's output, rendered already (`DocumentCleaner`), or its error record.
    func emit(_ input: InputSource, _ result: Result<Outcome, InputError>) throws {
        if format == .jsonl {
            let line =
                switch result {
                case let .success(outcome): outcome.output
                case let .failure(error): Self.errorRecord(input, error).serialized() + "\n"
                }
            if let jsonLines { try jsonLines.append(line) } else { Self.write(line) }
            return
        }
        guard case let .success(outcome) = result else { return }
        let text = outcome.output
        if let url = outputURL(for: input) {
            try AtomicFile.write(text, to: url)
        } else {
            if inputCount > 1, format != .json { Self.write("==> \(input.name) <==\n") }
            Self.write(text)
            if inputCount > 1, format != .json { Self.write("\n") }
        }
    }

    /// The file an input's output goes to under `--output` (mirroring its place in the input tree),
    /// or nil when outputs go to standard output or into one JSON lines file.
    func outputURL(for input: InputSource) -> URL? {
        guard let outputFolder, format != .jsonl else { return nil }
        var stem = input.relativePath
        if stem.lowercased().hasSuffix(".gz") { stem = String(stem.dropLast(3)) }
        return outputFolder.appendingPathComponent(
            (stem as NSString).deletingPathExtension + "." + writer.fileExtension)
    }

    func finish() throws {
        try jsonLines?.finish()
    }

    /// `{"id":…,"status":"error","error":code,"message":…}`: one line per failed input.
    static func errorRecord(_ input: InputSource, _ error: InputError) -> JSONValue {
        .object([
            ("id", .string(input.name)), ("source", .object([("path", .string(input.name))])),
            ("status", .string("error")), ("error", .string(error.code)), ("message", .string(error.message)),
        ])
    }

    private static func write(_ text: String) {
        StandardOutput.write(text)
    }
}

/// Writes a file by writing a temporary sibling and renaming it, so a reader never sees half a file.
enum AtomicFile {
    static func write(_ text: String, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        try Data(text.utf8).write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            let cause = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(message: "cannot write \(url.path): \(cause)")
        }
    }
}

struct OutputError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
