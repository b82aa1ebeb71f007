// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Pratiques",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PratiquesCore", targets: ["PratiquesCore"]),
        .executable(name: "pratiques", targets: ["pratiques"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "PratiquesCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "pratiques",
            dependencies: [
                "PratiquesCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PratiquesCoreTests",
            dependencies: ["PratiquesCore"]
        ),
        .testTarget(
            name: "PratiquesCLITests",
            dependencies: ["pratiques"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
