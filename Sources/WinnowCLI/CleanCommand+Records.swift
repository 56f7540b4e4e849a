import ArgumentParser
import Foundation
import Winnow

/// `clean` over JSON lines dumps and WARC archives: a line per record, in order, on all cores,
/// to standard output or `DIR/NAME.jsonl`.
extension CleanCommand {
    /// JSON lines dumps (`.jsonl`, `.jsonl.gz`) and WARC archives (`.warc`, `.warc.gz`) on disk:
    /// streamed record by record like standard input, one output line per record in order, file
    /// after file, cleaned on all cores a batch at a time.
    func cleanRecordFiles(_ paths: [String], _ options: Options, pool: WorkerPool?) throws {
        let stream = recordStream(options)
        let learnt = noSiteLearning ? nil : learnRecordTemplates(paths, options: options, stream: stream, pool: pool)
        var broken = 0
        for path in paths {
            let file: RecordFile
            do { file = try RecordFile(path: path) } catch {
                say("winnow: \(error)")
                broken += 1
                continue
            }
            // With --output, DIR/NAME.jsonl is written as it goes and renamed into place at the end;
            // --resume skips a finished file and finishes a partial one after its last complete line.
            let target = output.map { Self.recordOutputURL(path, folder: $0) }
            if resume, let target, FileManager.default.fileExists(atPath: target.path) {
                if !quiet { say("winnow: resuming: \(target.path) is already complete") }
                continue
            }
            let lines = try target.map { try ResumableLines(final: $0, resuming: resume) }
            let skip = lines?.alreadyDone ?? 0
            if skip > 0, !quiet { say("winnow: resuming: \(path): \(skip) records already written") }
            let write = { (line: String) throws in
                if let lines {
                    try lines.append(line)
                } else {
                    StandardOutput.write(line + "\n")
                }
            }
            if WarcReader.isWarc(path) {
                let warc = WarcReader(file: file, limit: options.limits.maxBytes)
                try RecordStream.runInParallel(
                    jobs: jobs, skip: skip, next: warc.next,
                    transform: { next, number in
                        let template = (try? next.get()).flatMap { learnt?.templates[Self.site(of: $0, in: path)] }
                        return Self.warcOutput(
                            next, number: number, stream: stream, pool: pool, template: template,
                            stopped: learnt?.stopped[path]?[number])
                    }, write: write)
                if warc.recordsRead == 0, file.failure == nil {
                    say("winnow: \(path): no WARC record found (not a WARC archive?)")
                    broken += 1
                }
            } else {
                try RecordStream.runInParallel(
                    jobs: jobs, skip: skip,
                    next: { file.nextLine(limit: RecordLine.limit(maxBytes: options.limits.maxBytes)) },
                    transform: { line, number in
                        let template = learnt?.template(path: path, line: number)
                        return Self.recordOutput(
                            line, number: number, stream: stream, pool: pool, template: template,
                            stopped: learnt?.stopped[path]?[number])
                    }, write: write)
            }
            try lines?.finish()
            if let failure = file.failure {
                say("winnow: \(failure)")
                broken += 1
            }
        }
        if broken > 0 { throw ExitCode(1) }
    }

    /// `crawl.warc.gz` -> `DIR/crawl.jsonl`, `dump.jsonl.gz` -> `DIR/dump.jsonl`.
    static func recordOutputURL(_ path: String, folder: String) -> URL {
        var name = (path as NSString).lastPathComponent
        for suffix in [".gz", ".jsonl", ".ndjson", ".warc"] where name.lowercased().hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        return URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(name + ".jsonl")
    }

    /// A JSON lines record's output line, cleaned in a worker when there is a pool. A record the
    /// worker could not finish, or one already `stopped` in the learning pass (which would only
    /// be stopped again), becomes an error record with the id read from the line.
    static func recordOutput(
        _ line: RecordLine, number: Int, stream: RecordStream, pool: WorkerPool?, template: SiteTemplate? = nil,
        stopped: InputError? = nil
    ) -> String {
        guard let pool, case let .text(text) = line else {
            return stream.output(for: line, number: number, template: template).line
        }
        let request = WorkerRequest(
            kind: .recordLine, number: number, strings: [text] + (template?.strings ?? []))
        switch stopped.map({ .failure($0) }) ?? pool.run(request).mapError(\.inputError) {
        case let .success(reply): return reply.strings.first ?? ""
        case let .failure(error):
            return RecordStream.errorLine(
                id: stream.recordID(text) ?? "line \(number)", line: number, code: error.code, message: error.message)
        }
    }

    /// A WARC record's output line, cleaned in a worker when there is a pool; an error record
    /// without a second try when it was `stopped` in the learning pass.
    static func warcOutput(
        _ next: Result<WarcReader.Page, WarcReader.RecordFailure>, number: Int, stream: RecordStream, pool: WorkerPool?,
        template: SiteTemplate? = nil, stopped: InputError? = nil
    ) -> String {
        guard let pool, case let .success(page) = next else {
            return stream.output(for: next, number: number, template: template)
        }
        var request = page.request
        request.number = number
        request.strings += template?.strings ?? []
        switch stopped.map({ .failure($0) }) ?? pool.run(request).mapError(\.inputError) {
        case let .success(reply): return reply.strings.first ?? ""
        case let .failure(error):
            return RecordStream.errorLine(id: page.id, line: number, code: error.code, message: error.message)
        }
    }
}
