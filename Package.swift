// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "TranslationTracker",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "TranslationTracker", targets: ["TranslationTracker"]),
        .library(name: "TranslationTrackerReaders", targets: ["TranslationTrackerReaders"]),
        .library(name: "TranslationTrackerReports", targets: ["TranslationTrackerReports"]),
        .library(name: "TranslationTrackerLive", targets: ["TranslationTrackerLive"]),
        .executable(name: "transtrack", targets: ["transtrack"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `swift package generate-documentation` (scripts/docs); a plugin, so nothing links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Pure core: model, manifest, wikitext units, provenance, status. No files, network or clocks.
        .target(
            name: "TranslationTracker",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                "Digests",
            ]
        ),
        // libcrypto (OpenSSL 3) from the system (Debian: libssl-dev), for its digests only.
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // SHA-256, SHA-1 and MD5: the one module that calls libcrypto (on Linux) or CryptoKit
        // (on Apple platforms); nothing unsafe leaves it.
        .target(
            name: "Digests",
            dependencies: [.target(name: "CLibCrypto", condition: .when(platforms: [.linux]))]
        ),
        // libxml2 from the system (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libbz2 from the system (Debian: libbz2-dev; it has no pkg-config file, so a module map
        // links it): reads the streams of a multistream dump its index points at.
        .systemLibrary(
            name: "CBZip2",
            providers: [.apt(["libbz2-dev"])]
        ),
        // The only C: a SAX2 push parser whose public header includes no libxml2 header.
        .target(
            name: "CXMLShim",
            dependencies: ["CLibXML2"]
        ),
        // The one Swift module over the shim; nothing unsafe leaves it.
        .target(
            name: "XMLStream",
            dependencies: ["CXMLShim"]
        ),
        // Readers turn a place (local files, git history, MediaWiki exports) into page states.
        .target(
            name: "TranslationTrackerReaders",
            dependencies: [
                "TranslationTracker",
                "XMLStream",
                "CBZip2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "Digests",
            ]
        ),
        // Live wikis over the MediaWiki Action API: reading pages into the same page states as the
        // dumps, the local cache, and publishing the coverage table.
        .target(
            name: "TranslationTrackerLive",
            dependencies: [
                "TranslationTracker",
                "TranslationTrackerReaders",
                "TranslationTrackerReports",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                "Digests",
            ]
        ),
        // Pure renderers of the report model.
        .target(
            name: "TranslationTrackerReports",
            dependencies: ["TranslationTracker"]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "transtrack",
            dependencies: [
                "TranslationTracker",
                "TranslationTrackerReaders",
                "TranslationTrackerReports",
                "TranslationTrackerLive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The parsers and round trips that take outside bytes, as fuzz targets: one function per
        // target that returns or stops on the property it broke (scripts/fuzz, and replayed by tests).
        .target(
            name: "TranslationTrackerFuzzing",
            dependencies: ["TranslationTracker", "TranslationTrackerReaders"]
        ),
        // libFuzzer's driver, declared weak: the fuzz executable links with or without libFuzzer.
        .target(name: "CFuzzerDriver"),
        // Runs a fuzz target under libFuzzer (scripts/fuzz builds it with -sanitize=fuzzer,address),
        // or replays saved inputs in any build.
        .executableTarget(
            name: "transtrack-fuzz",
            dependencies: ["TranslationTrackerFuzzing", "CFuzzerDriver"]
        ),
        // Prints throughput and peak memory on a synthetic Meta-scale workspace.
        .executableTarget(
            name: "transtrack-bench",
            dependencies: ["TranslationTracker", "TranslationTrackerReaders", "TranslationTrackerReports", "XMLStream"]
        ),
        // Helpers more than one test target uses: peak memory measured in a child process,
        // inotify open counts, removing scratch folders, and headless Chromium.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "TranslationTrackerTests",
            dependencies: ["TranslationTracker", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TranslationTrackerReadersTests",
            dependencies: ["TestSupport", "TranslationTrackerReaders", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        // Live reading and publishing against a real MediaWiki (scripts/mediawiki) on loopback.
        .testTarget(
            name: "TranslationTrackerLiveTests",
            dependencies: ["TranslationTrackerLive", "TranslationTrackerReports"]
        ),
        .testTarget(
            name: "DigestsTests",
            dependencies: ["Digests"]
        ),
        .testTarget(
            name: "XMLStreamTests",
            dependencies: ["TestSupport", "XMLStream"]
        ),
        .testTarget(
            name: "TranslationTrackerReportsTests",
            dependencies: ["TestSupport", "TranslationTrackerReports", "TranslationTrackerReaders"],
            exclude: ["Golden"]
        ),
        // Replays every fuzz seed and every input that once broke a property, without libFuzzer.
        .testTarget(
            name: "TranslationTrackerFuzzingTests",
            dependencies: ["TranslationTrackerFuzzing"],
            exclude: ["Corpus"]
        ),
        // End-to-end: runs the built `transtrack` binary on temporary copies of the dataset.
        .testTarget(
            name: "transtrackTests",
            dependencies: ["TestSupport", "transtrack", "TranslationTrackerLive"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
