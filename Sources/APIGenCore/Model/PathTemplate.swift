/// A URL path with `{name}` placeholders, split into literal text and placeholders.
public struct PathTemplate: Hashable, Sendable {
    public enum Segment: Hashable, Sendable {
        case literal(String)
        case placeholder(String)
    }

    public struct Placeholder: Hashable, Sendable {
        public var name: String
        /// Offset in characters of the `{` within the path.
        public var offset: Int
    }

    public var segments: [Segment] = []
    public var placeholders: [Placeholder] = []
    /// Offsets of `{` or `}` that do not form a placeholder.
    public var strayBraces: [Int] = []

    public init(_ path: String) {
        var literal = ""
        var chars = Array(path)
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char == "{" {
                if let close = chars[(index + 1)...].firstIndex(of: "}"),
                    !chars[(index + 1)..<close].contains("{"), close > index + 1
                {
                    if !literal.isEmpty { segments.append(.literal(literal)) }
                    literal = ""
                    let name = String(chars[(index + 1)..<close])
                    segments.append(.placeholder(name))
                    placeholders.append(Placeholder(name: name, offset: index))
                    index = close + 1
                    continue
                }
                strayBraces.append(index)
            } else if char == "}" {
                strayBraces.append(index)
            }
            literal.append(char)
            index += 1
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        chars.removeAll()
    }
}
