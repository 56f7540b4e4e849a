import Foundation
import Glibc
import Winnow

/// Turns one inbox file into exactly one output (or one error record) and moves it out of the
/// inbox, in an order that survives `kill -9` at any moment:
///
/// 1. the output is written to a temporary file in the outbox, fsynced, renamed, and the outbox
///    fsynced; its name carries the input's content hash, so a restart that finds it knows the
///    input was already cleaned;
/// 2. only then the input is renamed into `done/` (or deleted), and that folder fsynced.
///
/// A crash before 1 leaves the input in the inbox and a stray temporary file that the next start
/// removes; a crash between 1 and 2 makes the next run skip straight to 2. Identity is the
/// content hash plus the name: a new file under an old name is a new input.
struct Delivery: Sendable {
    var folders: WatchFolders
    var limits: Limits
    /// Cleans and renders one input: in a supervised worker process unless `--timeout 0`.
    var clean:
        @Sendable (_ name: String, _ bytes: [UInt8], _ format: InputFormat) -> Result<WinnowCLI.Outcome, InputError>
    var fileExtension: String
    var deletesDone: Bool

    enum Outcome {
        case delivered(status: String)
        case failed(code: String)
        /// The outbox or a folder could not be written: the input stays for a later try.
        case retry(reason: String)
    }

    func deliver(_ entry: InboxScanner.Entry) -> Outcome {
        let source = folders.inbox + "/" + entry.name
        if let refusal = entry.refusal {
            return fail(entry.name, code: "not-a-file", message: "\(entry.name) is \(refusal)")
        }
        let bytes: [UInt8]
        do {
            bytes = try DurableFile.read(source, limit: limits.maxBytes)
        } catch let error as DurableFile.ReadError {
            switch error {
            case .vanished: return .retry(reason: "\(entry.name) disappeared before it was read")
            case let .tooLarge(size, limit):
                return fail(
                    entry.name, code: "too-large", message: CleanError.tooLarge(bytes: size, limit: limit).description)
            case let .unreadable(why):
                return fail(entry.name, code: "unreadable", message: "cannot read \(entry.name): \(why)")
            }
        } catch {
            return fail(entry.name, code: "unreadable", message: "cannot read \(entry.name): \(error)")
        }
        let hash = DurableFile.hash(bytes)
        let output = folders.outbox + "/" + Self.outputName(entry.name, hash: hash, fileExtension: fileExtension)
        var status = "ok"
        if access(output, F_OK) != 0 {
            let format =
                entry.name.lowercased().hasSuffix(".html") || entry.name.lowercased().hasSuffix(".htm")
                ? InputFormat.html
                : entry.name.lowercased().hasSuffix(".txt") ? .text : .auto
            let cleaned: WinnowCLI.Outcome
            switch clean(entry.name, bytes, format) {
            case let .success(outcome): cleaned = outcome
            case let .failure(error): return fail(entry.name, code: error.code, message: error.message)
            }
            status = cleaned.status
            do {
                try DurableFile.write(Array(cleaned.output.utf8), to: output)
            } catch {
                return .retry(reason: "cannot write \(output): \(error)")
            }
        }
        do {
            try moveOut(entry.name, hash: hash, to: folders.done, delete: deletesDone)
        } catch {
            return .retry(reason: "cannot move \(entry.name) to \(folders.done): \(error)")
        }
        return .delivered(status: status)
    }

    /// `failed/NAME.error.json` first, then the input beside it.
    private func fail(_ name: String, code: String, message: String) -> Outcome {
        let record = JSONValue.object([
            ("input", .string(name)), ("error", .string(code)), ("message", .string(message)),
            (
                "limits",
                .object([
                    ("max_bytes", .integer(limits.maxBytes)), ("max_elements", .integer(limits.maxElements)),
                    ("max_depth", .integer(limits.maxDepth)), ("max_attributes", .integer(limits.maxAttributes)),
                ])
            ),
            ("winnow_version", .string(WinnowVersion.current)),
        ])
        do {
            try DurableFile.write(
                Array((record.serialized(pretty: true) + "\n").utf8), to: folders.failed + "/" + name + ".error.json")
            try moveOut(name, hash: nil, to: folders.failed, delete: false)
        } catch {
            return .retry(reason: "cannot record the failure of \(name) in \(folders.failed): \(error)")
        }
        return .failed(code: code)
    }

    /// Renames the input into `folder`; a different file already there under the name keeps
    /// it, and this one gets the hash in its name.
    private func moveOut(_ name: String, hash: String?, to folder: String, delete: Bool) throws {
        let source = folders.inbox + "/" + name
        if delete {
            guard unlink(source) == 0 || errno == ENOENT else { throw DurableFile.IOError(errno) }
            return
        }
        var target = folder + "/" + name
        if access(target, F_OK) == 0 {
            let stem = (name as NSString).deletingPathExtension, suffix = (name as NSString).pathExtension
            let tag = hash ?? String(UInt64(Date().timeIntervalSince1970 * 1e6), radix: 16)
            target = folder + "/" + stem + "." + tag + (suffix.isEmpty ? "" : "." + suffix)
        }
        guard rename(source, target) == 0 else { throw DurableFile.IOError(errno) }
        DurableFile.syncFolder(folder)
    }

    /// `story.html` -> `story.1a2b3c4d5e6f.json`: safe characters only, the content hash inside.
    static func outputName(_ name: String, hash: String, fileExtension: String) -> String {
        let stem = (name as NSString).deletingPathExtension
        let safe = String(
            stem.unicodeScalars.map { scalar -> Character in
                let isSafe =
                    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-_.".unicodeScalars.contains(scalar)
                return isSafe ? Character(scalar) : "_"
            }.prefix(120))
        return (safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe) + "." + hash.prefix(12) + "." + fileExtension
    }
}

/// The folders `watch` works between.
struct WatchFolders: Sendable {
    var inbox: String
    var outbox: String
    var done: String
    var failed: String
}
