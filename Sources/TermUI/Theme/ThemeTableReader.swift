import TOMLKit

/// Turns a parsed TOML table into role styles, collecting a diagnostic for every problem.
struct ThemeTableReader {
    let file: String
    let locator: ThemeSourceLocator
    let knownRoles: Set<ThemeRole>
    private(set) var diagnostics: [ThemeDiagnostic] = []

    init(file: String, locator: ThemeSourceLocator, knownRoles: Set<ThemeRole>) {
        self.file = file
        self.locator = locator
        self.knownRoles = knownRoles
    }

    mutating func read(_ table: TOMLTable) -> (name: String?, styles: [ThemeRole: Style]) {
        var name: String?
        var styles: [ThemeRole: Style] = [:]
        for key in table.keys {
            let line = locator.line(ofKey: key, inSection: nil) ?? locator.line(ofKey: key, inSection: key)
            switch key {
            case "name", "description":
                guard let text = table[key]?.string else {
                    report(line, "'\(key)' must be a string")
                    continue
                }
                if key == "name" { name = text }
            case "roles":
                guard let roles = table[key]?.table else {
                    report(line, "'roles' must be a table of role = { fg = …, bg = …, bold = … }")
                    continue
                }
                styles = readRoles(roles)
            default:
                report(line, "unknown key '\(key)' (expected name, description, roles)")
            }
        }
        return (name, styles)
    }

    private mutating func readRoles(_ roles: TOMLTable) -> [ThemeRole: Style] {
        var styles: [ThemeRole: Style] = [:]
        for roleName in roles.keys {
            let line = locator.line(ofKey: roleName, inSection: "roles")
            let role = ThemeRole(roleName)
            guard knownRoles.contains(role) else {
                report(line, "unknown role '\(roleName)'")
                continue
            }
            guard let spec = roles[roleName]?.table else {
                report(line, "role '\(roleName)' must be a table like { fg = \"red\", bold = true }")
                continue
            }
            styles[role] = readStyle(spec, role: roleName)
        }
        return styles
    }

    private mutating func readStyle(_ spec: TOMLTable, role: String) -> Style {
        var style = Style()
        for property in spec.keys {
            let line = locator.line(ofProperty: property, role: role)
            guard let value = spec[property] else { continue }
            switch property {
            case "fg", "bg":
                guard let color = readColor(value, property: property, role: role, line: line) else { continue }
                if property == "fg" { style.foreground = color } else { style.background = color }
            default:
                guard let attribute = TextAttributes.named.first(where: { $0.name == property })?.attribute else {
                    report(line, "role '\(role)': unknown key '\(property)' (expected fg, bg, bold, dim, underline, reverse, italic)")
                    continue
                }
                guard let on = value.bool else {
                    report(line, "role '\(role)': '\(property)' must be true or false")
                    continue
                }
                if on { style.attributes.insert(attribute) } else { style.attributes.remove(attribute) }
            }
        }
        return style
    }

    private mutating func readColor(_ value: TOMLValueConvertible, property: String, role: String, line: Int?) -> Color? {
        if let number = value.int {
            if let color = Color(index: number) { return color }
            report(line, "role '\(role)': \(property) = \(number) is not a palette index 0–255")
            return nil
        }
        if let name = value.string {
            if let color = Color(name: name) { return color }
            report(line, "role '\(role)': unknown colour '\(name)' for \(property) "
                + "(use default, \(Color.names.joined(separator: ", ")) or 0–255)")
            return nil
        }
        report(line, "role '\(role)': \(property) must be a colour name or a number 0–255")
        return nil
    }

    private mutating func report(_ line: Int?, _ message: String) {
        diagnostics.append(ThemeDiagnostic(file: file, line: line, message: message))
    }
}
