/// A mustache syntax error: where it is (1-based line and column, the column counted in
/// characters) and what is wrong.
struct MustacheSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    var line: Int
    var column: Int
    var kind: DiagnosticMessage

    var description: String { "\(line):\(column): \(kind.text)" }
}

/// Parses mustache template text into `CompiledTemplate` nodes, token for token as
/// swift-mustache 2.1.1 parses it (`MustacheParserTests` compares the two).
///
/// Its rules, which are swift-mustache's:
/// - Text is split at line feeds (`\n` and `\r\n`); a line's leading spaces and tabs are held
///   back until it is known whether the line's tag stands alone.
/// - A section, inverted section, closing, comment, partial, set-delimiter or pragma tag with
///   only spaces and tabs around it on its line (or the template's end after it) stands alone:
///   the spaces, tabs and line end go. A standalone partial keeps its leading whitespace as text
///   and as the indentation of the lines it renders after its first.
/// - After a section, the next line is read as if it followed the section's opening tag: it
///   counts as a line start when the opening tag stood alone.
/// - Delimiters set inside a section apply up to the section's closing tag, not after it.
/// - Whitespace in tags (newlines included) is skipped around names; `{{{name}}}` and
///   `{{& name}}` are unescaped; names are made of letters, digits and `.-_?*`.
///
/// Where swift-mustache accepts something questionable or fails oddly, this parser reports a
/// syntax error instead: tags without a name, a `{{` at the template's end, transforms
/// (`{{f(x)}}`), inheritance (`{{<p}}`, `{{$b}}`), dynamic partials (`{{>*p}}`), and content
/// types other than `TEXT` and `HTML`. A start delimiter's first character at the very end of
/// the template is text (swift-mustache throws), a tag may start with a line feed (swift-mustache
/// drops the `{{` and keeps the line feed as text), a comment ends at the first end delimiter
/// even where it overlaps a partial match, and `{{{name}}}` with other delimiters is
/// `<%{name}%>` (swift-mustache wants `<%{name%>}`). With `{{ }}` and valid templates these
/// never differ.
struct MustacheParser {
    typealias Node = CompiledTemplate.Node

    private let characters: [Character]
    private var position = 0

    /// What a level (the template, or a section's body) is parsed with.
    private struct State {
        /// The open section and where its tag starts; nil at the top level.
        var section: (name: String, tagStart: Int)?
        /// Whether the parser is at the start of a line, as far as standalone tags go.
        var atLineStart = true
        var startDelimiter: [Character] = ["{", "{"]
        var endDelimiter: [Character] = ["}", "}"]
    }

    /// How a run of text ended.
    private enum TextEnd {
        case lineFeed(Character)
        /// At a start delimiter; the position is after it.
        case tag
        case templateEnd
    }

    /// The nodes of `text`, or its first syntax error.
    static func parse(_ text: String) throws(MustacheSyntaxError) -> [Node] {
        var parser = MustacheParser(characters: Array(text))
        return try parser.parseLevel(State())
    }

    private init(characters: [Character]) {
        self.characters = characters
    }

    private var atEnd: Bool { position == characters.count }

    // MARK: - Levels

