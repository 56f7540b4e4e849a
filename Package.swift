// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Winnow",
    products: [
        .library(name: "Winnow", targets: ["Winnow"]),
        .executable(name: "winnow", targets: ["winnow"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CUchardet",
            pkgConfig: "uchardet",
            providers: [.apt(["libuchardet-dev"])]
        ),
        .target(
            name: "Winnow",
            dependencies: ["CLibXML2", "CUchardet"],
            exclude: ["Classify/STOPWORDS-LICENSE.txt"]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "WinnowCLI",
            dependencies: [
                "Winnow",
                "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "winnow", dependencies: ["WinnowCLI"]),
        // A replay tool in a plain build; the libFuzzer target with -DWINNOW_FUZZ (scripts/fuzz).
        .executableTarget(name: "winnow-fuzz", dependencies: ["Winnow"]),
        .testTarget(
            name: "WinnowTests",
            dependencies: ["Winnow", "winnow-fuzz"],
            exclude: ["Metadata/language-paragraphs.json", "FuzzRegressions"]
        ),
        .testTarget(name: "WinnowCLITests", dependencies: ["winnow"]),
    ]
)
