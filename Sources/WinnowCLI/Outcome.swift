import Winnow

/// One cleaned document as the batch needs it: the output text already rendered (in whichever
/// process cleaned it) and what the summary counts.
struct Outcome: Sendable {
    var status: String
    var removed: [String: Int]
    var output: String
}

/// Cleans one document and renders it for the chosen output: the work a batch does per input,
/// in its own threads or in a worker process.
struct DocumentCleaner: Sendable {
    var cleaner: Cleaner
    var writer: any ArticleWriter & Sendable
    var explain: Bool
    var encoding: String?

    func clean(name: String, bytes: [UInt8], format: InputFormat, template: SiteTemplate? = nil)
        -> Result<Outcome, InputError>
    {
        do {
            let input = RawInput(id: name, bytes: bytes, format: format, declaredEncoding: encoding)
            let article = try cleaner.clean(input, template: template)
            return .success(
                Outcome(
                    status: article.status.rawValue,
                    removed: Dictionary(
                        uniqueKeysWithValues: article.removedCounts.map { ($0.key.rawValue, $0.value) }),
                    output: explain ? article.explanation() : writer.render(article)))
        } catch {
            return .failure(InputError(error))
        }
    }

    /// The first pass of site-template learning: the site the page declares and its block fingerprints.
    func fingerprints(name: String, bytes: [UInt8], format: InputFormat, charset: String? = nil) -> Result<
        PageFingerprints, InputError
    > {
        do {
            let input = RawInput(id: name, bytes: bytes, format: format, declaredEncoding: charset ?? encoding)
            let (site, fingerprints) = try cleaner.fingerprints(input)
            return .success(PageFingerprints(site: site, fingerprints: fingerprints))
        } catch {
            return .failure(InputError(error))
        }
    }
}

/// One page as site-template learning sees it.
struct PageFingerprints: Sendable {
    var site: String?
    var fingerprints: [UInt64]

    var reply: WorkerReply {
        WorkerReply(
            failed: false,
            strings: [site ?? "", fingerprints.map { String($0, radix: 16) }.joined(separator: ",")])
    }

    init(site: String?, fingerprints: [UInt64]) {
        self.site = site
        self.fingerprints = fingerprints
    }

    init(_ reply: WorkerReply) {
        let fields = reply.strings + ["", ""]
        site = fields[0].isEmpty ? nil : fields[0]
        fingerprints = fields[1].split(separator: ",").compactMap { UInt64($0, radix: 16) }
    }
}

extension SiteTemplate {
    /// As request strings for a worker: site, page count, then `fingerprint:count` pairs.
    var strings: [String] {
        [site, "\(documents)", shared.map { "\(String($0.key, radix: 16)):\($0.value)" }.joined(separator: ",")]
    }

    init?(strings: ArraySlice<String>) {
        guard strings.count >= 3, let documents = Int(strings[strings.startIndex + 1]) else { return nil }
        var shared: [UInt64: Int] = [:]
        for pair in strings[strings.startIndex + 2].split(separator: ",") {
            let parts = pair.split(separator: ":")
            if parts.count == 2, let key = UInt64(parts[0], radix: 16), let count = Int(parts[1]) {
                shared[key] = count
            }
        }
        self.init(site: strings[strings.startIndex], documents: documents, shared: shared)
    }
}

extension Result<Outcome, InputError> {
    /// As a worker's answer: output or message, status or error code, removed counts one per line.
    var reply: WorkerReply {
        switch self {
        case let .success(outcome):
            let removed = outcome.removed.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return WorkerReply(
                failed: false, strings: [outcome.output, outcome.status, removed.joined(separator: "\n")])
        case let .failure(error):
            return WorkerReply(failed: true, strings: [error.message, error.code])
        }
    }

    init(_ reply: WorkerReply) {
        let fields = reply.strings + Array(repeating: "", count: max(0, 3 - reply.strings.count))
        guard !reply.failed else {
            self = .failure(InputError(code: fields[1], message: fields[0]))
            return
        }
        var removed: [String: Int] = [:]
        for line in fields[2].split(separator: "\n") {
            let parts = line.split(separator: "=")
            if parts.count == 2, let count = Int(parts[1]) { removed[String(parts[0])] = count }
        }
        self = .success(Outcome(status: fields[1], removed: removed, output: fields[0]))
    }
}
