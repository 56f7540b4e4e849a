import Testing

@testable import Winnow

@Suite struct WordScannerTests {
    @Test func wordsAreRunsOfLettersAndDigits() {
        let words = WordScanner.words(in: "Russia's 2nd—move, «Кремль» 東京!")
        #expect(words.map(\.letters) == [6, 1, 3, 4, 6, 2])
        #expect(words.map(\.isCapitalised) == [true, false, false, false, true, false])
    }

    @Test func hashesIgnoreCaseInEveryCasedScript() {
        for (upper, lower) in [
            ("HELLO", "hello"), ("ÉCOLE", "école"), ("МОСКВА", "москва"), ("ΑΘΗΝΑ", "αθηνα"), ("ŁÓDŹ", "łódź"),
        ] {
            #expect(WordScanner.words(in: upper).first?.hash == WordScanner.hash(of: Substring(lower)), "\(upper)")
        }
    }

    @Test func stemsJoinWordsThatShareSixLetters() {
        let words = WordScanner.words(in: "recognised recognition recover")
        #expect(words[0].stem == words[1].stem)
        #expect(words[0].stem != words[2].stem)
    }

    @Test func foldingKeepsWordsAndOneSpace() {
        #expect(WordScanner.folded("  Editor's Picks: ») ") == "editor s picks")
        #expect(WordScanner.folded("Читайте ТАКЖЕ") == "читайте также")
    }

    @Test func contentHashIgnoresCaseAndPunctuation() {
        let hash = { (text: String) in WordScanner.scan(text).contentHash }
        #expect(hash("Headline here") == hash("HEADLINE HERE!"))
        #expect(hash("Headline here") != hash("Headline there"))
    }

    @Test func stopwordLanguageIsTheBestCoveringList() {
        let english = WordScanner.words(in: "the council said that it would be one of the best years for the town")
        #expect(Stopwords.bestLanguage(forBlocks: [english], minimumWords: 0)?.code == "en")
        let russian = WordScanner.words(in: "в городе открыли новую линию, и жители были рады, что это не последняя")
        #expect(Stopwords.bestLanguage(forBlocks: [russian], minimumWords: 0)?.code == "ru")
    }
}
