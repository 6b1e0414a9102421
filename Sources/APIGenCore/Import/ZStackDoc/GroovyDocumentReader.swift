/// Reads a `*Doc_zh_cn.groovy` file into a `GroovyDocument`: a small reader for the subset of
/// Groovy that ZStack's documentation DSL uses, not a Groovy interpreter.
///
/// It reads strings in all their quotings (`'…'`, `"…"`, `'''…'''`, `"""…"""`, with escapes),
/// numbers, `true`/`false`/`null`, qualified names and `.class` literals, lists and maps
/// (`[a, b]`, `[key: value]`), calls with and without parentheses (`name "x"`, `header (a: 'b')`,
/// `values ("A", "B")`), closures, `//` and `/* */` comments, and statements ended by line
/// breaks or `;`. Anything else is an error at its `file:line:column`.
struct GroovyDocumentReader {
    private let path: String
    private let tokens: [GroovyToken]
    private var position = 0

    /// Reads `text`, the contents of the file at `path`; the first problem is thrown as a diagnostic.
    static func read(_ text: String, path: String) throws(GroovyReadError) -> GroovyDocument {
        var lexer = GroovyLexer(text: text, path: path)
        var reader = GroovyDocumentReader(path: path, tokens: try lexer.tokens())
        return try reader.document()
    }

    private init(path: String, tokens: [GroovyToken]) {
        self.path = path
        self.tokens = tokens
    }

    // MARK: - Statements

    private mutating func document() throws(GroovyReadError) -> GroovyDocument {
        var document = GroovyDocument(package: nil, imports: [], calls: [])
        skipSeparators()
        while current.kind != .end {
            if case .name("package") = current.kind {
                advance()
                document.package = try qualifiedName(expected: "a package name")
            } else if case .name("import") = current.kind {
                advance()
                document.imports.append(try qualifiedName(expected: "an imported class"))
            } else {
                document.calls.append(try call())
            }
            try endOfStatement()
        }
        return document
    }

    /// `name`, then its arguments in parentheses or bare, then a closure.
    private mutating func call() throws(GroovyReadError) -> GroovyCall {
        guard case .name(let name) = current.kind else { throw unexpected("a call such as 'title \"...\"'") }
        let location = current.location
        advance()
        var arguments: [GroovyValue] = []
        if current.kind == .openParenthesis {
            advance()
            arguments = try argumentList(closedBy: .closeParenthesis)
        } else if startsValue(current.kind) {
            arguments = try bareArguments()
        }
        var closure: [GroovyCall]?
        if current.kind == .openBrace {
            advance()
            closure = try block()
        }
        return GroovyCall(name: name, arguments: arguments, closure: closure, location: location)
    }

    /// The calls up to the closing brace (read).
    private mutating func block() throws(GroovyReadError) -> [GroovyCall] {
        var calls: [GroovyCall] = []
        skipSeparators()
        while current.kind != .closeBrace {
            guard current.kind != .end else { throw unexpected("'}'") }
            calls.append(try call())
            if current.kind != .closeBrace { try endOfStatement() }
        }
        advance()
        return calls
    }

    /// Arguments without parentheses: values separated by commas, up to the end of the line.
    private mutating func bareArguments() throws(GroovyReadError) -> [GroovyValue] {
        var values = [try value()]
        while current.kind == .comma {
            advance()
            skipLineBreaks()
            values.append(try value())
        }
        return values
    }

    /// Values and `key: value` pairs up to `closer` (read); named ones gathered into one map, first.
    private mutating func argumentList(closedBy closer: GroovyToken.Kind) throws(GroovyReadError) -> [GroovyValue] {
        var positional: [GroovyValue] = []
        var named: [GroovyMapEntry] = []
        skipLineBreaks()
        while current.kind != closer {
            if let key = mapKey() {
                advance(by: 2)
                skipLineBreaks()
                named.append(GroovyMapEntry(key: key, value: try value()))
            } else {
                positional.append(try value())
            }
            skipLineBreaks()
            guard current.kind == .comma else { break }
            advance()
            skipLineBreaks()
        }
        guard current.kind == closer else { throw unexpected(closer == .closeParenthesis ? "',' or ')'" : "',' or ']'") }
        advance()
        return (named.isEmpty ? [] : [.map(named)]) + positional
    }

