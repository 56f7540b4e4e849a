/// The first pass: each block judged alone, jusText-style, into good, near-good, short or bad.
struct FirstPass: Sendable {
    var options: ClassifyOptions
    /// True when the document has no stop-word list (Chinese, Japanese): judge by characters.
    var measuresByCharacters: Bool

    struct Judgement: Equatable, Sendable {
        var quality: Quality
        var label: Label?
        var reason: Reason
        var facts: Evidence
        var evidence: String { facts.text }
        /// Good or near-good: text that reads like the article's prose.
        var isProse: Bool { quality == .good || quality == .nearGood }

        /// Good, or near-good and ending like a sentence (`feature` is the same block's): the
        /// article's own sentences, where a box of links or a dek before the headline ends.
        func isSentenceProse(_ feature: BlockFeatures) -> Bool {
            quality == .good || (quality == .nearGood && feature.endsWithSentence)
        }
    }

    /// What the HTML around a block settles alone: hidden text, furniture names, menus, links.
    private func judgeDOM(_ feature: BlockFeatures) -> Judgement? {
        if feature.isHidden {
            return Judgement(quality: .bad, label: .boilerplate, reason: .hidden, facts: "hidden in the page")
        }
        if let hint = feature.classHint {
            return Judgement(
                quality: .bad, label: hint.label, reason: .classHint, facts: .classOrID(hint.matched))
        }
        if !feature.containers.isDisjoint(with: [.nav, .menu]) {
            return Judgement(
                quality: .bad, label: .navigation, reason: .navContainer, facts: "inside <nav> or <menu>")
        }
        if feature.kind == .caption {
            return Judgement(quality: .bad, label: .caption, reason: .captionShape, facts: "<figcaption>")
        }
        let density = feature.linkDensity
        if density > options.maxLinkDensity, feature.characters < options.longCharacters * 2 || density > 0.8 {
            return Judgement(
                quality: .bad, label: feature.isListItem ? .relatedLinks : .navigation, reason: .linkDense,
                facts: .linkDensity(density, maximum: options.maxLinkDensity))
        }
        return nil
    }

    func judge(_ feature: BlockFeatures) -> Judgement {
        if let shape = feature.shape {
            return Judgement(
                quality: .bad, label: shape.label, reason: shape.reason, facts: .matched(shape.matched))
        }
        if let judgement = judgeDOM(feature) { return judgement }
        // An ideograph carries about as much as a short word with its space: count it thrice.
        let length = feature.characters + 2 * feature.ideographs
        // A line with no sentence end reads as a headline however long: it cannot carry a region.
        if length < options.shortCharacters
            || (feature.isHeadingLike && !feature.endsWithSentence && length < options.longCharacters)
        {
            return Judgement(
                quality: .short, label: nil, reason: .short,
                facts: .tooShort(characters: length, minimum: options.shortCharacters))
        }
        if measuresByCharacters {
            let isProse = feature.endsWithSentence || feature.innerSentenceBreaks > 0
            let quality: Quality = isProse ? (length >= options.longCharacters ? .good : .nearGood) : .bad
            return Judgement(
                quality: quality, label: nil, reason: isProse ? .denseProse : .fewStopwords,
                facts: .sentencePunctuation(characters: length, isProse: isProse))
        }
        let ratio = feature.stopwordRatio
        let facts = Evidence.stopwordRatio(characters: length, ratio: ratio)
        if ratio >= options.highStopwordRatio {
            let quality: Quality = length >= options.longCharacters ? .good : .nearGood
            return Judgement(
                quality: quality, label: nil, reason: quality == .good ? .denseProse : .prose,
                facts: facts)
        }
        if ratio >= options.lowStopwordRatio {
            return Judgement(quality: .nearGood, label: nil, reason: .prose, facts: facts)
        }
        // Sentences full of names and numbers (match reports, results) still end like sentences.
        if feature.endsWithSentence, ratio >= options.minSentenceStopwordRatio {
            return Judgement(quality: .nearGood, label: nil, reason: .namesProse, facts: facts)
        }
        return Judgement(
            quality: .bad, label: .boilerplate, reason: .fewStopwords,
            facts: .stopwordRatioBelow(characters: length, ratio: ratio, minimum: options.lowStopwordRatio))
    }
}

extension Double {
    /// Two decimals, the way explain lines print ratios.
    var formatted2: String {
        let hundredths = Int((abs(self) * 100).rounded())
        let sign = self < 0 && hundredths > 0 ? "-" : ""
        let fraction = hundredths % 100
        // Joined small strings, not interpolated: this runs for most blocks' evidence.
        return sign + String(hundredths / 100) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }
}
