/// The classifier's decision on one block, with the evidence a user can read.
public struct Verdict: Sendable, Equatable {
    public var label: Label
    public var reason: Reason
    /// The numbers or the phrase the deciding rule read, written out by `evidence`.
    public var facts: Evidence
    /// The deciding rule's numbers as a sentence, for `--explain` and JSON.
    public var evidence: String {
        get { facts.text }
        set { facts = .text(newValue) }
    }
    /// The first pass's view of the block alone, kept beside the final decision.
    public var firstPass: Quality

    /// In the body: the article's own labels, and captions when `--captions` asks for them.
    public var isKept: Bool

    public init(label: Label, reason: Reason, evidence: String = "", firstPass: Quality) {
        self.init(label: label, reason: reason, facts: .text(evidence), firstPass: firstPass)
    }

    public init(label: Label, reason: Reason, facts: Evidence, firstPass: Quality) {
        self.isKept = label.isBody
        self.label = label
        self.reason = reason
        self.facts = facts
        self.firstPass = firstPass
    }
}

/// How article-like a block is on its own: jusText's classes.
public enum Quality: String, Sendable, Codable {
    case good, nearGood = "near-good", short, bad
}