    private mutating func parseLevel(_ initial: State) throws(MustacheSyntaxError) -> [Node] {
        var state = initial
        var nodes: [Node] = []
        // A line's leading spaces and tabs, until a tag decides whether they are output.
        var indentation = ""
        while !atEnd {
            if state.atLineStart { indentation = readSpacesAndTabs() }
            let (text, end) = readText(state)
            switch end {
            case .lineFeed(let lineFeed):
                nodes.append(.text(indentation + text + String(lineFeed)))
                position += 1
                state.atLineStart = true
                continue
            case .templateEnd:
                if !text.isEmpty { nodes.append(.text(indentation + text)) }
                continue
            case .tag:
                break
            }
            let tagStart = position - state.startDelimiter.count
            if !text.isEmpty {
                nodes.append(.text(indentation + text))
                indentation = ""
                state.atLineStart = false
            }
            guard !atEnd else { throw error(at: tagStart, .templateUnterminatedTagAtEnd(startDelimiter: String(state.startDelimiter))) }

            var standalone = false
            switch characters[position] {
            case "#", "^":
                let inverted = characters[position] == "^"
                position += 1
                let name = try readName(state, tagStart: tagStart)
                standalone = isStandalone(state)
                if !standalone && !indentation.isEmpty {
                    nodes.append(.text(indentation))
                    indentation = ""
                }
                var body = state
                body.section = (name, tagStart)
                if !standalone { body.atLineStart = false }
                let bodyNodes = try parseLevel(body)
                nodes.append(.section(TemplateName(name), CompiledTemplate(nodes: bodyNodes), inverted: inverted))

            case "/":
                position += 1
                let name = try readName(state, tagStart: tagStart)
                guard let section = state.section else {
                    throw error(at: tagStart, .templateClosingTagWithoutSection(name))
                }
                guard name == section.name else {
                    throw error(at: tagStart, .templateClosingTagMismatch(name, open: section.name))
                }
                if !isStandalone(state) && !indentation.isEmpty { nodes.append(.text(indentation)) }
                return nodes

            case "!":
                position += 1
                try skipComment(state, tagStart: tagStart)
                standalone = isStandalone(state)

            case "{":
                if !indentation.isEmpty {
                    nodes.append(.text(indentation))
                    indentation = ""
                }
                position += 1
                let name = try readName(state, tagStart: tagStart, closingWith: ["}"] + state.endDelimiter)
                nodes.append(.variable(TemplateName(name), escaped: false))

            case "&":
                if !indentation.isEmpty {
                    nodes.append(.text(indentation))
                    indentation = ""
                }
                position += 1
                let name = try readName(state, tagStart: tagStart)
                nodes.append(.variable(TemplateName(name), escaped: false))

            case ">":
                position += 1
                skipWhitespace()
                if !atEnd && characters[position] == "*" {
                    throw error(at: tagStart, .templateDynamicPartialUnsupported)
                }
                let name = try readPartialName(state, tagStart: tagStart)
                if !indentation.isEmpty { nodes.append(.text(indentation)) }
                standalone = isStandalone(state)
                nodes.append(.partial(name, indentation: standalone ? indentation : nil))
                indentation = ""

            case "<", "$":
                throw error(at: tagStart, .templateInheritanceUnsupported(characters[position]))

            case "=":
                position += 1
                try setDelimiters(&state, tagStart: tagStart)
                standalone = isStandalone(state)

            case "%":
                position += 1
                nodes.append(.contentType(try readPragma(state, tagStart: tagStart)))
                standalone = isStandalone(state)

            default:
                if !indentation.isEmpty {
                    nodes.append(.text(indentation))
                    indentation = ""
                }
                let name = try readName(state, tagStart: tagStart)
                nodes.append(.variable(TemplateName(name), escaped: true))
            }
            state.atLineStart = standalone
        }
        if let section = state.section {
            throw error(at: section.tagStart, .templateSectionNeverClosed(section.name))
        }
        return nodes
    }

    /// Text up to a line feed (`\n` or `\r\n`, not read), a start delimiter (read) or the end.
    private mutating func readText(_ state: State) -> (String, TextEnd) {
        let start = position
        let delimiter = state.startDelimiter
        while !atEnd {
            let character = characters[position]
            if character == "\n" || character == "\r\n" {
                return (String(characters[start..<position]), .lineFeed(character))
            }
            if character == delimiter[0] && matches(delimiter) {
                let text = String(characters[start..<position])
                position += delimiter.count
                return (text, .tag)
            }
            position += 1
        }
        return (String(characters[start..<position]), .templateEnd)
    }

