/// What the pipeline makes of one input: the blocks, every verdict, the metadata and the body.
public struct Article: Sendable, Equatable {
    public var id: String
    /// The format the input was read as, after sniffing.
    public var format: InputFormat
    public var decoding: DecodingReport
    public var blocks: [Block]
    public var verdicts: [Verdict]
    public var metadata: Metadata
    /// What had to be given up or changed to read the input; empty for most documents.
    public var losses: [Loss]

    public init(
        id: String, format: InputFormat, decoding: DecodingReport, blocks: [Block], verdicts: [Verdict],
        metadata: Metadata, losses: [Loss] = []
    ) {
        self.id = id
        self.format = format
        self.decoding = decoding
        self.blocks = blocks
        self.verdicts = verdicts
        self.metadata = metadata
        self.losses = losses
    }

    /// `ok` with an article (`ok-lossy` when reading it lost something), `no-article` when
    /// nothing on the page is an article.
    public var status: Status {
        guard blocks.indices.contains(where: { verdicts[$0].isKept }) else { return .noArticle }
        return losses.isEmpty ? .ok : .okLossy
    }

    /// The kept blocks, in order.
    public var bodyBlocks: [Block] { blocks.indices.filter { verdicts[$0].isKept }.map { blocks[$0] } }

    /// The text of the page's comments: blocks in a comments section long enough to be one
    /// (headers, attributions and "Reply" buttons left out).
    public var commentTexts: [String] {
        zip(blocks, verdicts).filter { block, verdict in
            verdict.label == .comments && verdict.firstPass != .short && block.text.unicodeScalars.count >= 40
                && verdict.reason != .sectionHeader && verdict.reason != .commentShape && verdict.reason != .phrase
        }.map(\.0.text)
    }

    /// How many blocks were removed under each label.
    public var removedCounts: [Label: Int] {
        var counts: [Label: Int] = [:]
        for verdict in verdicts where !verdict.isKept { counts[verdict.label, default: 0] += 1 }
        return counts
    }
}

/// The outcome of one input.
public enum Status: String, Sendable, Codable {
    case ok
    case okLossy = "ok-lossy"
    case noArticle = "no-article"
}

/// What decoding found and had to change.
public struct DecodingReport: Sendable, Equatable {
    public var encoding: EncodingReport
    public var replacedSequences: Int
    public var removedInvisibles: Int

    /// Replaced bytes are a loss the user should hear about; removed invisibles are ordinary clean-up.
    var losses: [Loss] {
        guard replacedSequences > 0 else { return [] }
        return [
            Loss(
                code: .invalidBytesReplaced,
                message:
                    "\(replacedSequences) byte \(replacedSequences == 1 ? "sequence" : "sequences") invalid in \(encoding.name) were replaced (name the charset with --encoding)"
            )
        ]
    }
}
