/// A type expression of the spec format, resolved.
public indirect enum TypeReference: Hashable, Sendable {
    case string, boolean, integer, long, float, double, timestamp
    /// `LinkedHashMap` / `Map`: an opaque JSON object.
    case opaqueObject
    /// `JSON`: any JSON value.
    case json
    case list(TypeReference)
    /// `Map<String, T>`.
    case map(TypeReference)
    /// A type defined in the corpus, by its API name.
    case named(String)

    /// The named type this expression mentions, if any (`List<Foo>` -> `Foo`).
    public var namedType: String? {
        switch self {
        case .named(let name): name
        case .list(let element), .map(let element): element.namedType
        default: nil
        }
    }

    /// The canonical spelling (`List<String>`, `Map<String, Long>`).
    public var spelling: String {
        switch self {
        case .string: "String"
        case .boolean: "Boolean"
        case .integer: "Integer"
        case .long: "Long"
        case .float: "Float"
        case .double: "Double"
        case .timestamp: "Timestamp"
        case .opaqueObject: "LinkedHashMap"
        case .json: "JSON"
        case .list(let element): "List<\(element.spelling)>"
        case .map(let value): "Map<String, \(value.spelling)>"
        case .named(let name): name
        }
    }
}
