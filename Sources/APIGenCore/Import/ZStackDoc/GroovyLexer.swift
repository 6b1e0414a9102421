/// A token of the documentation DSL, with where it starts.
struct GroovyToken: Sendable {
    enum Kind: Equatable, Sendable, CustomStringConvertible {
        case name(String)
        case string(String)
        case number(String)
        case openBrace, closeBrace, openParenthesis, closeParenthesis, openBracket, closeBracket
        case comma, colon, semicolon, dot, minus
        case lineBreak
        case end

        /// How a diagnostic names the token.
        var description: String {
            switch self {
            case .name(let name): "'\(name)'"
            case .string: "a string"
            case .number(let digits): "the number \(digits)"
            case .openBrace: "'{'"
            case .closeBrace: "'}'"
            case .openParenthesis: "'('"
            case .closeParenthesis: "')'"
            case .openBracket: "'['"
            case .closeBracket: "']'"
            case .comma: "','"
            case .colon: "':'"
            case .semicolon: "';'"
            case .dot: "'.'"
            case .minus: "'-'"
            case .lineBreak: "the end of the line"
            case .end: "the end of the file"
            }
        }
    }

    var kind: Kind
    var location: SourceLocation
}

/// Splits a documentation file into tokens; comments and spaces are dropped, line breaks kept
/// (they end statements). Columns count characters, from 1.
struct GroovyLexer {
    private let path: String
    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    init(text: String, path: String) {
        self.path = path
        // A byte-order mark is not part of the text.
        characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    mutating func tokens() throws(GroovyReadError) -> [GroovyToken] {
        var tokens: [GroovyToken] = []
        while let character = peek() {
            let location = here
            switch character {
            case " ", "\t", "\u{0C}":
                advance()
            case "\n", "\r\n", "\r":
                advance()
                tokens.append(GroovyToken(kind: .lineBreak, location: location))
            case "/" where peek(1) == "/":
                while let next = peek(), !next.isNewline { advance() }
            case "/" where peek(1) == "*":
                advance(2)
                while peek() != nil, !(peek() == "*" && peek(1) == "/") { advance() }
                guard peek() != nil else { throw error(.groovyUnexpectedToken(found: "the end of the file", expected: "'*/'"), at: location) }
                advance(2)
            case "\"", "'":
                tokens.append(GroovyToken(kind: .string(try string(quote: character)), location: location))
            case "{": tokens.append(punctuation(.openBrace, at: location))
            case "}": tokens.append(punctuation(.closeBrace, at: location))
            case "(": tokens.append(punctuation(.openParenthesis, at: location))
            case ")": tokens.append(punctuation(.closeParenthesis, at: location))
            case "[": tokens.append(punctuation(.openBracket, at: location))
            case "]": tokens.append(punctuation(.closeBracket, at: location))
            case ",": tokens.append(punctuation(.comma, at: location))
            case ":": tokens.append(punctuation(.colon, at: location))
            case ";": tokens.append(punctuation(.semicolon, at: location))
            case ".": tokens.append(punctuation(.dot, at: location))
            case "-": tokens.append(punctuation(.minus, at: location))
            case _ where character.isASCII && character.isNumber:
                tokens.append(GroovyToken(kind: .number(number()), location: location))
            case _ where Self.startsName(character):
                var name = ""
                while let next = peek(), Self.continuesName(next) {
                    name.append(next)
                    advance()
                }
                tokens.append(GroovyToken(kind: .name(name), location: location))
            default:
                throw error(.groovyUnexpectedCharacter(character), at: location)
            }
        }
        tokens.append(GroovyToken(kind: .end, location: here))
        return tokens
    }

    // MARK: - Strings

    /// A string starting at its opening quote; `'''` and `"""` strings may span lines.
    private mutating func string(quote: Character) throws(GroovyReadError) -> String {
        let start = here
        let isTriple = peek(1) == quote && peek(2) == quote
        advance(isTriple ? 3 : 1)
        var text = ""
        while true {
            guard let character = peek() else { throw error(.groovyUnterminatedString, at: start) }
            if character == quote, !isTriple || (peek(1) == quote && peek(2) == quote) {
                advance(isTriple ? 3 : 1)
                return text
            }
            if character.isNewline, !isTriple { throw error(.groovyUnterminatedString, at: start) }
            if character == "\\" {
                text += try escape()
                continue
            }
            text.append(character)
            advance()
        }
    }

    /// The character an escape stands for, the backslash at the current position.
    private mutating func escape() throws(GroovyReadError) -> String {
        let location = here
        advance()
        guard let character = peek() else { throw error(.groovyUnterminatedString, at: location) }
        advance()
        switch character {
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "0": return "\0"
        case "u":
            var hex = ""
            while hex.count < 4, let digit = peek(), digit.isHexDigit {
                hex.append(digit)
                advance()
            }
            guard hex.count == 4, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                throw error(.groovyUnexpectedToken(found: "'\\u\(hex)'", expected: "four hexadecimal digits after '\\u'"), at: location)
            }
            return String(Character(scalar))
        case "\n", "\r\n":
            return ""  // a line continuation
        default:
            return String(character)  // \\, \', \", \$ and the like stand for the character itself
        }
    }

    // MARK: - Names and numbers

    private mutating func number() -> String {
        var digits = ""
        while let next = peek(), next.isASCII, next.isNumber || next == "_" || (next == "." && peek(1)?.isNumber == true) {
            digits.append(next)
            advance()
        }
        // Groovy's type suffixes (`10L`, `1.5f`, `2G`) are part of the literal.
        if let suffix = peek(), "lLfFdDgG".contains(suffix) {
            digits.append(suffix)
            advance()
        }
        return digits
    }

    private static func startsName(_ character: Character) -> Bool {
        character == "_" || character == "$" || character.isLetter
    }

    private static func continuesName(_ character: Character) -> Bool {
        startsName(character) || character.isNumber
    }

    // MARK: - Position

    private var here: SourceLocation { SourceLocation(file: path, line: line, column: column) }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < characters.count {
            if characters[index].isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }

    private mutating func punctuation(_ kind: GroovyToken.Kind, at location: SourceLocation) -> GroovyToken {
        advance()
        return GroovyToken(kind: kind, location: location)
    }

    private func error(_ message: DiagnosticMessage, at location: SourceLocation) -> GroovyReadError {
        GroovyReadError(diagnostic: Diagnostic(message, at: location))
    }
}