    // MARK: - Values

    private mutating func value() throws(GroovyReadError) -> GroovyValue {
        switch current.kind {
        case .string(let text):
            advance()
            return .string(text)
        case .number(let digits):
            advance()
            return .number(digits)
        case .minus:
            advance()
            guard case .number(let digits) = current.kind else { throw unexpected("a number after '-'") }
            advance()
            return .number("-" + digits)
        case .openBracket:
            advance()
            return try listOrMap()
        case .name("true"):
            advance()
            return .bool(true)
        case .name("false"):
            advance()
            return .bool(false)
        case .name("null"):
            advance()
            return .null
        case .name:
            let name = try qualifiedName(expected: "a name")
            if name.hasSuffix(".class") { return .classLiteral(String(name.dropLast(".class".count))) }
            return .name(name)
        default:
            throw unexpected("a value (text, a number, a name or a list)")
        }
    }

    /// After `[`: `[:]`, `[key: value, ...]` or `[value, ...]`.
    private mutating func listOrMap() throws(GroovyReadError) -> GroovyValue {
        skipLineBreaks()
        if current.kind == .colon, next.kind == .closeBracket {
            advance(by: 2)
            return .map([])
        }
        if mapKey() != nil {
            let arguments = try argumentList(closedBy: .closeBracket)
            guard arguments.count == 1, case .map = arguments[0] else { throw unexpected("only 'key: value' entries in a map") }
            return arguments[0]
        }
        return .list(try argumentList(closedBy: .closeBracket))
    }

    /// The key when the current tokens are `key :` (a name or a string).
    private func mapKey() -> String? {
        guard next.kind == .colon else { return nil }
        switch current.kind {
        case .name(let name): return name
        case .string(let text): return text
        default: return nil
        }
    }

    /// `a.b.C`, read.
    private mutating func qualifiedName(expected: String) throws(GroovyReadError) -> String {
        guard case .name(let first) = current.kind else { throw unexpected(expected) }
        var name = first
        advance()
        while current.kind == .dot, case .name(let part) = next.kind {
            name += "." + part
            advance(by: 2)
        }
        return name
    }

    private func startsValue(_ kind: GroovyToken.Kind) -> Bool {
        switch kind {
        case .string, .number, .minus, .openBracket, .name: true
        default: false
        }
    }

    // MARK: - Tokens

    private var current: GroovyToken { tokens[position] }
    private var next: GroovyToken { tokens[min(position + 1, tokens.count - 1)] }

    private mutating func advance(by count: Int = 1) { position = min(position + count, tokens.count - 1) }

    private mutating func skipLineBreaks() {
        while current.kind == .lineBreak { advance() }
    }

    private mutating func skipSeparators() {
        while current.kind == .lineBreak || current.kind == .semicolon { advance() }
    }

    /// A statement ends at a line break, a `;`, a `}` (not read) or the end of the file.
    private mutating func endOfStatement() throws(GroovyReadError) {
        switch current.kind {
        case .lineBreak, .semicolon: skipSeparators()
        case .closeBrace, .end: break
        default: throw unexpected("the end of the statement (a line break or ';')")
        }
    }

    private func unexpected(_ expected: String) -> GroovyReadError {
        GroovyReadError(diagnostic: Diagnostic(.groovyUnexpectedToken(found: current.kind.description, expected: expected), at: current.location))
    }
}

/// Why a documentation file cannot be read: one diagnostic at its `file:line:column`.
struct GroovyReadError: Error, Sendable {
    var diagnostic: Diagnostic
}
