import Testing

@testable import Winnow

@Suite struct FirstPassTests {
    let pass = FirstPass(options: ClassifyOptions(), measuresByCharacters: false)

    private func features(characters: Int, words: Int = 40, stopwords: Int, endsWithSentence: Bool = true)
        -> BlockFeatures
    {
        var feature = BlockFeatures()
        feature.characters = characters
        feature.words = words
        feature.stopwords = stopwords
        feature.endsWithSentence = endsWithSentence
        return feature
    }

    @Test func shortBlocksAreLeftToTheirNeighbours() {
        #expect(pass.judge(features(characters: 69, stopwords: 20)).quality == .short)
        #expect(pass.judge(features(characters: 70, stopwords: 20)).quality != .short)
    }

    @Test func longProseWithStopwordsIsGood() {
        #expect(pass.judge(features(characters: 200, words: 40, stopwords: 12)).quality == .good)
        #expect(pass.judge(features(characters: 199, words: 40, stopwords: 12)).quality == .nearGood)
        #expect(pass.judge(features(characters: 200, words: 40, stopwords: 11)).quality == .nearGood)
    }

    @Test func textWithFewStopwordsIsBad() {
        let judgement = pass.judge(features(characters: 300, words: 40, stopwords: 7, endsWithSentence: false))
        #expect(judgement.quality == .bad)
        #expect(judgement.reason == .fewStopwords)
        #expect(pass.judge(features(characters: 300, words: 40, stopwords: 8)).quality == .nearGood)
    }

    @Test func sentencesOfNamesAndNumbersStayProse() {
        // 4 of 50 words: 0.08, the floor for text that still ends like a sentence.
        #expect(pass.judge(features(characters: 300, words: 50, stopwords: 4)).reason == .namesProse)
        #expect(pass.judge(features(characters: 300, words: 50, stopwords: 3)).quality == .bad)
    }

    @Test func aShapeDecidesWhateverTheLength() {
        var feature = features(characters: 300, stopwords: 20)
        feature.shape = Shape(label: .cookie, reason: .phrase, matched: "we use cookies")
        let judgement = pass.judge(feature)
        #expect(judgement.quality == .bad)
        #expect(judgement.label == .cookie)
        #expect(judgement.evidence.contains("we use cookies"))
    }

    @Test func aLongHeadlineWithoutSentenceEndIsShort() {
        var feature = features(characters: 120, words: 18, stopwords: 8, endsWithSentence: false)
        #expect(feature.isHeadingLike)
        #expect(pass.judge(feature).quality == .short)
        feature.endsWithSentence = true
        #expect(pass.judge(feature).quality == .nearGood)
    }
}
