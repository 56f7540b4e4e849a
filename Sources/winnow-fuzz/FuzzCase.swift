import Winnow

/// One fuzz input decoded into a pipeline call: the first byte picks the input kind and the
/// option toggles, the rest is the document.
///
/// The fuzzer, the replay tool and `FuzzRegressionTests` all go through this type, so an input
/// the fuzzer reports replays through exactly the same calls without sanitizers.
struct FuzzCase {
    var input: RawInput
    var options: Options

    /// Bits of the selector byte: 0-1 the kind (html, text, auto, auto), 2 captions kept,
    /// 3 links and images in Markdown, 4 comments written, 5 dump repairs turned off.
    init(_ data: [UInt8]) {
        let selector = data.first ?? 0
        let format = [InputFormat.html, .text, .auto, .auto][Int(selector & 0b11)]
        input = RawInput(id: "fuzz", bytes: Array(data.dropFirst()), format: format)
        options = Options()
        options.classify.keepsCaptions = selector & 0b100 != 0
        options.write.includesLinks = selector & 0b1000 != 0
        options.write.includesImages = selector & 0b1000 != 0
        options.write.includesComments = selector & 0b1_0000 != 0
        options.decode.repairsDumpArtefacts = selector & 0b10_0000 == 0
    }

    /// Decode, segment, classify and metadata: the whole `Cleaner` pipeline.
    func clean() throws(CleanError) -> Article {
        try Cleaner(options: options).clean(input)
    }

    /// The article through every writer and the explain view.
    func render(_ article: Article) -> Outputs {
        Outputs(
            text: TextWriter().render(article),
            markdown: MarkdownWriter(options: options.write).render(article),
            jsonLine: JSONWriter(compact: true, options: options.write).render(article),
            json: JSONWriter(compact: false, options: options.write).render(article),
            explanation: article.explanation(previewCharacters: options.write.explainPreviewCharacters),
            report: ReportWriter().render([article]))
    }

    /// What each writer made of one article.
    struct Outputs {
        var text, markdown, jsonLine, json, explanation, report: String
        var all: [String] { [text, markdown, jsonLine, json, explanation, report] }
    }

    /// The promises the writers and the stream mode rely on, named when broken: one verdict
    /// per block, and a JSON lines record that is exactly one line.
    static func brokenPromises(_ article: Article, _ outputs: Outputs) -> [String] {
        var broken: [String] = []
        if article.verdicts.count != article.blocks.count { broken.append("a block without a verdict") }
        if outputs.jsonLine.utf8.count(where: { $0 == UInt8(ascii: "\n") }) != 1 || !outputs.jsonLine.hasSuffix("\n") {
            broken.append("a JSON lines record over more than one line")
        }
        return broken
    }

    /// Cleans and renders; returns one line saying what happened. A thrown `CleanError` is an
    /// answer, not a failure.
    ///
    /// Traps, so the fuzzer reports a crash, when a promise is broken (`brokenPromises`).
    func run() -> String {
        // Records and JSON-LD are read by `JSONReader`: every input is JSON text to it too, and
        // what it reads must read back the same from what the writer makes of it.
        if let json = input.bytes.withUnsafeBufferPointer({ try? JSONReader.parse($0) }) {
            let again = try? JSONReader.parse(json.serialized())
            precondition(again.map { $0.serialized() == json.serialized() } == true, "JSON that does not read back")
        }
        let article: Article
        do {
            article = try clean()
        } catch {
            return "\(input.format.rawValue) error \(error.code)"
        }
        let outputs = render(article)
        let broken = Self.brokenPromises(article, outputs)
        precondition(broken.isEmpty, broken.joined(separator: ", "))
        let bytes = outputs.all.reduce(0) { $0 + $1.utf8.count }
        let kept = article.verdicts.filter(\.isKept).count
        return "\(article.format.rawValue) \(article.status.rawValue): \(article.blocks.count) blocks, \(kept) kept, "
            + "\(bytes) bytes written"
    }
}
