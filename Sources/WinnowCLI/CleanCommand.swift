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
            try Self.refuseReplacingInputs(
                records.map { URL(fileURLWithPath: $0) },
                targets: records.map { Self.recordOutputURL($0, folder: output) })
            let names =
                records.map { Self.recordOutputURL($0, folder: output).lastPathComponent }
                + (documents.isEmpty ? [] : [OutputSink.jsonLinesURL(output).lastPathComponent])
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

    func documentCleaner(_ options: Options) -> DocumentCleaner {
        DocumentCleaner(
            cleaner: Cleaner(options: options), writer: format.writer(options.write),
            explain: explain && format != .jsonl,
            encoding: encoding)
    }

    /// The worker's command line: this one, marked (a worker never reads its paths; it answers
    /// jobs on standard input with the same settings).
    var workerArguments: [String] {
        let arguments = CommandLine.arguments.dropFirst()
        return ["clean", "--as-worker"] + (arguments.first == "clean" ? arguments.dropFirst() : arguments)
    }

    /// Refuses a run one of whose outputs would replace one of its inputs (`--output` naming the
    /// inputs' own folder): inputs are never modified.
    static func refuseReplacingInputs(_ inputs: [URL], targets: [URL]) throws {
        let resolved = { (url: URL) in url.standardizedFileURL.resolvingSymlinksInPath().path }
        let inputPaths = Set(inputs.map(resolved))
        guard let clash = targets.first(where: { inputPaths.contains(resolved($0)) }) else { return }
        throw ValidationError(
            "the output \(clash.path) would replace an input of the same name: choose an --output folder apart from the inputs"
        )
    }

    func recordStream(_ options: Options) -> RecordStream {
        RecordStream(
            cleaner: Cleaner(options: options), writer: JSONWriter(compact: true, options: options.write),
            fields: RecordStream.Fields(id: idField, html: htmlField, text: textField, url: urlField, date: dateField),
            inputFormat: inputFormat, encoding: encoding)
    }

    /// Files, folders and standard input as documents.
    func cleanFiles(
        _ paths: [String], _ options: Options, preloadedStandardInput: (bytes: [UInt8], count: Int)?, pool: WorkerPool?
    ) throws {
        var inputs = InputSource.collect(paths, include: include, exclude: exclude)
        for index in inputs.indices where inputs[index].url == nil {
            inputs[index].preloaded = preloadedStandardInput?.bytes
            inputs[index].preloadedCount = preloadedStandardInput?.count
        }
        if inputs.isEmpty { throw ValidationError("no inputs found under \(paths.joined(separator: ", "))") }
        if resume, format == .jsonl, let output,
            FileManager.default.fileExists(atPath: OutputSink.jsonLinesURL(output).path)
        {
            if !quiet { say("winnow: resuming: \(OutputSink.jsonLinesURL(output).path) is already complete") }
            return
        }
        let started = Date()  // the learning pass included
        let sink = try OutputSink(
            format: format, writer: format.writer(options.write), outputFolder: output, explain: explain,
            inputCount: inputs.count, resuming: resume)
        var targets = inputs.compactMap(sink.outputURL)
        if format == .jsonl, let output { targets.append(OutputSink.jsonLinesURL(output)) }
        try Self.refuseReplacingInputs(inputs.compactMap(\.url), targets: targets)
        // Learnt from every input, before --resume skips any, so the templates do not depend on
        // which inputs were already done; a page is a template only on enough pages.
        let learnt =
            noSiteLearning || inputs.count < SiteTemplateLearner().minDocuments
            ? (templates: [:], stopped: [:]) : learnSiteTemplates(inputs, options: options, pool: pool)
        var summary = RunSummary()
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
}

/// A line on standard error.
func say(_ line: String) {
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
