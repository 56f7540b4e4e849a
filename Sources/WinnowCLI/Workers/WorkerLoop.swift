import Foundation
import Winnow

/// The worker's side: reads jobs from standard input, cleans each with the same settings as the
/// parent's command line, and answers on standard output until the parent closes the pipe.
struct WorkerLoop {
    var documents: DocumentCleaner
    var records: RecordStream

    func run() {
        let faults = WorkerFaults()
        while let payload = try? FramePipe.read(from: 0, deadline: nil) {
            guard let request = WorkerFrame.decodeRequest(payload) else { exit(2) }
            faults.act(on: request)
            let reply = answer(request)
            do { try FramePipe.write(WorkerFrame.encode(reply), to: 1) } catch { exit(0) }
        }
    }

    func answer(_ request: WorkerRequest) -> WorkerReply {
        switch request.kind {
        case .document:
            let format = request.strings.count > 1 ? InputFormat(rawValue: request.strings[1]) ?? .auto : .auto
            let name = request.strings.first ?? "-"
            let template = SiteTemplate(strings: request.strings.dropFirst(2))
            return documents.clean(name: name, bytes: request.body, format: format, template: template).reply
        case .fingerprints:
            let format = request.strings.count > 1 ? InputFormat(rawValue: request.strings[1]) ?? .auto : .auto
            let charset = request.strings.count > 2 && !request.strings[2].isEmpty ? request.strings[2] : nil
            switch documents.fingerprints(
                name: request.strings.first ?? "-", bytes: request.body, format: format, charset: charset)
            {
            case let .success(page): return page.reply
            case let .failure(error): return WorkerReply(failed: true, strings: [error.message, error.code])
            }
        case .recordLine:
            let template = SiteTemplate(strings: request.strings.dropFirst())
            let output = records.output(
                for: .text(request.strings.first ?? ""), number: request.number, template: template)
            return WorkerReply(failed: output.failed, strings: [output.line])
        case .warcPage:
            let page = WarcReader.Page(request)
            let template = SiteTemplate(strings: request.strings.dropFirst(4))
            let line = records.output(for: .success(page), number: request.number, template: template)
            return WorkerReply(failed: false, strings: [line])
        case .recordFingerprints:
            let fields = request.strings + ["", ""]
            guard let page = records.fingerprints(for: .text(fields[0]), fallbackSite: fields[1]) else {
                return WorkerReply(failed: true, strings: ["not a record", "no-record"])
            }
            return page.reply
        }
    }
}

extension WarcReader.Page {
    var request: WorkerRequest {
        WorkerRequest(kind: .warcPage, number: 0, strings: [id, url ?? "", date ?? "", charset ?? ""], body: body)
    }

    init(_ request: WorkerRequest) {
        let fields = request.strings + Array(repeating: "", count: max(0, 4 - request.strings.count))
        let optional = { (text: String) in text.isEmpty ? nil : text }
        self.init(
            id: fields[0], url: optional(fields[1]), date: optional(fields[2]), charset: optional(fields[3]),
            body: request.body)
    }
}
