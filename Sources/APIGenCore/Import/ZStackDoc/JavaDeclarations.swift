/// What the importer reads from a Java source file of the ZStack checkout: its classes and enums,
/// their superclass, their instance fields' declared types and their enum constants.
///
/// The documentation DSL writes `List` or `Map` where the Java field says `List<String>` or
/// `Map<String, List<String>>`; the declaration is where the element type stands.
struct JavaFile: Sendable {
    var package: String
    var imports: [String]
    /// Every class, interface and enum of the file, nested ones included, by their names inside
    /// the file (`APICreateVmInstanceMsg`, `APICreateVmInstanceMsg.DiskAO`).
    var classes: [String: JavaClass]
}

struct JavaClass: Sendable {
    /// The superclass's name as written, without type arguments; nil for none.
    var superclass: String?
    /// Instance fields (not `static`), in order.
    var fields: [(name: String, type: JavaType)]
    /// An enum's constants, in order; nil for a class.
    var enumConstants: [String]?
    /// The annotations before the declaration by name, each with its arguments by name (`value`
    /// for an unnamed one) as tokens: `@RestRequest(isAction = true)` is
    /// `["RestRequest": ["isAction": ["true"]]]`; a string is one token, quotes included.
    var annotations: [String: [String: [Substring]]] = [:]

    /// The text of the string literals of an annotation's argument (`fieldsTo = {"a=b", "c"}`).
    func strings(_ annotation: String, _ argument: String) -> [String] {
        (annotations[annotation]?[argument] ?? []).filter { $0.hasPrefix("\"") }.map { String($0.dropFirst().dropLast()) }
    }

    func field(_ name: String) -> JavaType? { fields.first { $0.name == name }?.type }
}

/// A declared type: `List<String>` is `List` with one argument; `byte[]` has `arrayDepth` 1.
struct JavaType: Equatable, Sendable {
    /// The name as written, possibly qualified (`java.util.List`).
    var name: String
    var arguments: [JavaType]
    var arrayDepth: Int

    /// The name without its qualification.
    var simpleName: Substring { name.split(separator: ".").last ?? Substring(name) }
}

/// Reads the declarations `JavaFile` holds from Java source text: a scanner that follows braces,
/// not a Java parser. Method bodies and initializers are skipped; a field is a statement of a
/// class body that ends in `;` with no parenthesis before its `=`.
enum JavaDeclarationScanner {
    static func scan(_ text: String) -> JavaFile {
        var cursor = Cursor(tokens: tokenize(text))
        var file = JavaFile(package: "", imports: [], classes: [:])
        var annotations: [String: [String: [Substring]]] = [:]
        while let token = cursor.peek {
            if token == "@", cursor.tokens.count > cursor.position + 1, cursor.tokens[cursor.position + 1] != "interface" {
                cursor.advance()
                let (name, arguments) = cursor.annotation()
                annotations[name] = arguments
            } else if token == "package" {
                cursor.advance()
                file.package = cursor.qualifiedName()
                cursor.skip(through: ";")
            } else if token == "import" {
                cursor.advance()
                if cursor.peek == "static" { cursor.skip(through: ";"); continue }
                file.imports.append(cursor.qualifiedName())
                cursor.skip(through: ";")
            } else if let kind = declarationKind(token) {
                cursor.advance()
                scanType(kind: kind, prefix: "", annotations: annotations, cursor: &cursor, into: &file.classes)
                annotations = [:]
            } else {
                cursor.advance()
            }
        }
        return file
    }

    private enum Kind { case classOrInterface, enumeration }

    private static func declarationKind(_ token: Substring) -> Kind? {
        switch token {
        case "class", "interface", "record": .classOrInterface
        case "enum": .enumeration
        default: nil
        }
    }

    private static let modifiers: Set<Substring> = [
        "public", "protected", "private", "static", "final", "transient", "volatile", "abstract", "synchronized",
        "native", "strictfp", "default",
    ]

