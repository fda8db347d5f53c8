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
        .executableTarget(
            name: "roles",
            dependencies: [
                "RolesKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RolesCoreTests", dependencies: ["RolesCore"]),
        .testTarget(
            name: "RolesKitTests",
            dependencies: ["RolesKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "rolesTests", dependencies: ["roles"]),
    ]
)
