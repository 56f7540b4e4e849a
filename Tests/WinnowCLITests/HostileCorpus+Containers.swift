import Foundation

extension HostileCorpus {
    /// Oversized files and records, gzip that lies or nests, WARC records whose length lies.
    static let containers: [HostileCase] =
        [
            HostileCase(
                name: "single-line-1gb", fileName: "single-line-1gb.txt",
                write: { url in
                    try ChunkedFile.write(to: url) { try $0.repeating(Prose.library + " ", bytes: 1 << 30) }
                },
                records: [.error("too-large")], seconds: 5, megabytes: 100, isInBatch: false),
            HostileCase(
                name: "record-200mb", fileName: "record-200mb.jsonl",
                write: { url in
                    try ChunkedFile.write(to: url) { file in
                        try file.write(jsonLine(id: "good-1", html: Prose.page()))
                        // The prose needs no JSON escaping, so the huge field is written as it goes.
                        try file.write("{\"id\":\"huge\",\"html\":\"<html><body><p>")
                        try file.repeating(Prose.library + " ", bytes: 200 * 1_000_000)
                        try file.write("</p></body></html>\"}\n")
                        try file.write(jsonLine(id: "good-2", html: Prose.page(before: [Prose.sundays])))
                    }
                },
                records: [
                    .ok(id: "good-1", [Check.text(contains: Prose.library)]), .error("too-large"),
                    .ok(id: "good-2", [Check.text(contains: Prose.sundays)]),
                ],
                megabytes: 300),
            HostileCase(
                name: "gzip-bomb", fileName: "gzip-bomb.html.gz",
                write: { url in
                    // 80 members of 64 MiB of spaces: 5 GiB inflated from about 5 MB, written in 0.5 s.
                    let member = try GzipTool.spaces(bytes: 64 << 20)
                    try ChunkedFile.write(to: url) { file in for _ in 0..<80 { try file.write(member) } }
                },
                records: [.error("too-large")], seconds: 5, megabytes: 100),
            HostileCase(
                name: "truncated-gzip", fileName: "truncated.html.gz",
                write: { url in
                    let whole = try GzipTool.gzip(Prose.page(after: [Prose.catalogue, Prose.sundays]))
                    try whole.prefix(whole.count / 2).write(to: url)
                },
                records: [.error("bad-gzip")]),
            HostileCase(
                name: "gzip-in-gzip", fileName: "gzip-in-gzip.html.gz",
                write: { try GzipTool.gzip(GzipTool.gzip(Prose.page())).write(to: $0) },
                records: [.error("binary-input")]),
        ]
        + [("long", 1_000), ("short", -1_000)].map { kind, error in
            HostileCase(
                name: "wrong-content-length-\(kind)", fileName: "wrong-content-length-\(kind).warc",
                write: { url in
                    let pages = [Prose.library, Prose.catalogue, Prose.sundays].map { lead in
                        Prose.page(before: [lead], after: [Prose.library, Prose.catalogue, Prose.sundays])
                    }
                    try
                        (Warc.response(id: "first", html: pages[0])
                        + Warc.response(id: "middle", html: pages[1], lengthError: error)
                        + Warc.response(id: "third", html: pages[2])).write(to: url)
                },
                records: [
                    .ok(id: "urn:uuid:first", [Check.text(contains: Prose.library)]), .error("bad-warc"),
                    .ok(id: "urn:uuid:third", [Check.text(contains: Prose.sundays)]),
                ])
        }

    /// Nothing at all, only whitespace, binary files named `.html`, a script left open.
    static let trivial: [HostileCase] = [
        HostileCase(
            name: "empty", fileName: "empty.html", write: { try Data().write(to: $0) }, records: [.noArticle]),
        HostileCase(
            name: "whitespace", fileName: "whitespace.html",
            write: { try Data(String(repeating: "  \n\t \r\n", count: 2_000).utf8).write(to: $0) },
            records: [.noArticle]),
        HostileCase(
            name: "png", fileName: "png.html",
            write: { url in
                let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
                let header: [UInt8] = [0, 0, 0, 0x0D] + Array("IHDR".utf8) + [0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]
                let noise = (0..<4_096).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
                try Data(signature + header + noise).write(to: url)
            },
            records: [.error("binary-input")]),
        HostileCase(
            name: "pdf", fileName: "pdf.html",
            write: { url in
                // The binary comment line after the version is what real PDF writers put there.
                let head = Data("%PDF-1.7\n".utf8) + Data([0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
                let stream = (0..<4_096).map { UInt8(truncatingIfNeeded: ($0 &* 40_503) >> 5) }
                try
                    (head + Data("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".utf8)
                    + Data("2 0 obj\n<< /Length 4096 /Filter /FlateDecode >>\nstream\n".utf8) + Data(stream)
                    + Data("\nendstream\nendobj\n%%EOF\n".utf8)).write(to: url)
            },
            records: [.error("binary-input")]),
        HostileCase(
            name: "unterminated-script", fileName: "unterminated-script.html",
            write: { url in
                let page = "<html><body>\n<p>\(Prose.library)</p>\n<p>\(Prose.catalogue)</p>\n<script"
                try Data(page.utf8).write(to: url)
            },
            records: [.ok([Check.text(contains: Prose.library, Prose.catalogue)])]),
    ]

    /// One JSON lines record with an id and an HTML page.
    static func jsonLine(id: String, html: Data) throws -> Data {
        let object: [String: String] = ["id": id, "html": String(decoding: html, as: UTF8.self)]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) + Data("\n".utf8)
    }
}
