/// Renders compiled templates against typed render models (`MustacheSpecTests` runs the official
/// mustache spec suite), without dynamic casts, name splitting or per-token strings.
///
/// Output goes into one byte buffer. Inside an indented standalone partial, every line the
/// partial renders is indented, through its sections and nested partials, except a line that is
/// empty (the mustache spec's rule, without trailing whitespace).
struct TemplateRenderer {
    private let templates: [String: CompiledTemplate]
    private var output: [UInt8] = []
    /// The context stack, innermost last: the root, then each section's value.
    private var stack: [TemplateValue]
    /// The objects on `stack`, innermost last, kept apart so that a lookup asks each of them in
    /// place instead of copying it out of its `TemplateValue` (half of a lookup's cost was
    /// copying and destroying values it only asked a name).
    private var objects: [any TemplateObject]
    /// Names that nothing on the stack answers, and partials that do not exist.
    private(set) var missingNames: Set<String> = []
    private(set) var missingPartials: Set<String> = []

    init(templates: [String: CompiledTemplate], root: any TemplateObject) {
        self.templates = templates
        self.stack = [.object(root)]
        self.objects = [root]
        output.reserveCapacity(8192)
    }

    /// Renders `template` (a template is HTML-escaped until its content type says otherwise).
    mutating func render(_ template: CompiledTemplate) -> [UInt8] {
        renderLevel(template.nodes, escaping: .html, indentation: nil)
        return output
    }

    private mutating func renderLevel(_ nodes: [CompiledTemplate.Node], escaping: TemplateEscaping, indentation: String?) {
        var escaping = escaping
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { renderNode(node, escaping: &escaping, indentation: indentation) }
            return
        }
        for node in nodes {
            // Text and variables are indented where they start a line; sections and partials
            // indent what they hold themselves, as their own levels.
            let isLeaf = switch node {
            case .text, .variable: true
            default: false
            }
            let atLineStart = isLeaf && endsWithLineFeed()
            let nodeStart = output.count
            renderNode(node, escaping: &escaping, indentation: indentation)
            // An empty line stays empty: indentation alone would be trailing whitespace.
            if atLineStart && output.count > nodeStart && !isLineBreak(from: nodeStart) {
                output.insert(contentsOf: indentation.utf8, at: nodeStart)
            }
        }
    }

    /// Whether the output from `start` on is one line break (`\n` or `\r\n`).
    private func isLineBreak(from start: Int) -> Bool {
        let length = output.count - start
        return (length == 1 && output[start] == 0x0A) || (length == 2 && output[start] == 0x0D && output[start + 1] == 0x0A)
    }

    /// Whether the output ends with a line feed that is a character of its own (`\r\n` is one
    /// character, which is not `"\n"`).
    private func endsWithLineFeed() -> Bool {
        let count = output.count
        guard count > 0, output[count - 1] == 0x0A else { return false }
        return count == 1 || output[count - 2] != 0x0D
    }

    private mutating func renderNode(_ node: CompiledTemplate.Node, escaping: inout TemplateEscaping, indentation: String?) {
        switch node {
        case .text(let text):
            output.appendUTF8(of: text)
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else { return }
            let text = Self.printed(value)
            output.appendUTF8(of: escaped ? escaping.escape(text) : text)
        case .section(let name, let body, let inverted):
            let value = lookUp(name)
            inverted
                ? renderInvertedSection(body, value, escaping: escaping, indentation: indentation)
                : renderSection(body, value, escaping: escaping, indentation: indentation)
        case .partial(let name, let partialIndentation):
            guard let partial = templates[name] else {
                missingPartials.insert(name)
                return
            }
            let indentation = partialIndentation.map { (indentation ?? "") + $0 } ?? indentation
            renderLevel(partial.nodes, escaping: .html, indentation: indentation)
        case .contentType(let contentType):
            escaping = contentType
        }
    }

    private mutating func renderSection(_ body: CompiledTemplate, _ value: TemplateValue?, escaping: TemplateEscaping, indentation: String?) {
        switch value {
        case .list(let list):
            for index in 0..<list.count {
                push(list.templateElement(at: index))
                renderLevel(body.nodes, escaping: escaping, indentation: indentation)
                pop()
            }
        case .flag(let isSet):
            if isSet { renderLevel(body.nodes, escaping: escaping, indentation: indentation) }
        case .text, .object:
            push(value!)
            renderLevel(body.nodes, escaping: escaping, indentation: indentation)
            pop()
        case .null, nil:
            break
        }
    }

    private mutating func renderInvertedSection(
        _ body: CompiledTemplate, _ value: TemplateValue?, escaping: TemplateEscaping, indentation: String?
    ) {
        switch value {
        case .list(let list):
            guard list.count == 0 else { return }
            push(value!)
            renderLevel(body.nodes, escaping: escaping, indentation: indentation)
            pop()
        case .flag(let isSet):
            if !isSet { renderLevel(body.nodes, escaping: escaping, indentation: indentation) }
        case .text, .object:
            break
        case .null, nil:
            renderLevel(body.nodes, escaping: escaping, indentation: indentation)
        }
    }

    private mutating func push(_ value: TemplateValue) {
        if case .object(let object) = value { objects.append(object) }
        stack.append(value)
    }

    private mutating func pop() {
        if case .object = stack.removeLast() { objects.removeLast() }
    }

    /// The value `name` names; nil, and the name recorded as missing, when nothing has it.
    private mutating func lookUp(_ name: TemplateName) -> TemplateValue? {
        let segments = name.segments
        guard !segments.isEmpty else { return stack.last }
        var value: TemplateValue?
        if name.isAnchored {
            // Only the innermost value, when it is an object (it is then the last of `objects`).
            if case .object = stack[stack.count - 1] { value = objects[objects.count - 1].templateValue(named: segments[0]) }
        } else {
            var index = objects.count - 1
            while index >= 0 {
                value = objects[index].templateValue(named: segments[0])
                if value != nil { break }
                index -= 1
            }
        }
        var segment = 1
        while segment < segments.count, case .object(let parent)? = value {
            value = parent.templateValue(named: segments[segment])
            segment += 1
        }
        if segment < segments.count { value = nil }
        if value == nil { missingNames.insert(name.text) }
        return value
    }

    /// A value as a variable prints it.
    private static func printed(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .flag(let isSet): isSet ? "true" : "false"
        case .list(let list): String(describing: list)
        case .object(let object): String(describing: object)
        case .null: ""
        }
    }
}
