/// Reads JSON values (examples, defaults) out of YAML nodes.
///
/// Inside JSON values, plain `true`, `false`, `null` and JSON numbers are JSON literals and
/// everything else (quoted text included) is a string.
enum JSONExample {
    typealias Kind = JSONValueKind

    static func kind(of node: YAMLNode) -> Kind {
        switch node.content {
        case .mapping: return .object
        case .sequence: return .array
        case .scalar(let text, _):
            guard node.isPlainScalar else { return .string }
            if text == "true" || text == "false" { return .boolean }
            if text == "null" || text == "~" || text.isEmpty { return .null }
            return isJSONNumber(text) ? .number : .string
        }
    }

    /// The JSON value of a node; keys that are not text are skipped (the checker reports them).
    static func value(of node: YAMLNode) -> JSONValue {
        switch node.content {
        case .mapping(let pairs):
            return .object(pairs.compactMap { pair in
                pair.key.scalar.map { JSONValue.Member(key: $0, value: value(of: pair.value)) }
            })
        case .sequence(let items):
            return .array(items.map(value(of:)))
        case .scalar(let text, _):
            switch kind(of: node) {
            case .null: return .null
            case .boolean: return .bool(text == "true")
            case .number: return .number(text)
            default: return .string(text)
            }
        }
    }

    /// RFC 8259's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func isJSONNumber(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "-" { chars = chars.dropFirst() }
        guard let first = chars.first, first.isASCII, first.isNumber else { return false }
        if first == "0" {
            chars = chars.dropFirst()
        } else {
            chars = chars.drop { $0.isASCII && $0.isNumber }
        }
        if chars.first == "." {
            chars = chars.dropFirst()
            let digits = chars.prefix { $0.isASCII && $0.isNumber }
            if digits.isEmpty { return false }
            chars = chars.dropFirst(digits.count)
        }
        if chars.first == "e" || chars.first == "E" {
            chars = chars.dropFirst()
            if chars.first == "+" || chars.first == "-" { chars = chars.dropFirst() }
            let digits = chars.prefix { $0.isASCII && $0.isNumber }
            if digits.isEmpty { return false }
            chars = chars.dropFirst(digits.count)
        }
        return chars.isEmpty
    }

    static func isInteger(_ text: String) -> Bool {
        isJSONNumber(text) && !text.contains(".") && !text.contains("e") && !text.contains("E")
    }
}

/// The kind of a JSON value, as an example holds it.
public enum JSONValueKind: String, Hashable, Sendable {
    case null, boolean, number, string, array, object
}
