import Testing

@testable import Winnow

@Suite struct ReportWriterTests {
    @Test func theReportHoldsEveryDocumentTheChartAndNoExternalAsset() throws {
        let first = try cleanLines([prose("pier", sentences: 3), "Latest news", "- One", "- Two"])
        let second = try cleanLines(["Home", "Sport"])
        let html = ReportWriter().render([first, second], failures: [("broken.png", "binary-input", "PNG image")])
        #expect(html.contains("3 documents: 1 ok, 1 without an article, 1 failed"))
        #expect(html.contains(#"data-label="latest-news"><text x="0" y="17">latest-news</text>"#))
        #expect(html.contains(#""status":"error","error":"binary-input""#))
        #expect(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"))
        #expect(!html.contains("src=\"http"))
    }

    @Test func textCannotCloseTheDataScript() throws {
        let article = try cleanLines([prose("pier", sentences: 3) + " </script><script>alert(1)</script>"])
        let html = ReportWriter().render([article])
        #expect(!html.contains("</script><script>alert(1)"))
        #expect(html.contains("<\\/script>"))
    }

    @Test func theChartSaysNothingWasRemovedWhenNothingWas() {
        #expect(ReportWriter.chart([:]) == "<p>Nothing was removed.</p>")
    }
}
