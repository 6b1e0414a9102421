/// Spells spec types as Swift types in generated code.
struct SwiftTypeMapper: Sendable {
    /// The generated JSON value type (`ZStackJSONValue`).
    var jsonValueType: String
    /// The Swift name of a spec type.
    var typeName: @Sendable (String) -> String

    func swiftType(_ type: TypeReference) -> String {
        switch type {
        case .string: "String"
        case .boolean: "Bool"
        case .integer: "Int"
        case .long: "Int64"
        case .float: "Float"
        case .double: "Double"
        case .timestamp: "Date"
        case .opaqueObject, .json: jsonValueType
        case .list(let element): "[\(swiftType(element))]"
        case .map(let value): "[String: \(swiftType(value))]"
        case .named(let name): typeName(name)
        }
    }

    /// The type with its named type spelled `parameter` (`[Inventory]` for a list of any named type).
    func swiftType(_ type: TypeReference, namedTypeAs parameter: String) -> String {
        switch type {
        case .list(let element): "[\(swiftType(element, namedTypeAs: parameter))]"
        case .map(let value): "[String: \(swiftType(value, namedTypeAs: parameter))]"
        case .named: parameter
        default: swiftType(type)
        }
    }
}
