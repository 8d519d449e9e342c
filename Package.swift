// swift-tools-version:6.0
// Recourse: a terminal console for commercial debt recovery.
import PackageDescription

let package = Package(
    name: "Recourse",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recourse", targets: ["recourse"]),
        .executable(name: "recourse-bench", targets: ["recourse-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The domain: values, rules, policies, use cases. Foundation only.
        .target(name: "RecourseCore"),
        // The file-backed repository: SQLite through GRDB.
        .target(
            name: "RecourseStore",
            dependencies: [
                "RecourseCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Imports: placement files (CSV) read, validated and written through the store; client mapping files (TOML).
        .target(name: "RecourseImport", dependencies: ["RecourseCore", "RecourseStore", "TOMLKit"]),
        // The deterministic demo portfolio generator.
        .target(name: "RecourseDemo", dependencies: ["RecourseCore"]),
        // Letter templates (Mustache), merge data, rendering, the statutory rate table file.
        .target(
            name: "RecourseLetters",
            dependencies: ["RecourseCore", "TOMLKit", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The escalation ladder policy file: bundled TOML, per-country ladders, the user's overrides.
        .target(name: "RecourseEscalation", dependencies: ["RecourseCore", "RecourseLetters", "TOMLKit"]),
        // A small, generic terminal toolkit. Knows nothing about debt.
        .target(name: "TermUI", dependencies: ["TOMLKit"]),
        // ncursesw, wrapped for Swift.
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The only module that talks to ncurses.
        .target(name: "TermUICurses", dependencies: ["TermUI", "CNCurses"]),
        // The caseworker application: screens, state, actions, key bindings.
        .target(
            name: "RecourseConsole",
            dependencies: ["RecourseCore", "RecourseLetters", "TermUI", "TOMLKit"]
        ),
        // The executable: argument parsing and wiring.
        .executableTarget(
            name: "recourse",
            dependencies: [
                "RecourseCore", "RecourseStore", "RecourseImport", "RecourseDemo", "RecourseLetters", "RecourseEscalation", "RecourseConsole", "TermUI", "TermUICurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints speed figures on a generated 100,000-case repository (release build).
        .executableTarget(
            name: "recourse-bench",
            dependencies: ["RecourseCore", "RecourseStore", "RecourseImport", "RecourseDemo", "RecourseLetters", "RecourseEscalation", "RecourseConsole", "TermUI"]
        ),
        .testTarget(name: "RecourseCoreTests", dependencies: ["RecourseCore"]),
        .testTarget(name: "RecourseStoreTests", dependencies: ["RecourseCore", "RecourseStore", "RecourseDemo"]),
        .testTarget(
            name: "RecourseImportTests",
            dependencies: ["RecourseCore", "RecourseStore", "RecourseImport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "RecourseDemoTests", dependencies: ["RecourseCore", "RecourseDemo"]),
        .testTarget(name: "RecourseLettersTests", dependencies: ["RecourseCore", "RecourseLetters", "RecourseStore", "RecourseDemo"]),
        .testTarget(name: "RecourseEscalationTests", dependencies: ["RecourseCore", "RecourseEscalation", "RecourseLetters", "RecourseStore", "RecourseDemo"]),
        .testTarget(name: "TermUITests", dependencies: ["TermUI"]),
        .testTarget(
            name: "RecourseConsoleTests",
            dependencies: ["RecourseConsole", "RecourseCore", "RecourseLetters", "RecourseEscalation", "RecourseStore", "RecourseDemo", "TermUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["recourse"]),
    ]
)