    /// Whether a tag just read stands alone: it started its line and only spaces and tabs follow
    /// it up to a line end (any newline character, which is then read) or the template's end.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.atLineStart else { return false }
        if atEnd { return true }
        var next = position
        while next < characters.count && (characters[next] == " " || characters[next] == "\t") { next += 1 }
        guard next < characters.count && characters[next].isNewline else { return false }
        position = next + 1
        return true
    }

    // MARK: - Tags

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()")
    private static let partialNameCharacters = nameCharacters.union(["/"])
    private static let pragmaCharacters = nameCharacters.subtracting(["(", ")"])

    /// A tag's name, with whitespace around it, up to and including the tag's end.
    private mutating func readName(_ state: State, tagStart: Int, closingWith end: [Character]? = nil) throws(MustacheSyntaxError) -> String {
        skipWhitespace()
        let name = read(while: Self.nameCharacters)
        skipWhitespace()
        try expect(end ?? state.endDelimiter, tagStart: tagStart)
        guard !name.isEmpty else { throw error(at: tagStart, .templateTagWithoutName) }
        if name.contains("(") || name.contains(")") {
            throw error(at: tagStart, .templateTransformUnsupported(name))
        }
        return name
    }

    private mutating func readPartialName(_ state: State, tagStart: Int) throws(MustacheSyntaxError) -> String {
        skipWhitespace()
        let name = read(while: Self.partialNameCharacters)
        skipWhitespace()
        try expect(state.endDelimiter, tagStart: tagStart)
        guard !name.isEmpty else { throw error(at: tagStart, .templatePartialWithoutName) }
        return name
    }

    /// Skips a comment's text and its end delimiter.
    private mutating func skipComment(_ state: State, tagStart: Int) throws(MustacheSyntaxError) {
        while !atEnd {
            if matches(state.endDelimiter) {
                position += state.endDelimiter.count
                return
            }
            position += 1
        }
        throw error(at: tagStart, .templateUnterminatedComment(endDelimiter: String(state.endDelimiter)))
    }

    /// `{{=START END=}}`: the delimiters for the rest of the level.
    private mutating func setDelimiters(_ state: inout State, tagStart: Int) throws(MustacheSyntaxError) {
        let invalid = DiagnosticMessage.templateInvalidSetDelimiter(
            startDelimiter: String(state.startDelimiter), endDelimiter: String(state.endDelimiter))
        skipWhitespace()
        guard let start = readDelimiter(until: { $0.isWhitespace }) else { throw error(at: tagStart, invalid) }
        skipWhitespace()
        guard let end = readDelimiter(until: { $0 == "=" || $0.isWhitespace }) else { throw error(at: tagStart, invalid) }
        skipWhitespace()
        guard !atEnd, characters[position] == "=" else { throw error(at: tagStart, invalid) }
        position += 1
        guard matches(state.endDelimiter) else { throw error(at: tagStart, invalid) }
        position += state.endDelimiter.count
        guard !start.isEmpty, !end.isEmpty else { throw error(at: tagStart, invalid) }
        state.startDelimiter = start
        state.endDelimiter = end
    }

    /// Characters up to one that `isEnd` accepts (not read); nil at the template's end.
    private mutating func readDelimiter(until isEnd: (Character) -> Bool) -> [Character]? {
        let start = position
        while !atEnd && !isEnd(characters[position]) { position += 1 }
        return atEnd ? nil : Array(characters[start..<position])
    }

    /// `{{% CONTENT_TYPE: TEXT}}` or `HTML`.
    private mutating func readPragma(_ state: State, tagStart: Int) throws(MustacheSyntaxError) -> TemplateEscaping {
        let invalid = DiagnosticMessage.templateInvalidPragma
        skipWhitespace()
        let variable = read(while: Self.pragmaCharacters)
        skipWhitespace()
        guard !atEnd, characters[position] == ":" else { throw error(at: tagStart, invalid) }
        position += 1
        skipWhitespace()
        let value = read(while: Self.pragmaCharacters)
        skipWhitespace()
        guard matches(state.endDelimiter) else { throw error(at: tagStart, invalid) }
        position += state.endDelimiter.count
        guard !variable.isEmpty, !value.isEmpty else { throw error(at: tagStart, invalid) }
        guard variable == "CONTENT_TYPE" else { throw error(at: tagStart, .templateUnknownPragma(variable)) }
        switch value {
        case "TEXT": return .none
        case "HTML": return .html
        default: throw error(at: tagStart, .templateUnknownContentType(value))
        }
    }

    // MARK: - Characters

    private func matches(_ literal: [Character]) -> Bool {
        guard characters.count - position >= literal.count else { return false }
        for (offset, character) in literal.enumerated() where characters[position + offset] != character { return false }
        return true
    }

    /// Reads `literal`: a tag's end. Not there is an error at the character found instead, or at
    /// the tag's start when the template ends first.
    private mutating func expect(_ literal: [Character], tagStart: Int) throws(MustacheSyntaxError) {
        if matches(literal) {
            position += literal.count
            return
        }
        let rest = characters[position...]
        if rest.count < literal.count && literal.starts(with: rest) {
            throw error(at: tagStart, .templateUnterminatedTag(expected: String(literal)))
        }
        throw error(at: position, .templateUnexpectedCharacterInTag(characters[position], expected: String(literal)))
    }

    private mutating func read(while allowed: Set<Character>) -> String {
        let start = position
        while !atEnd && allowed.contains(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    private mutating func readSpacesAndTabs() -> String {
        read(while: [" ", "\t"])
    }

    private mutating func skipWhitespace() {
        while !atEnd && characters[position].isWhitespace { position += 1 }
    }

    /// An error at a character offset, as 1-based line and column (both counted in characters;
    /// a line ends at any newline character).
    private func error(at offset: Int, _ kind: DiagnosticMessage) -> MustacheSyntaxError {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where characters[index].isNewline {
            line += 1
            lineStart = index + 1
        }
        return MustacheSyntaxError(line: line, column: offset - lineStart + 1, kind: kind)
    }
}
