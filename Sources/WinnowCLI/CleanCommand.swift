import ArgumentParser
import Foundation
import Winnow

/// `winnow clean`: files, folders or standard input to article text, Markdown or JSON.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Clean pages and text dumps down to the article body and its metadata.",
        discussion: """
            PATH is a file, a folder (walked recursively for .txt, .text, .html, .htm) or - for standard input.
            Every input ends as exactly one output or one error; one bad input never stops the others.
            Exit status: 0 all inputs cleaned, 1 some failed, 64 bad usage.

            Examples:
              winnow clean samples/text/seed-000/input.txt
              winnow clean --format json page.txt
              winnow clean --explain page.txt            (why each block was kept or removed)
              winnow clean --format markdown --output out/ dumps/
              cat page.txt | winnow clean --format jsonl -
            """
    )

    @Argument(help: "Files, folders, or - for standard input.") var paths: [String] = []

    @Option(help: "Output format: text, markdown, json or jsonl.") var format: OutputFormat = .text

    @Option(
        name: .customLong("input-format"),
        help: "Read inputs as auto, text or html (auto: by extension, then by sniffing).")
    var inputFormat: InputFormat = .auto

    @Option(help: "Write one file per input into this folder (jsonl: one winnow.jsonl) instead of standard output.")
    var output: String?

    @Flag(help: "Print one line per block: kept or removed, label, reason and the numbers behind it.")
    var explain = false

    @Option(
        name: .customLong("reference-date"), help: "Resolve relative dates ('a day ago') against this ISO 8601 date.")
    var referenceDate: String?

    @OptionGroup(title: "Limits per document") var limitOptions: LimitOptions

    @Option(help: "Read inputs in this charset when they do not say (a label like windows-1251).")
    var encoding: String?

    @Option(name: .customLong("id-field"), help: "JSON lines records: the field with the record's id.") var idField =
        "id"
    @Option(name: .customLong("html-field"), help: "JSON lines records: the field with the page's HTML.")
    var htmlField = "html"
    @Option(name: .customLong("text-field"), help: "JSON lines records: the field with a text dump.") var textField =
        "text"
    @Option(name: .customLong("url-field"), help: "JSON lines records: the field with the page's address.")
    var urlField = "url"
    @Option(name: .customLong("date-field"), help: "JSON lines records: the field with the fetch date.") var dateField =
        "date"

    @Flag(help: "Markdown: keep in-article links as [text](href).") var links = false
    @Flag(help: "Markdown: keep images as ![alt](src).") var images = false
    @Flag(help: "Keep the page's comments apart from the body (JSON 'comments', a Markdown section).")
    var comments = false
    @Flag(help: "Keep the article's photo captions and credits in the body.") var captions = false

    @Option(help: "In folders, take only files matching this glob (repeatable): --include '*.html'.")
    var include: [String] = []
    @Option(help: "In folders, skip files matching this glob (repeatable): --exclude 'expected.*'.")
    var exclude: [String] = []

    @Option(help: "Documents cleaned at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Write the batch's summary (counts by status and removed label, docs/s, MB/s) as JSON here.")
    var stats: String?
    @Flag(help: "No progress bar and no end-of-batch summary on standard error.") var quiet = false
    @Flag(help: "With --output: skip inputs whose output file is already there (after an interruption).")
    var resume = false

    @Flag(
        name: .customLong("no-site-learning"),
        help: "Judge each page alone: do not learn the blocks many pages of one site in the batch share.")
    var noSiteLearning = false

    @Flag(name: .customLong("as-worker"), help: .hidden) var asWorker = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one PATH, or - for standard input") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let referenceDate, DateParts(iso: referenceDate) == nil {
            throw ValidationError("--reference-date '\(referenceDate)' is not an ISO 8601 date like 2026-11-24")
        }
        if explain, output != nil { throw ValidationError("--explain prints to standard output; drop --output") }
        if resume, output == nil {
            throw ValidationError("--resume needs --output DIR: it finishes what an interrupted run left there")
        }
    }

    func run() throws {
        var options = Options()
        options.limits = limitOptions.limits
        options.metadata.referenceDate = referenceDate
        options.classify.keepsCaptions = captions
        options.write.includesLinks = links
        options.write.includesImages = images
        options.write.includesComments = comments
        if asWorker {
            limitOptions.capWorkerMemory()
            return WorkerLoop(documents: documentCleaner(options), records: recordStream(options)).run()
        }
        let pool =
            limitOptions.timeout > 0 ? WorkerPool(arguments: workerArguments, timeout: limitOptions.timeout) : nil
        defer { pool?.shutdown() }
        // `--format jsonl -` with a JSON object on standard input is the stream mode: one output
        // line per record line. Anything else on standard input is one document, read as bytes.
        if format == .jsonl, paths == ["-"], output == nil, !explain {
            let input = StandardInputLines()
            guard input.peek() == UInt8(ascii: "{") else {
                let (bytes, count) = input.readAll(limit: options.limits.maxBytes)
                return try cleanFiles(paths, options, preloadedStandardInput: (bytes, count), pool: pool)
            }
            let limit = RecordLine.limit(maxBytes: options.limits.maxBytes)
            let stream = recordStream(options)
            var number = 0
            while let line = input.nextLine(limit: limit) {
                number += 1
                let output = Self.recordOutput(line, number: number, stream: stream, pool: pool)
                StandardOutput.write(output + "\n")
            }
            return
        }
        guard format == .jsonl, !explain, paths.contains(where: Self.isRecordFile) else {
            return try cleanFiles(paths, options, preloadedStandardInput: nil, pool: pool)
        }
        // Record files (JSON lines, WARC) give a line per record, documents a line each, in the
        // order named; a failure in one group never stops the next. Into a folder, each record
        // file writes its own NAME.jsonl and all documents one winnow.jsonl (so one group).
        var groups = Self.runs(of: paths, by: Self.isRecordFile)
        if let output {
            let records = paths.filter(Self.isRecordFile), documents = paths.filter { !Self.isRecordFile($0) }
            groups = [records, documents].filter { !$0.isEmpty }
            let names =
                records.map { Self.recordOutputURL($0, folder: output).lastPathComponent }
                + (documents.isEmpty ? [] : ["winnow.jsonl"])
            let clashes = Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            guard clashes.isEmpty else {
                throw ValidationError(
                    "several inputs would write \(clashes.joined(separator: ", ")) in \(output): clean them apart")
            }
        }
        var failed = false
        for group in groups {
            do {
                if Self.isRecordFile(group[0]) {
                    try cleanRecordFiles(group, options, pool: pool)
                } else {
                    try cleanFiles(group, options, preloadedStandardInput: nil, pool: pool)
                }
            } catch let exit as ExitCode where exit == ExitCode(1) {
                failed = true
            } catch {
                say("winnow: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    static func isRecordFile(_ path: String) -> Bool { RecordFile.isRecordFile(path) || WarcReader.isWarc(path) }

    /// Consecutive runs of paths that agree on `key`.
    static func runs(of paths: [String], by key: (String) -> Bool) -> [[String]] {
        var runs: [[String]] = []
        for path in paths {
            if let last = runs.last?.last, key(last) == key(path) {
                runs[runs.count - 1].append(path)
            } else {
                runs.append([path])
            }
        }
        return runs
    }

    /// JSON lines dumps (`.jsonl`, `.jsonl.gz`) and WARC archives (`.warc`, `.warc.gz`) on disk:
    /// streamed record by record like standard input, one output line per record in order, file
    /// after file, cleaned on all cores a batch at a time.
    private func cleanRecordFiles(_ paths: [String], _ options: Options, pool: WorkerPool?) throws {
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
                        return Self.warcOutput(next, number: number, stream: stream, pool: pool, template: template)
                    }, write: write)
                if warc.recordsRead == 0, file.failure == nil {
                    say("winnow: \(path): no WARC record found (not a WARC archive?)")
                    broken += 1
                }
            } else {
                let sites = learnt?.lineSites[path] ?? []
                try RecordStream.runInParallel(
                    jobs: jobs, skip: skip,
                    next: { file.nextLine(limit: RecordLine.limit(maxBytes: options.limits.maxBytes)) },
                    transform: { line, number in
                        let site = number <= sites.count ? sites[number - 1] : nil
                        let template = site.flatMap { learnt?.templates[$0] }
                        return Self.recordOutput(line, number: number, stream: stream, pool: pool, template: template)
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

    /// What the first pass over record files learnt: each site's template, and the site of every
    /// JSON line by file (WARC records carry their address, so theirs is read again).
    struct LearntTemplates {
        var templates: [String: SiteTemplate] = [:]
        var lineSites: [String: [String?]] = [:]
    }

    /// A WARC page's site: its address's host, else its archive.
    static func site(of page: WarcReader.Page, in path: String) -> String {
        page.url.flatMap(Cleaner.host) ?? "file " + path
    }

    /// The first pass over record files: every record's fingerprints counted per site (its
    /// address's host, else its file), in parallel and in workers like the cleaning itself.
    private func learnRecordTemplates(_ paths: [String], options: Options, stream: RecordStream, pool: WorkerPool?)
        -> LearntTemplates
    {
        var learner = SiteTemplateLearner()
        var learnt = LearntTemplates()
        let documents = documentCleaner(options)
        for path in paths {
            guard let file = try? RecordFile(path: path) else { continue }
            if WarcReader.isWarc(path) {
                let warc = WarcReader(file: file, limit: options.limits.maxBytes)
                RecordStream.runInParallel(
                    jobs: jobs, next: warc.next,
                    transform: { next, _ -> PageFingerprints? in
                        guard case let .success(page) = next else { return nil }
                        let read =
                            pool?.fingerprints(name: page.id, bytes: page.body, format: .html, charset: page.charset)
                            ?? documents.fingerprints(
                                name: page.id, bytes: page.body, format: .html, charset: page.charset)
                        guard case let .success(found) = read else { return nil }
                        return PageFingerprints(site: Self.site(of: page, in: path), fingerprints: found.fingerprints)
                    },
                    write: { page in
                        if let page, let site = page.site { learner.add(site: site, fingerprints: page.fingerprints) }
                    })
            } else {
                var sites: [String?] = []
                RecordStream.runInParallel(
                    jobs: jobs, next: { file.nextLine(limit: RecordLine.limit(maxBytes: options.limits.maxBytes)) },
                    transform: { line, _ -> PageFingerprints? in
                        guard let pool else { return stream.fingerprints(for: line, fallbackSite: "file " + path) }
                        guard case let .text(text) = line else { return nil }
                        return try? pool.recordFingerprints(line: text, fallbackSite: "file " + path).get()
                    },
                    write: { page in
                        sites.append(page?.site)
                        if let page, let site = page.site { learner.add(site: site, fingerprints: page.fingerprints) }
                    })
                learnt.lineSites[path] = sites
            }
        }
        learnt.templates = learner.templates()
        return learnt
    }

    /// A killed run can leave the temporary siblings `AtomicFile` writes (`.NAME.PID.tmp`); a
    /// resumed run removes them from the folders it is about to write into.
    private static func removeHalfWrittenFiles(for inputs: [InputSource], sink: OutputSink) {
        let folders = Set(inputs.compactMap { sink.outputURL(for: $0)?.deletingLastPathComponent().path })
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
            }
        }
    }

    private func documentCleaner(_ options: Options) -> DocumentCleaner {
        DocumentCleaner(
            cleaner: Cleaner(options: options), writer: format.writer(options.write),
            explain: explain && format != .jsonl,
            encoding: encoding)
    }

    /// The worker's command line: this one, marked (a worker never reads its paths; it answers
    /// jobs on standard input with the same settings).
    private var workerArguments: [String] {
        let arguments = CommandLine.arguments.dropFirst()
        return ["clean", "--as-worker"] + (arguments.first == "clean" ? arguments.dropFirst() : arguments)
    }

    /// A JSON lines record's output line, cleaned in a worker when there is a pool. A record the
    /// worker could not finish becomes an error record with the id read from the line.
    static func recordOutput(
        _ line: RecordLine, number: Int, stream: RecordStream, pool: WorkerPool?, template: SiteTemplate? = nil
    ) -> String {
        guard let pool, case let .text(text) = line else {
            return stream.output(for: line, number: number, template: template).line
        }
        let request = WorkerRequest(
            kind: .recordLine, number: number, strings: [text] + (template?.strings ?? []))
        switch pool.run(request) {
        case let .success(reply): return reply.strings.first ?? ""
        case let .failure(failure):
            return RecordStream.errorLine(
                id: stream.recordID(text) ?? "line \(number)", line: number, code: failure.code,
                message: failure.message)
        }
    }

    /// A WARC record's output line, cleaned in a worker when there is a pool.
    static func warcOutput(
        _ next: Result<WarcReader.Page, WarcReader.RecordFailure>, number: Int, stream: RecordStream, pool: WorkerPool?,
        template: SiteTemplate? = nil
    ) -> String {
        guard let pool, case let .success(page) = next else {
            return stream.output(for: next, number: number, template: template)
        }
        var request = page.request
        request.number = number
        request.strings += template?.strings ?? []
        switch pool.run(request) {
        case let .success(reply): return reply.strings.first ?? ""
        case let .failure(failure):
            return RecordStream.errorLine(id: page.id, line: number, code: failure.code, message: failure.message)
        }
    }

    private func recordStream(_ options: Options) -> RecordStream {
        RecordStream(
            cleaner: Cleaner(options: options), writer: JSONWriter(compact: true, options: options.write),
            fields: RecordStream.Fields(id: idField, html: htmlField, text: textField, url: urlField, date: dateField),
            inputFormat: inputFormat, encoding: encoding)
    }

    /// Files, folders and standard input as documents.
    private func cleanFiles(
        _ paths: [String], _ options: Options, preloadedStandardInput: (bytes: [UInt8], count: Int)?, pool: WorkerPool?
    ) throws {
        var inputs = InputSource.collect(paths, include: include, exclude: exclude)
        for index in inputs.indices where inputs[index].url == nil {
            inputs[index].preloaded = preloadedStandardInput?.bytes
            inputs[index].preloadedCount = preloadedStandardInput?.count
        }
        if inputs.isEmpty { throw ValidationError("no inputs found under \(paths.joined(separator: ", "))") }
        let started = Date()  // the learning pass included
        // Learnt from every input, before --resume skips any, so the templates do not depend on
        // which inputs were already done.
        let learnt =
            noSiteLearning || inputs.count < 2
            ? (templates: [:], stopped: [:]) : learnSiteTemplates(inputs, options: options, pool: pool)
        var summary = RunSummary()
        if resume, format == .jsonl, let output,
            FileManager.default.fileExists(atPath: OutputSink.jsonLinesURL(output).path)
        {
            if !quiet { say("winnow: resuming: \(OutputSink.jsonLinesURL(output).path) is already complete") }
            return
        }
        let sink = try OutputSink(
            format: format, writer: format.writer(options.write), outputFolder: output, explain: explain,
            inputCount: inputs.count, resuming: resume)
        if resume, sink.alreadyDone > 0 {
            // The JSON lines output holds the first inputs' lines, in input order.
            summary.skipped = min(sink.alreadyDone, inputs.count)
            inputs.removeFirst(summary.skipped)
            if !quiet { say("winnow: resuming: \(summary.skipped) inputs already in the JSON lines output") }
        } else if resume {
            let total = inputs.count
            inputs.removeAll {
                sink.outputURL(for: $0).map { FileManager.default.fileExists(atPath: $0.path) } ?? false
            }
            summary.skipped = total - inputs.count
            Self.removeHalfWrittenFiles(for: inputs, sink: sink)
            if !quiet { say("winnow: resuming: \(summary.skipped) of \(total) inputs already have their output") }
        }
        // No bar when the documents themselves scroll past on the same terminal.
        let dataOnTerminal = output == nil && isatty(1) == 1
        let progress = inputs.count > 1 ? ProgressLine(total: inputs.count, quiet: quiet || dataOnTerminal) : nil
        var failures = 0
        let documents = documentCleaner(options)
        try BatchRunner(inputFormat: inputFormat, maxBytes: options.limits.maxBytes, jobs: jobs)
            .run(inputs, progress: progress) { name, bytes, format -> Result<Outcome, InputError> in
                // A document stopped in the first pass would only be stopped again.
                if let stopped = learnt.stopped[name] { return .failure(stopped) }
                let template = learnt.templates[name]
                guard let pool else {
                    return documents.clean(name: name, bytes: bytes, format: format, template: template)
                }
                return pool.clean(name: name, bytes: bytes, format: format, template: template)
            } deliver: { index, result, bytes in
                summary.add(result, bytes: bytes)
                if case let .failure(error) = result {
                    failures += 1
                    say("winnow: \(inputs[index].name): \(error.message)")
                }
                try sink.emit(inputs[index], result)
            }
        try sink.finish()
        summary.seconds = Date().timeIntervalSince(started)
        if !quiet, inputs.count + summary.skipped > 1 { say(summary.line) }
        if let stats {
            try AtomicFile.write(summary.json.serialized(pretty: true) + "\n", to: URL(fileURLWithPath: stats))
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// The first pass: every input's block fingerprints counted per site (the site a page
    /// declares, else its folder). Gives the template of each input whose site has one, and
    /// the inputs a worker had to stop (timeout, crash), by name.
    private func learnSiteTemplates(_ inputs: [InputSource], options: Options, pool: WorkerPool?) -> (
        templates: [String: SiteTemplate], stopped: [String: InputError]
    ) {
        var learner = SiteTemplateLearner()
        var siteOf: [String: String] = [:]
        var stopped: [String: InputError] = [:]
        let documents = documentCleaner(options)
        BatchRunner(inputFormat: inputFormat, maxBytes: options.limits.maxBytes, jobs: jobs).run(inputs) {
            name, bytes, format in
            guard let pool else { return documents.fingerprints(name: name, bytes: bytes, format: format) }
            return pool.fingerprints(name: name, bytes: bytes, format: format)
        } deliver: { index, result, _ in
            if case let .failure(error) = result, ["timeout", "worker-crashed", "out-of-memory"].contains(error.code) {
                stopped[inputs[index].name] = error
            }
            guard case let .success(page) = result else { return }
            let folder = (inputs[index].name as NSString).deletingLastPathComponent
            let site = page.site ?? "folder " + (folder.isEmpty ? "." : folder)
            learner.add(site: site, fingerprints: page.fingerprints)
            siteOf[inputs[index].name] = site
        }
        let templates = learner.templates()
        return (siteOf.compactMapValues { templates[$0] }, stopped)
    }
}

/// A line on standard error.
private func say(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// The output formats of `clean`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, jsonl

    func writer(_ options: WriteOptions) -> any ArticleWriter {
        switch self {
        case .text: TextWriter()
        case .markdown: MarkdownWriter(options: options)
        case .json: JSONWriter(compact: false, options: options)
        case .jsonl: JSONWriter(compact: true, options: options)
        }
    }
}

extension InputFormat: ExpressibleByArgument {}
