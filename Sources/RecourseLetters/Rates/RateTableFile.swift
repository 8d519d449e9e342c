import Foundation
import RecourseCore

/// Where statutory rates come from: the bundled table, with the user's `rates.toml` laid over it.
///
/// ```toml
/// [de-basiszins]
/// 2026H1 = 1.27     # adds a half-year
/// [ecb-mro]
/// 2025H2 = 2.15     # corrects a bundled value
/// ```
public enum RateTableFile {
    /// The bundled table; throws only if the shipped text is broken.
    public static func bundled() throws(RateFileError) -> RateTable {
        try parse(BundledRates.toml, name: BundledRates.name)
    }

    /// Reads rate TOML, naming `name` and the line in every problem.
    public static func parse(_ text: String, name: String) throws(RateFileError) -> RateTable {
        try RateFileParser(name: name, source: text).parse()
    }

    /// The bundled table merged with `userFile` when it exists (the user's rates win); a missing
    /// or unnamed user file means the bundled table alone. A broken user file is an error, never half-used.
    public static func load(userFile: URL?) throws(RateFileError) -> RateTable {
        let base = try bundled()
        guard let userFile else { return base }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: userFile.path, isDirectory: &isDirectory) else { return base }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: userFile.path) else {
            throw RateFileError(problems: ["\(userFile.path): cannot read the rate file"])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RateFileError(problems: ["\(userFile.path): not UTF-8 text"])
        }
        return base.merging(try parse(text, name: userFile.path))
    }

    /// `$XDG_CONFIG_HOME/recourse/rates.toml`, else `~/.config/recourse/rates.toml` — beside config.toml.
    public static func defaultUserFile(environment: [String: String]) -> URL {
        ConfigLocation.file("rates.toml", environment: environment)
    }
}
