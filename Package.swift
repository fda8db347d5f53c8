// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "roles",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "roles", targets: ["roles"]),
        .library(name: "RolesKit", targets: ["RolesKit"]),
        .library(name: "RolesCore", targets: ["RolesCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // Without swift-configuration: the server is configured by its command-line options alone.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .target(name: "RolesCore"),
        .target(
            name: "RolesKit",
            dependencies: [
                "RolesCore",
                "COpenBLAS",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "RolesServer",
            dependencies: [
                "RolesKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            resources: [.copy("openapi.yaml")]
        ),
        .executableTarget(
            name: "roles",
            dependencies: [
                "RolesKit",
                "RolesServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "RolesCoreTests", dependencies: ["RolesCore"]),
        .testTarget(
            name: "RolesKitTests",
            dependencies: ["RolesKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "rolesTests", dependencies: ["roles"]),
        .testTarget(
            name: "RolesServerTests",
            dependencies: [
                "RolesServer",
                "RolesKit",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ]
)
