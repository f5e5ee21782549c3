// swift-tools-version: 6.1
import PackageDescription

// A program that uses TranslationTracker as a library, the way another project would: by its
// products and its public API only. It needs the core (the report model) and the readers (the
// manifest and the local files); not depending on TranslationTrackerLive keeps the HTTP stack
// out of its build.
let package = Package(
    name: "OutdatedLanguages",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "TranslationTracker", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "OutdatedLanguages",
            dependencies: [
                .product(name: "TranslationTracker", package: "TranslationTracker"),
                .product(name: "TranslationTrackerReaders", package: "TranslationTracker"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
