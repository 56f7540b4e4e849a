import Testing

@testable import Winnow

@Suite struct DOMSegmenterTests {
    private func blocks(_ html: String) throws -> [Block] {
        let decoded = HTMLBytesDecoder().decode(Array(html.utf8), declared: nil)
        return DOMSegmenter().segment(try HTMLDocument(utf8: decoded.utf8)).blocks
    }

    @Test func blockElementsBecomeBlocksWithTheirKinds() throws {
        let found = try blocks(
            """
            <body><h2>Section</h2><p>First <b>bold</b> words.</p><ul><li>one</li><li>two</li></ul>
            <ol><li>first</li><li>second</li></ol><blockquote>Said so.</blockquote><pre>let x = 1
              return x</pre><figure><img src="a.jpg"><figcaption>A photo</figcaption></figure></body>
            """)
        #expect(
            found.map(\.text) == [
                "Section", "First bold words.", "one", "two", "first", "second", "Said so.",
                "let x = 1\n  return x", "A photo",
            ])
        #expect(
            found.map(\.kind) == [
                .heading, .paragraph, .listItem, .listItem, .listItem, .listItem, .quote, .code, .caption,
            ])
        #expect(found.map(\.listMarker) == [nil, nil, "-", "-", "1.", "2.", nil, nil, nil])
        #expect(found[0].dom?.headingLevel == 2)
    }

    @Test func scriptsStylesTemplatesAndCommentsNeverBecomeText() throws {
        let found = try blocks(
            """
            <body><script>var x = "no";</script><style>p{}</style><template><p>no</p></template>
            <noscript><p>no</p></noscript><!-- no --><p>yes</p></body>
            """)
        #expect(found.map(\.text) == ["yes"])
    }

    @Test func inlineWhitespaceIsKeptBetweenWords() throws {
        let found = try blocks("<p>one<span> two</span> <a href='/x'>three</a>\n<em>four</em></p>")
        #expect(found.map(\.text) == ["one two three four"])
        #expect(found[0].dom?.linkCharacters == 5)
        #expect(found[0].linkedText == "one two [three](/x) four")
    }

    @Test func twoLineBreaksEndABlock() throws {
        #expect(
            try blocks("<div>first line<br>same block<br><br>next block</div>").map(\.text)
                == ["first line same block", "next block"])
    }

    @Test func singleLineBreaksWithTextBetweenNeverEndABlock() throws {
        #expect(try blocks("<p>one<br>two<br>three<br>four</p>").map(\.text) == ["one two three four"])
        #expect(try blocks("<p>one<br>two<br><br>three</p>").map(\.text) == ["one two", "three"])
    }

    @Test func tableRowsKeepTheirCells() throws {
        let found = try blocks("<table><tr><th>Name</th><th>Votes</th></tr><tr><td>Ann</td><td>12</td></tr></table>")
        #expect(found.map(\.cells) == [["Name", "Votes"], ["Ann", "12"]])
        #expect(found.map(\.kind) == [.tableRow, .tableRow])
    }

    @Test func hiddenAndSemanticContainersAreRecorded() throws {
        let found = try blocks(
            """
            <nav><a href="/">Home</a></nav><div style="display: none"><p>secret</p></div>
            <aside><p>side</p></aside><div class="comment-list"><p>a comment</p></div>
            """)
        #expect(found[0].dom?.containers.contains(.nav) == true)
        #expect(found[1].dom?.isHidden == true)
        #expect(found[2].dom?.containers.contains(.aside) == true)
        #expect(
            found[3].dom?.hintTokens.starts(with: [ClassHints.elementEnd] + ["comment", "list"].map(ClassHints.token))
                == true)
    }

    @Test func concatenatedPagesAreAllRead() throws {
        let found = try blocks(
            "<html><body><p>first page</p></body></html><html><body><p>second page</p></body></html>")
        #expect(found.map(\.text) == ["first page", "second page"])
    }

    @Test func deepNestingNeedsNoRecursion() throws {
        let depth = 5000
        let html = String(repeating: "<div>", count: depth) + "<p>deep</p>" + String(repeating: "</div>", count: depth)
        // libxml2 stops nesting at its own limit; the walk itself must not overflow the stack.
        #expect(try blocks(html).count <= 1)
    }

    @Test func theHeadIsReadForMetadata() throws {
        let html = """
            <html lang="de"><head><title>Headline - Site</title><meta property="og:site_name" content="Site">
            <link rel="canonical" href="https://example.com/a"><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Headline","author":{"name":"Jane Doe"}}</script></head>
            <body><p>text</p></body></html>
            """
        let decoded = HTMLBytesDecoder().decode(Array(html.utf8), declared: nil)
        let head = DOMSegmenter().segment(try HTMLDocument(utf8: decoded.utf8)).head
        #expect(head.title == "Headline - Site")
        #expect(head.meta["og:site_name"] == "Site")
        #expect(head.canonicalURL == "https://example.com/a")
        #expect(head.language == "de")
        #expect(StructuredData(jsonLD: head.jsonLD).authors == ["Jane Doe"])
    }

    /// libxml2 2.9 nests what follows a bare `<embed>`, `<source>` or `<track>` inside it (they
    /// are containers there, void in HTML): the text after one is still the page's.
    @Test(arguments: ["embed", "source", "track"])
    func textAfterAVoidElementLibxml2NestsIsKept(_ tag: String) throws {
        let found = try blocks(
            "<div><p>Before it.</p><\(tag) src=\"media\"><p>After it.</p><p>And the last one.</p></div>")
        #expect(found.map(\.text) == ["Before it.", "After it.", "And the last one."])
    }

    /// A row libxml2 nests inside a row left open: the outer row's cell is still written.
    @Test func aRowInsideARowLeftOpenKeepsTheOuterCells() throws {
        let found = try blocks("<div><tr><x-widget><th>Outer cell <tr><td>Inner cell</td></tr></div>")
        #expect(found.map(\.text) == ["Outer cell", "Inner cell"])
    }

    /// `<map>` content is shown around its areas: it is text like any other.
    @Test func textInsideAMapIsKept() throws {
        let found = try blocks(
            #"<div><map name="m"><p>Inside the map.</p><area href="/a"></map><p>After it.</p></div>"#)
        #expect(found.map(\.text) == ["Inside the map.", "After it."])
    }
}
