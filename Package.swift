// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Pratiques",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PratiquesCore", targets: ["PratiquesCore"]),
        .library(name: "PratiquesStore", targets: ["PratiquesStore"]),
        .library(name: "PratiquesReports", targets: ["PratiquesReports"]),
        .library(name: "PratiquesApp", targets: ["PratiquesApp"]),
        .executable(name: "pratiques", targets: ["pratiques"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(
            name: "PratiquesCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "PratiquesStore",
            dependencies: [
                "PratiquesCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "PratiquesReports",
            dependencies: [
                "PratiquesCore",
                "CXlsxWriter",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The use cases: what people do, for every front end. Imports the layers below only.
        .target(
            name: "PratiquesApp",
            dependencies: [
                "PratiquesCore", "PratiquesStore", "PratiquesReports",
                // PBKDF2 for the web coordinators' passwords.
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // The web front end: parse the request, call the App, render HTML. Imports the App and below.
        .target(
            name: "PratiquesWeb",
            dependencies: [
                "PratiquesCore",
                "PratiquesApp",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Assets")]
        ),
        // The command-line front end: parse, call the App, print.
        .executableTarget(
            name: "pratiques",
            dependencies: [
                "PratiquesCore",
                "PratiquesApp",
                "PratiquesWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "pratiques-bench",
            dependencies: ["PratiquesCore", "PratiquesStore", "PratiquesReports", "PratiquesApp"],
            path: "Benchmarks/PratiquesBench"
        ),
        .testTarget(
            name: "PratiquesCoreTests",
            dependencies: ["PratiquesCore"]
        ),
        .testTarget(
            name: "PratiquesStoreTests",
            dependencies: ["PratiquesStore"]
        ),
        .testTarget(
            name: "PratiquesReportsTests",
            dependencies: [
                "PratiquesReports",
                "PratiquesCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "PratiquesAppTests",
            dependencies: ["PratiquesApp", "PratiquesStore", "PratiquesCore"]
        ),
        .testTarget(
            name: "PratiquesWebTests",
            dependencies: [
                "PratiquesWeb",
                "PratiquesApp",
                "PratiquesStore",
                "PratiquesCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "PratiquesCLITests",
            dependencies: ["pratiques"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
