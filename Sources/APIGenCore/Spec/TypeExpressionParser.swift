/// Parses type expressions: `String`, `List<String>`, `Map<String, Long>`, `ErrorCode`.
struct TypeExpressionParser {
    /// Spellings of the built-in types, as spec-format.md lists them.
    static let builtins: [String: TypeReference] = [
        "String": .string, "Boolean": .boolean, "boolean": .boolean, "Integer": .integer, "int": .integer,
        "Long": .long, "long": .long, "Float": .float, "Double": .double, "Timestamp": .timestamp,
        "LinkedHashMap": .opaqueObject, "Map": .opaqueObject, "JSON": .json,
    ]
    /// Every word a type expression may start with, for suggestions.
    static let keywords: [String] = Array(builtins.keys) + ["List"]

    struct Failure: Error {
        /// What is wrong, as the diagnostic reports it.
        var kind: DiagnosticMessage
        /// Offset in characters of the problem within the expression.
        var offset: Int
    }

    private let chars: [Character]
    private var index = 0

    private init(_ text: String) { chars = Array(text) }

    /// The parsed type; `.named` references are checked later, against every file.
    static func parse(_ text: String) -> Result<TypeReference, Failure> {
        var parser = TypeExpressionParser(text)
        do {
            parser.skipSpaces()
            let type = try parser.expression()
            parser.skipSpaces()
            if parser.index < parser.chars.count {
                throw Failure(kind: .unexpectedCharacterInType(parser.chars[parser.index], type: text), offset: parser.index)
            }
            return .success(type)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(kind: .invalidType(text), offset: 0))
        }
    }

    private mutating func expression() throws -> TypeReference {
        let start = index
        let name = identifier()
        guard !name.isEmpty else {
            throw Failure(kind: .expectedTypeName(found: index < chars.count ? chars[index] : nil), offset: index)
        }
        skipSpaces()
        let hasArguments = index < chars.count && chars[index] == "<"
        switch name {
        case "List":
            guard hasArguments else {
                throw Failure(kind: .bareList, offset: start)
            }
            let arguments = try self.arguments()
            guard arguments.count == 1 else {
                throw Failure(kind: .listArgumentCount, offset: start)
            }
            return .list(arguments[0].type)
        case "Map" where hasArguments:
            let arguments = try self.arguments()
            guard arguments.count == 2 else {
                throw Failure(kind: .mapArgumentCount, offset: start)
            }
            guard arguments[0].type == .string else {
                throw Failure(kind: .mapKeyNotString, offset: arguments[0].offset)
            }
            return .map(arguments[1].type)
        default:
            if hasArguments {
                throw Failure(kind: .typeTakesNoArguments(name), offset: index)
            }
            return Self.builtins[name] ?? .named(name)
        }
    }

    private mutating func arguments() throws -> [(type: TypeReference, offset: Int)] {
        index += 1  // "<"
        var result: [(TypeReference, Int)] = []
        while true {
            skipSpaces()
            let offset = index
            result.append((try expression(), offset))
            skipSpaces()
            guard index < chars.count else {
                throw Failure(kind: .missingClosingAngleBracket, offset: chars.count)
            }
            if chars[index] == "," {
                index += 1
                continue
            }
            if chars[index] == ">" {
                index += 1
                return result
            }
            throw Failure(kind: .expectedCommaOrClosingAngleBracket(found: chars[index]), offset: index)
        }
    }

    private mutating func identifier() -> String {
        var name = ""
        while index < chars.count, chars[index].isLetter || chars[index].isNumber || chars[index] == "_" {
            if name.isEmpty, chars[index].isNumber { break }
            name.append(chars[index])
            index += 1
        }
        return name
    }

    private mutating func skipSpaces() {
        while index < chars.count, chars[index] == " " { index += 1 }
    }
}
