// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "TranslationTracker",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "TranslationTracker", targets: ["TranslationTracker"]),
        .library(name: "TranslationTrackerReaders", targets: ["TranslationTrackerReaders"]),
        .library(name: "TranslationTrackerReports", targets: ["TranslationTrackerReports"]),
        .executable(name: "transtrack", targets: ["transtrack"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Pure core: model, manifest, wikitext units, provenance, status. No files, network or clocks.
        .target(
            name: "TranslationTracker",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Readers turn a place (local files, git history) into page states.
        .target(
            name: "TranslationTrackerReaders",
            dependencies: ["TranslationTracker"]
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
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints throughput and peak memory on a synthetic Meta-scale workspace.
        .executableTarget(
            name: "transtrack-bench",
            dependencies: ["TranslationTracker", "TranslationTrackerReaders", "TranslationTrackerReports"]
        ),
        .testTarget(
            name: "TranslationTrackerTests",
            dependencies: ["TranslationTracker", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TranslationTrackerReadersTests",
            dependencies: ["TranslationTrackerReaders"]
        ),
        .testTarget(
            name: "TranslationTrackerReportsTests",
            dependencies: ["TranslationTrackerReports", "TranslationTrackerReaders"],
            exclude: ["Golden"]
        ),
        // End-to-end: runs the built `transtrack` binary on temporary copies of the dataset.
        .testTarget(
            name: "transtrackTests",
            dependencies: ["transtrack"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