    /// After `class`/`enum`: the name, the header up to `{`, then the body.
    private static func scanType(
        kind: Kind, prefix: String, annotations: [String: [String: [Substring]]] = [:], cursor: inout Cursor,
        into classes: inout [String: JavaClass]
    ) {
        guard let name = cursor.next() else { return }
        let qualified = prefix.isEmpty ? String(name) : prefix + "." + name
        var declaration = JavaClass(
            superclass: nil, fields: [], enumConstants: kind == .enumeration ? [] : nil, annotations: annotations)
        while let token = cursor.peek, token != "{" {
            cursor.advance()
            if token == "extends", kind == .classOrInterface, declaration.superclass == nil {
                declaration.superclass = cursor.qualifiedName()
            }
        }
        guard cursor.peek == "{" else { return }
        cursor.advance()
        if kind == .enumeration { declaration.enumConstants = enumConstants(&cursor) }
        var statement: [Substring] = []
        // Braces inside parentheses are an annotation's array (`@APIParam(numberRange = {1, 2})`).
        var parentheses = 0
        var initialized = false
        while let token = cursor.next() {
            if parentheses > 0 {
                if token == "(" { parentheses += 1 } else if token == ")" { parentheses -= 1 }
                statement.append(token)
                continue
            }
            if token == "}" { break }
            if token == "(" { parentheses = 1 }
            if token == "=" { initialized = true }
            if let kind = declarationKind(token), !statement.contains("new") {
                scanType(kind: kind, prefix: qualified, cursor: &cursor, into: &classes)
                statement = []
            } else if token == "{" {
                // A method body or an initializer block; or a lambda or anonymous class in a
                // field's initializer, whose declaration goes on to its `;`.
                cursor.skipBlock()
                if !initialized { statement = [] }
            } else if token == ";" {
                if let field = field(statement) { declaration.fields.append(field) }
                statement = []
                initialized = false
            } else {
                statement.append(token)
            }
        }
        classes[qualified] = declaration
    }

    /// The constants of an enum body, up to its `;` or `}` (the cursor stops before a `}`).
    private static func enumConstants(_ cursor: inout Cursor) -> [String] {
        var constants: [String] = []
        var expectingName = true
        while let token = cursor.peek, token != "}" {
            cursor.advance()
            if token == ";" { break }
            if token == "@" { cursor.advance(); if cursor.peek == "(" { cursor.skipParentheses() }; continue }
            if token == "(" { cursor.skipParentheses(opened: true); continue }
            if token == "{" { cursor.skipBlock(); continue }
            if token == "," { expectingName = true; continue }
            if expectingName, token.first.map({ $0.isLetter || $0 == "_" }) == true {
                constants.append(String(token))
                expectingName = false
            }
        }
        return constants
    }

