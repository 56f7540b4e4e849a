import Foundation
import Winnow

/// The first pass of a batch: what the pages of each site share (`SiteTemplateLearner`).
extension CleanCommand {
    /// The first pass: every input's block fingerprints counted per site (the site a page
    /// declares, else its folder). Gives the template of each input whose site has one, and
    /// the inputs a worker had to stop (timeout, crash), by name.
    func learnSiteTemplates(_ inputs: [InputSource], options: Options, pool: WorkerPool?) -> (
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
            if case let .failure(error) = result, WorkerPool.Failure.codes.contains(error.code) {
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
    /// What the first pass over record files learnt: each site's template, the site of every
    /// JSON line by file (WARC records carry their address, so theirs is read again), and the
    /// records a worker had to stop (timeout, crash) by file and record number.
    struct LearntTemplates {
        var templates: [String: SiteTemplate] = [:]
        /// Each JSON line's site by file, as an index into `siteNames` (-1: none): four bytes a
        /// line, where a string per line (a long one for the file fallback) grew with the dump.
        var lineSites: [String: [Int32]] = [:]
        var siteNames: [String] = []
        var siteNumbers: [String: Int32] = [:]
        var stopped: [String: [Int: InputError]] = [:]

        /// The number a site's name is kept under.
        mutating func number(ofSite site: String?) -> Int32 {
            guard let site else { return -1 }
            if let number = siteNumbers[site] { return number }
            let number = Int32(siteNames.count)
            siteNames.append(site)
            siteNumbers[site] = number
            return number
        }

        /// The template of line `number` (from 1) of the dump at `path`, if its site has one.
        func template(path: String, line number: Int) -> SiteTemplate? {
            guard let sites = lineSites[path], number >= 1, number <= sites.count, sites[number - 1] >= 0 else {
                return nil
            }
            return templates[siteNames[Int(sites[number - 1])]]
        }
    }

    /// One record's part in the first pass: its page's fingerprints (nil: nothing to learn
    /// from), or why its worker had to stop.
    struct LearntRecord: Sendable {
        var number: Int
        var page: Result<PageFingerprints?, InputError>

        init(number: Int, page: PageFingerprints?) {
            self.number = number
            self.page = .success(page)
        }

        /// A stop (timeout, crash) is kept: running the record again would stop it again.
        init(number: Int, read: Result<PageFingerprints, InputError>) {
            self.number = number
            switch read {
            case let .success(page): self.page = .success(page)
            case let .failure(error):
                self.page = WorkerPool.Failure.codes.contains(error.code) ? .failure(error) : .success(nil)
            }
        }
    }

    /// A WARC page's site: its address's host, else its archive.
    static func site(of page: WarcReader.Page, in path: String) -> String {
        page.url.flatMap(Cleaner.host) ?? "file " + path
    }

    /// The first pass over record files: every record's fingerprints counted per site (its
    /// address's host, else its file), in parallel and in workers like the cleaning itself.
    func learnRecordTemplates(_ paths: [String], options: Options, stream: RecordStream, pool: WorkerPool?)
        -> LearntTemplates
    {
        var learner = SiteTemplateLearner()
        var learnt = LearntTemplates()
        let documents = documentCleaner(options)
        /// Counts a record's page, or keeps its stop; gives its site.
        func learn(_ record: LearntRecord, in path: String) -> String? {
            switch record.page {
            case let .success(page):
                guard let page, let site = page.site else { return nil }
                learner.add(site: site, fingerprints: page.fingerprints)
                return site
            case let .failure(error):
                learnt.stopped[path, default: [:]][record.number] = error
                return nil
            }
        }
        for path in paths {
            guard let file = try? RecordFile(path: path) else { continue }
            if WarcReader.isWarc(path) {
                let warc = WarcReader(file: file, limit: options.limits.maxBytes)
                RecordStream.runInParallel(
                    jobs: jobs, next: warc.next,
                    transform: { next, number -> LearntRecord in
                        guard case let .success(page) = next else { return LearntRecord(number: number, page: nil) }
                        let read =
                            pool?.fingerprints(name: page.id, bytes: page.body, format: .html, charset: page.charset)
                            ?? documents.fingerprints(
                                name: page.id, bytes: page.body, format: .html, charset: page.charset)
                        let site = Self.site(of: page, in: path)
                        return LearntRecord(
                            number: number,
                            read: read.map { PageFingerprints(site: site, fingerprints: $0.fingerprints) })
                    },
                    write: { _ = learn($0, in: path) })
            } else {
                var sites: [Int32] = []
                RecordStream.runInParallel(
                    jobs: jobs, next: { file.nextLine(limit: RecordLine.limit(maxBytes: options.limits.maxBytes)) },
                    transform: { line, number -> LearntRecord in
                        guard let pool else {
                            return LearntRecord(
                                number: number, page: stream.fingerprints(for: line, fallbackSite: "file " + path))
                        }
                        guard case let .text(text) = line else { return LearntRecord(number: number, page: nil) }
                        return LearntRecord(
                            number: number, read: pool.recordFingerprints(line: text, fallbackSite: "file " + path))
                    },
                    write: {
                        let site = learn($0, in: path)
                        sites.append(learnt.number(ofSite: site))
                    })
                learnt.lineSites[path] = sites
            }
        }
        learnt.templates = learner.templates()
        return learnt
    }
}
