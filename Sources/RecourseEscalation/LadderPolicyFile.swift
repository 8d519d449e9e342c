import Foundation
import RecourseCore

/// Where the ladder policy comes from: the bundled `ladder.toml`, with the user's file laid over it.
///
/// ```toml
/// letter_minimum_balance = "EUR 75.00"   # replaces the bundled minimum
///
/// [[countries.DE.ladder]]                # replaces (or adds) Germany's ladder, every step of it
/// name = "first call"
/// kind = "call"
/// days = 1
/// from = "placement"
/// # …
///
/// [risk]
/// DE = 0                                 # adds to or corrects the bundled risk table
/// ```
///
/// A user's `[[ladder]]` replaces the default ladder; countries it does not list keep theirs.
public enum LadderPolicyFile {
    /// The bundled policy; throws only if the shipped text is broken.
    public static func bundled() throws(LadderPolicyError) -> LadderPolicy {
        var parser = LadderFileParser(name: BundledLadder.name, source: BundledLadder.toml)
        let document = try parser.parse()
        guard let ladder = document.defaultLadder, let minimum = document.letterMinimumBalance else {
            throw LadderPolicyError(problems: ["\(BundledLadder.name): needs letter_minimum_balance and [[ladder]] steps"])
        }
        do {
            return try LadderPolicy(
                defaultLadder: ladder, countryLadders: document.countryLadders, letterMinimumBalance: minimum,
                countryRisk: document.countryRisk)
        } catch {
            throw LadderPolicyError(problems: ["\(BundledLadder.name): \(error.description)"])
        }
    }

    /// The bundled policy with `userFile` laid over it when the file exists: its
    /// `letter_minimum_balance` and `[[ladder]]` replace the bundled ones when present, each country
    /// it lists replaces that country's ladder, its `[risk]` entries are added or replace bundled
    /// ones. A missing or unnamed file means the bundled policy alone. A broken file is an error
    /// listing every problem by file and line, never half-applied.
    public static func load(userFile: URL?) throws(LadderPolicyError) -> LadderPolicy {
        let base = try bundled()
        guard let userFile else { return base }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: userFile.path, isDirectory: &isDirectory) else { return base }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: userFile.path) else {
            throw LadderPolicyError(problems: ["\(userFile.path): cannot read the ladder policy file"])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LadderPolicyError(problems: ["\(userFile.path): not UTF-8 text"])
        }
        var parser = LadderFileParser(name: userFile.path, source: text)
        let user = try parser.parse()
        do {
            return try LadderPolicy(
                defaultLadder: user.defaultLadder ?? base.defaultLadder,
                countryLadders: base.countryLadders.merging(user.countryLadders) { _, mine in mine },
                letterMinimumBalance: user.letterMinimumBalance ?? base.letterMinimumBalance,
                countryRisk: base.countryRisk.merging(user.countryRisk) { _, mine in mine })
        } catch {
            throw LadderPolicyError(problems: ["\(userFile.path): \(error.description)"])
        }
    }

    /// `$XDG_CONFIG_HOME/recourse/ladder.toml`, else `~/.config/recourse/ladder.toml` — beside config.toml.
    public static func defaultUserFile(environment: [String: String]) -> URL {
        ConfigLocation.file("ladder.toml", environment: environment)
    }
}
