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
    func learnRecordTemplates(_ paths: [String], options: Options, stream: RecordStream, pool: WorkerPool?)
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
}
