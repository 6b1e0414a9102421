/// A template as apigen renders it: a tree of nodes with names already split, as
/// `MustacheParser` reads the template's text and `TemplateRenderer` renders it against typed
/// render models. Whitespace, standalone lines and partial indentation follow the mustache spec
/// (`MustacheSpecTests` runs its suite). Lambdas, transforms, inheritance and dynamic partials
/// are not supported: templates carry no logic, render models do.
/// (A class, as `TemplateName` is: rendering copies nodes out of arrays, and a copy then costs
/// one retain, not one per string inside.)
final class CompiledTemplate: Sendable {
    /// Indirect for the same reason: a node is then one boxed pointer, and copying it out of
    /// `nodes` is one retain, not the value witness of a multi-payload enum.
    indirect enum Node: Sendable {
        case text(String)
        case variable(TemplateName, escaped: Bool)
        case section(TemplateName, CompiledTemplate, inverted: Bool)
        /// `indentation` is set for a partial tag on a line of its own: every line the partial
        /// renders after its first is indented by it.
        case partial(String, indentation: String?)
        /// `{{% CONTENT_TYPE: ... }}`: how later variables in the same template are escaped.
        case contentType(TemplateEscaping)
    }

    let nodes: [Node]

    init(nodes: [Node]) {
        self.nodes = nodes
    }

    /// Parses `text` (`MustacheParser`).
    convenience init(parsing text: String) throws(MustacheSyntaxError) {
        self.init(nodes: try MustacheParser.parse(text))
    }
}

/// A looked-up name as mustache reads it: `.` (or nothing) is the innermost value; `a.b.c`
/// looks `a` up from the innermost value outwards, then `b` and `c` in what it found; `.a`
/// looks `a` up in the innermost value only.
final class TemplateName: Sendable {
    let text: String
    let segments: [String]
    let isAnchored: Bool

    init(_ text: String) {
        self.text = text
        self.segments = text.split(separator: ".").map(String.init)
        self.isAnchored = text.first == "."
    }
}

extension TemplateName: Equatable {
    /// The same text, byte for byte.
    static func == (lhs: TemplateName, rhs: TemplateName) -> Bool {
        lhs === rhs || lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }
}

/// How variables are escaped: the `{{% CONTENT_TYPE: TEXT}}` or `HTML` pragma.
enum TemplateEscaping: Sendable, Equatable {
    /// `TEXT`: as they are.
    case none
    /// `HTML`, the default: `<`, `>`, `&`, `"` and `'` become entities.
    case html

    func escape(_ text: String) -> String {
        switch self {
        case .none: text
        case .html: Self.htmlEscaped(text)
        }
    }

    /// The mustache HTML escaping, character by character (a `<` that a combining mark
    /// follows is another character, and stays); text without any of the five bytes is kept.
    static func htmlEscaped(_ text: String) -> String {
        guard text.utf8Contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
