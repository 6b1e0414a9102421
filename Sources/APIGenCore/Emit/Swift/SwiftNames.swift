/// Swift names for one API's generated code, on top of the shared `SwiftName` layer: type
/// names that would shadow what generated code uses are prefixed, and enum cases keep clear
/// of the catch-all case and of `RawRepresentable`'s members.
struct SwiftNames: Sendable {
    let prefix: String

    /// Names generated code relies on; a spec type with one of them gets the API prefix.
    static let reservedTypeNames: Set<String> = [
        "Any", "Array", "Bool", "Codable", "Data", "Date", "Decodable", "Dictionary", "Double", "Encodable", "Error",
        "Float", "Hashable", "Int", "Int64", "Never", "Optional", "Result", "Sendable", "Set", "String", "Task", "URL",
        "Request", "Response", "Body",
    ]

    /// The catch-all case of open enums.
    static let otherCase = "undocumented"

    func typeName(_ apiName: String) -> String {
        let name = SwiftName.upperCamel(apiName)
        return Self.reservedTypeNames.contains(name) || name.hasPrefix(prefix) && Self.isSupportName(name, prefix: prefix) ? prefix + name : name
    }

    /// Spec type names that would clash with generated support types (`ZStackClient`).
    static func isSupportName(_ name: String, prefix: String) -> Bool {
        let supportSuffixes = [
            "Client", "Configuration", "Authorization", "Operation", "Polling", "RequestBuilder", "APIError", "ClientError",
            "JSONValue", "Timestamp", "Fieldwise", "ReplyEnvelope", "Wire", "ErrorCode", "CodingKey", "JSONBody", "Pages",
            "QueryValue", "QueryFieldName", "QueryField", "QueryCondition", "QueryConditionError", "QuerySort", "QueryPath",
        ]
        return supportSuffixes.contains { name == prefix + $0 }
    }

    func propertyName(_ apiName: String) -> String { SwiftName.lowerCamel(apiName) }

    func caseName(_ wireValue: String) -> String {
        let name = SwiftName.lowerCamel(wireValue)
        let bare = SwiftName.member(name)
        return [Self.otherCase, "rawValue", "hashValue", "allCases", "init"].contains(bare) ? bare + "Value" : name
    }

    /// The endpoint namespace (`UpdateGuestToolsState`) and method name (`updateGuestToolsState`).
    func namespace(_ operationID: String) -> String { typeName(operationID) }
    func methodName(_ operationID: String) -> String { SwiftName.lowerCamel(operationID) }
}