    /// A field declaration `@Ann(...) private final Map<String, List<String>> name = ...`, or nil.
    private static func field(_ statement: [Substring]) -> (name: String, type: JavaType)? {
        let tokens = statement[...]
        var cleaned: [Substring] = []
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let token = tokens[index]
            if token == "=" { break }
            if token == "@" {
                index += 2
                if index < tokens.endIndex, tokens[index] == "(" {
                    var depth = 0
                    repeat {
                        if tokens[index] == "(" { depth += 1 } else if tokens[index] == ")" { depth -= 1 }
                        index += 1
                    } while depth > 0 && index < tokens.endIndex
                }
                continue
            }
            if token == "static" { return nil }
            if token == "(" || token == ")" { return nil }
            if !modifiers.contains(token) { cleaned.append(token) }
            index += 1
        }
        guard cleaned.count >= 2, let name = cleaned.last, name.first?.isLetter == true || name.first == "_" else { return nil }
        var typeCursor = Cursor(tokens: Array(cleaned.dropLast()))
        guard let type = typeCursor.type(), typeCursor.peek == nil else { return nil }
        return (String(name), type)
    }

    // MARK: - Tokens

    /// Identifiers (with dots), numbers and single punctuation characters; comments, strings and
    /// character literals are dropped.
    static func tokenize(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func isWord(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "$"
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "/", next < scalars.endIndex, scalars[next] == "/" {
                while index < scalars.endIndex, scalars[index] != "\n" { index = scalars.index(after: index) }
            } else if scalar == "/", next < scalars.endIndex, scalars[next] == "*" {
                index = scalars.index(after: next)
                while index < scalars.endIndex {
                    let after = scalars.index(after: index)
                    if scalars[index] == "*", after < scalars.endIndex, scalars[after] == "/" {
                        index = scalars.index(after: after)
                        break
                    }
                    index = after
                }
            } else if scalar == "\"" || scalar == "'" {
                // A string is one token, quotes and escapes as written; a character literal is
                // dropped. A text block `"""` is three strings in a row to this loop.
                let start = index
                index = next
                while index < scalars.endIndex, scalars[index] != scalar, scalars[index] != "\n" {
                    if scalars[index] == "\\" { index = scalars.index(after: index) }
                    if index < scalars.endIndex { index = scalars.index(after: index) }
                }
                if index < scalars.endIndex { index = scalars.index(after: index) }
                if scalar == "\"" { tokens.append(text[start..<index]) }
            } else if isWord(scalar) {
                var end = next
                while end < scalars.endIndex, isWord(scalars[end]) || scalars[end] == "." { end = scalars.index(after: end) }
                tokens.append(text[index..<end])
                index = end
            } else if scalar.properties.isWhitespace {
                index = next
            } else {
                tokens.append(text[index..<next])
                index = next
            }
        }
        return tokens
    }

    struct Cursor {
        var tokens: [Substring]
        var position = 0
        init(tokens: [Substring]) { self.tokens = tokens }

        var peek: Substring? { position < tokens.count ? tokens[position] : nil }
        mutating func advance() { position += 1 }
        mutating func next() -> Substring? {
            defer { position += 1 }
            return peek
        }

        /// A name such as `org.zstack.header.vm.VmInstanceVO` (one token) or `org.zstack.header.*`.
        mutating func qualifiedName() -> String {
            guard let token = peek, token.first?.isLetter == true || token.first == "_" else { return "" }
            advance()
            var name = String(token)
            if name.hasSuffix("."), peek == "*" {
                name += "*"
                advance()
            }
            if peek == "<" { skipAngles() }
            return name
        }

        /// After `@`: the annotation's name and its arguments, `value` for an unnamed one.
        mutating func annotation() -> (name: String, arguments: [String: [Substring]]) {
            let name = String(qualifiedName().split(separator: ".").last ?? "")
            var arguments: [String: [Substring]] = [:]
            guard peek == "(" else { return (name, arguments) }
            advance()
            var current: [Substring] = []
            var depth = 0
            func finish() {
                guard !current.isEmpty else { return }
                if current.count >= 2, current[1] == "=" {
                    arguments[String(current[0])] = Array(current.dropFirst(2))
                } else {
                    arguments["value"] = current
                }
                current = []
            }
            while let token = next() {
                if depth == 0 && token == ")" { break }
                if token == "(" || token == "{" { depth += 1 }
                if token == ")" || token == "}" { depth -= 1 }
                if depth == 0 && token == "," { finish() } else { current.append(token) }
            }
            finish()
            return (name, arguments)
        }

        mutating func skip(through terminator: Substring) {
            while let token = next(), token != terminator {}
        }

        /// From just after a `{` to just after its `}`.
        mutating func skipBlock() {
            var depth = 1
            while depth > 0, let token = next() {
                if token == "{" { depth += 1 } else if token == "}" { depth -= 1 }
            }
        }

        mutating func skipParentheses(opened: Bool = false) {
            var depth = opened ? 1 : 0
            repeat {
                guard let token = next() else { return }
                if token == "(" { depth += 1 } else if token == ")" { depth -= 1 }
            } while depth > 0
        }

        mutating func skipAngles() {
            var depth = 0
            repeat {
                guard let token = next() else { return }
                if token == "<" { depth += 1 } else if token == ">" { depth -= 1 }
            } while depth > 0
        }

        /// `Name`, `Name<Arguments>`, `Name[]`, `? extends Name`.
        mutating func type() -> JavaType? {
            if peek == "?" {
                advance()
                if peek == "extends" || peek == "super" { advance() } else { return JavaType(name: "Object", arguments: [], arrayDepth: 0) }
            }
            guard let name = next(), name.first?.isLetter == true || name.first == "_" else { return nil }
            var type = JavaType(name: String(name), arguments: [], arrayDepth: 0)
            if peek == "<" {
                advance()
                while peek != ">" {
                    guard let argument = self.type() else { return nil }
                    type.arguments.append(argument)
                    if peek == "," { advance() } else if peek != ">" { return nil }
                }
                advance()
            }
            while peek == "[", position + 1 < tokens.count, tokens[position + 1] == "]" {
                position += 2
                type.arrayDepth += 1
            }
            return type
        }
    }
}
