import Mustache

/// A template as apigen renders it: the tokens swift-mustache parsed, as a tree of nodes with
/// names already split.
///
/// swift-mustache stays the parser, so whitespace, standalone lines and partial indentation are
/// exactly its own; `TemplateRenderer` renders the nodes against typed render models. Its
/// tokens are not public API, so they are read through `Mirror` once per template, when the
/// template set is loaded; anything not understood (a token swift-mustache adds in a later
/// version, or a feature apigen's renderer leaves out: transforms, lambdas, inheritance,
/// dynamic partials) makes `init` return nil, and the set is then rendered by swift-mustache.
/// (A class, as `TemplateName` is: rendering copies nodes out of arrays, and a copy then costs
/// one retain, not one per string inside.)
final class CompiledTemplate: Sendable {
    /// Indirect for the same reason: a node is then one boxed pointer, and copying it out of
    /// `nodes` is one retain, not the value witness of a multi-payload enum that holds an
    /// existential (`TemplateEscaping.custom`), which was 2 % of all instructions.
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

    init?(_ template: MustacheTemplate) {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value else {
            return nil
        }
        var nodes: [Node] = []
        for token in Mirror(reflecting: tokens).children {
            guard let node = Self.node(token.value) else { return nil }
            nodes.append(node)
        }
        self.nodes = nodes
    }

    /// One token: `case name(payload)`, its payload a value or a tuple read by position.
    private static func node(_ token: Any) -> Node? {
        guard let tokenCase = Mirror(reflecting: token).children.first, let caseName = tokenCase.label else { return nil }
        let payload = Mirror(reflecting: tokenCase.value).children.map(\.value)
        switch caseName {
        case "text":
            return (tokenCase.value as? String).map(Node.text)
        case "variable", "unescapedVariable":
            guard payload.count == 2, let name = payload[0] as? String, let transforms = payload[1] as? [String], transforms.isEmpty
            else { return nil }
            return .variable(TemplateName(name), escaped: caseName == "variable")
        case "section", "invertedSection":
            guard payload.count == 3, let name = payload[0] as? String, let transforms = payload[1] as? [String], transforms.isEmpty,
                let template = payload[2] as? MustacheTemplate, let body = CompiledTemplate(template)
            else { return nil }
            return .section(TemplateName(name), body, inverted: caseName == "invertedSection")
        case "partial":
            guard payload.count == 3, let name = payload[0] as? String, payload[2] as? [String: MustacheTemplate] == nil else { return nil }
            return .partial(name, indentation: payload[1] as? String)
        case "contentType":
            return (tokenCase.value as? any MustacheContentType).map { .contentType(TemplateEscaping($0)) }
        default:
            return nil
        }
    }
}

/// A looked-up name as swift-mustache reads it: `.` (or nothing) is the innermost value; `a.b.c`
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

/// How variables are escaped, after swift-mustache's content types.
enum TemplateEscaping: Sendable {
    /// `TEXT`: as they are.
    case none
    /// `HTML`, the default: `<`, `>`, `&`, `"` and `'` become entities.
    case html
    /// A content type registered with swift-mustache: its own `escapeText`.
    case custom(any MustacheContentType)

    init(_ contentType: any MustacheContentType) {
        let probe = "<>&\"'"
        switch contentType.escapeText(probe) {
        case probe: self = .none
        case Self.htmlEscaped(probe): self = .html
        default: self = .custom(contentType)
        }
    }

    func escape(_ text: String) -> String {
        switch self {
        case .none: text
        case .html: Self.htmlEscaped(text)
        case .custom(let contentType): contentType.escapeText(text)
        }
    }

    /// swift-mustache's HTML escaping, character by character (a `<` that a combining mark
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
