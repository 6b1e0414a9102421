import Foundation
import HTTPTypes
import ZStackClient

/// One call's HTTP request, as the code of an endpoint reads its inputs from it.
///
/// Every reading method throws ``ZStackServerBadRequest`` for an input that is missing or malformed, which the
/// server answers with `400 Bad Request` and an error code, before the handler is called.
nonisolated struct ZStackServerCall: Sendable {
    /// The operation called.
    let operationID: String

    /// The request's head.
    let request: HTTPRequest

    /// The request's whole body; empty when it has none.
    let body: Data

    /// The raw (still percent-encoded) value of each path parameter, by the endpoint's placeholder names.
    private let pathParameters: [String: Substring]

    /// The decoded query parameters in order (a name may repeat), or why the query cannot be decoded, which only
    /// matters to an endpoint that reads its query.
    private let queryItems: Result<[(name: String, value: String)], any Error>

    /// How timestamps in parameters and the body are read.
    private let timestamp: ZStackTimestamp

    /// Prepares the reading of a request.
    ///
    /// - Parameters:
    ///   - operationID: The operation called.
    ///   - request: The request's head.
    ///   - pathParameters: The raw value of each path parameter, by the endpoint's placeholder names.
    ///   - body: The request's whole body.
    ///   - timestamp: How timestamps in parameters and the body are read.
    init(
        operationID: String,
        request: HTTPRequest,
        pathParameters: [String: Substring],
        body: Data,
        timestamp: ZStackTimestamp
    ) {
        self.operationID = operationID
        self.request = request
        self.body = body
        self.pathParameters = pathParameters
        self.timestamp = timestamp
        self.queryItems = Result { try Self.queryItems(of: request.path ?? "") }
    }

    /// What an input is, for the messages of bad requests.
    enum Input: CustomStringConvertible {
        /// A query parameter, by name.
        case queryParameter(String)
        /// A header field, by name.
        case headerField(String)
        /// A field of the JSON body, by its path such as `params.name`.
        case bodyField(String)

        var description: String {
            switch self {
            case .queryParameter(let name): return "the query parameter \"\(name)\""
            case .headerField(let name): return "the header field \"\(name)\""
            case .bodyField(let path): return "the body field \"\(path)\""
            }
        }
    }

    /// The value of a path parameter.
    ///
    /// - Parameters:
    ///   - name: The placeholder's name, without braces.
    ///   - type: The parameter's type.
    /// - Returns: The percent-decoded value.
    /// - Throws: ``ZStackServerBadRequest`` if the parameter is missing or empty, or its value is malformed.
    func pathParameter<Value: ZStackServerParameterValue>(_ name: String, as type: Value.Type) throws -> Value {
        let text = try pathParameterText(name)
        guard let value = Value(parameter: text, timestamp: timestamp) else {
            throw ZStackServerBadRequest.malformed("the path parameter \"\(name)\"", text, expected: Value.self)
        }
        return value
    }

    /// The value of a path parameter of an enumeration type; a value that the API does not list is kept.
    ///
    /// - Parameters:
    ///   - name: The placeholder's name, without braces.
    ///   - type: The parameter's type.
    /// - Returns: The percent-decoded value.
    /// - Throws: ``ZStackServerBadRequest`` if the parameter is missing or empty.
    func pathParameter<Value: RawRepresentable>(_ name: String, as type: Value.Type) throws -> Value
    where Value.RawValue == String {
        let text = try pathParameterText(name)
        guard let value = Value(rawValue: text) else {
            throw ZStackServerBadRequest(details: "The path parameter \"\(name)\" has the unknown value \"\(text)\".")
        }
        return value
    }

    /// The value of a query parameter that may appear at most once.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - type: The parameter's type.
    /// - Returns: The value, or `nil` if the query does not have the parameter.
    /// - Throws: ``ZStackServerBadRequest`` if the parameter is repeated or its value is malformed.
    func queryParameter<Value: ZStackServerParameterValue>(_ name: String, as type: Value.Type) throws -> Value? {
        try singleQueryValue(name).map { try parse($0, as: type, input: .queryParameter(name)) }
    }

    /// The value of a query parameter of an enumeration type that may appear at most once.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - type: The parameter's type.
    /// - Returns: The value, or `nil` if the query does not have the parameter.
    /// - Throws: ``ZStackServerBadRequest`` if the parameter is repeated.
    func queryParameter<Value: RawRepresentable>(_ name: String, as type: Value.Type) throws -> Value?
    where Value.RawValue == String {
        try singleQueryValue(name).map { try parse($0, as: type, input: .queryParameter(name)) }
    }

    /// The values of a list query parameter, which repeats once per value, as in `q=a&q=b`.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - type: The type of the list's elements.
    /// - Returns: The values in order, or `nil` if the query does not have the parameter.
    /// - Throws: ``ZStackServerBadRequest`` if a value is malformed.
    func queryParameters<Value: ZStackServerParameterValue>(_ name: String, as type: Value.Type) throws -> [Value]? {
        let texts = try queryValues(name)
        guard !texts.isEmpty else { return nil }
        return try texts.map { try parse($0, as: type, input: .queryParameter(name)) }
    }

    /// The values of a list query parameter of an enumeration type, which repeats once per value.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - type: The type of the list's elements.
    /// - Returns: The values in order, or `nil` if the query does not have the parameter.
    /// - Throws: ``ZStackServerBadRequest`` if a value is malformed.
    func queryParameters<Value: RawRepresentable>(_ name: String, as type: Value.Type) throws -> [Value]?
    where Value.RawValue == String {
        let texts = try queryValues(name)
        guard !texts.isEmpty else { return nil }
        return try texts.map { try parse($0, as: type, input: .queryParameter(name)) }
    }

    /// The entries of a map query parameter, sent as one `name.key=value` item per entry, as ZStack's SDKs send maps.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - type: The type of the map's values.
    /// - Returns: The entries, or `nil` if the query has none.
    /// - Throws: ``ZStackServerBadRequest`` if an entry is repeated or its value is malformed.
    func queryMap<Value: ZStackServerParameterValue>(_ name: String, as type: Value.Type) throws -> [String: Value]? {
        try queryMap(name) { try parse($0, as: type, input: $1) }
    }

    /// The entries of a map query parameter whose values are of an enumeration type.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - type: The type of the map's values.
    /// - Returns: The entries, or `nil` if the query has none.
    /// - Throws: ``ZStackServerBadRequest`` if an entry is repeated.
    func queryMap<Value: RawRepresentable>(_ name: String, as type: Value.Type) throws -> [String: Value]?
    where Value.RawValue == String {
        try queryMap(name) { try parse($0, as: type, input: $1) }
    }

    /// The entries of a map query parameter whose values are lists: `name.key=a&name.key=b`.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - type: The type of the lists' elements.
    /// - Returns: The entries, or `nil` if the query has none.
    /// - Throws: ``ZStackServerBadRequest`` if a value is malformed.
    func queryListMap<Value: ZStackServerParameterValue>(
        _ name: String,
        as type: Value.Type
    ) throws -> [String: [Value]]? {
        try queryListMap(name) { try parse($0, as: type, input: $1) }
    }

    /// The entries of a map query parameter whose values are lists of an enumeration type.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - type: The type of the lists' elements.
    /// - Returns: The entries, or `nil` if the query has none.
    /// - Throws: ``ZStackServerBadRequest`` if a value is malformed.
    func queryListMap<Value: RawRepresentable>(_ name: String, as type: Value.Type) throws -> [String: [Value]]?
    where Value.RawValue == String {
        try queryListMap(name) { try parse($0, as: type, input: $1) }
    }

    /// A query parameter whose shape the API does not describe (`LinkedHashMap`, `Map`).
    ///
    /// Entries sent as `name.key=value` make an object of strings, a repeated entry a list of strings; without
    /// entries, `name=value` is a string and a repeated `name` a list.
    ///
    /// - Parameter name: The parameter's name.
    /// - Returns: The value, or `nil` if the query does not have the parameter.
    /// - Throws: ``ZStackServerBadRequest`` if the query cannot be decoded.
    func queryObject(_ name: String) throws -> ZStackJSONValue? {
        func json(_ texts: [String]) -> ZStackJSONValue {
            texts.count == 1 ? .string(texts[0]) : .array(texts.map { .string($0) })
        }
        let entries = try queryEntries(name)
        if !entries.isEmpty {
            var object: [String: ZStackJSONValue] = [:]
            for (key, texts) in entries {
                object[key] = json(texts)
            }
            return .object(object)
        }
        let texts = try queryValues(name)
        return texts.isEmpty ? nil : json(texts)
    }

    /// The value of a header field.
    ///
    /// - Parameters:
    ///   - name: The field's name.
    ///   - type: The field's type.
    /// - Returns: The value, or `nil` if the request does not have the field.
    /// - Throws: ``ZStackServerBadRequest`` if the value is malformed.
    func headerField<Value: ZStackServerParameterValue>(_ name: String, as type: Value.Type) throws -> Value? {
        try headerText(name).map { try parse($0, as: type, input: .headerField(name)) }
    }

    /// The value of a header field of an enumeration type.
    ///
    /// - Parameters:
    ///   - name: The field's name.
    ///   - type: The field's type.
    /// - Returns: The value, or `nil` if the request does not have the field.
    /// - Throws: ``ZStackServerBadRequest`` if the value is malformed.
    func headerField<Value: RawRepresentable>(_ name: String, as type: Value.Type) throws -> Value?
    where Value.RawValue == String {
        try headerText(name).map { try parse($0, as: type, input: .headerField(name)) }
    }

    /// Decodes the JSON body, an empty one as `{}`, with the endpoint's reading of it.
    ///
    /// - Parameters:
    ///   - wrapper: The member that holds the endpoint's wrapped fields, if it has one.
    ///   - read: Makes the request from the body's fields (and the call's other inputs); called once, while the body
    ///     is decoded.
    /// - Returns: What `read` returned.
    /// - Throws: ``ZStackServerBadRequest`` if the body is no JSON object, a field has the wrong type, an `Integer`
    ///   (an `Int`) does not fit in 32 bits, or `read` finds an input missing or malformed.
    func decodeBody<Request>(
        wrapper: String? = nil,
        _ read: @escaping (ZStackServerBody) throws -> Request
    ) throws -> Request {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = timestamp.decodingStrategy
        decoder.userInfo[ZStackServerBodyTask<Request>.key] = ZStackServerBodyTask(wrapper: wrapper, read: read)
        let isBlank = body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        do {
            let checked = ZStackServerIntegerRangeChecked<ZStackServerBodyReading<Request>>.self
            return try decoder.decode(checked, from: isBlank ? Data("{}".utf8) : body).value.request
        } catch let error as DecodingError {
            throw ZStackServerBadRequest(details: "The body is not valid: \(Self.reason(error))")
        }
    }

    /// A required input's value.
    ///
    /// - Parameters:
    ///   - value: The value read, or `nil` if the request does not have it (or has `null`).
    ///   - input: What the input is, for the error message.
    /// - Returns: The value.
    /// - Throws: ``ZStackServerBadRequest`` if the value is `nil`.
    func required<Value>(_ value: Value?, _ input: Input) throws -> Value {
        guard let value else {
            throw ZStackServerBadRequest(details: "\(String(describing: input).capitalizedFirst) is required.")
        }
        return value
    }

    private func pathParameterText(_ name: String) throws -> String {
        guard let raw = pathParameters[name], !raw.isEmpty else {
            throw ZStackServerBadRequest(details: "The path parameter \"\(name)\" is missing.")
        }
        guard let text = String(raw).removingPercentEncoding else {
            throw ZStackServerBadRequest(
                details: "The path parameter \"\(name)\" is not validly percent-encoded UTF-8: \"\(raw)\"."
            )
        }
        guard !text.isEmpty else {
            throw ZStackServerBadRequest(details: "The path parameter \"\(name)\" is empty.")
        }
        return text
    }

    private func queryValues(_ name: String) throws -> [String] {
        try queryItems.get().filter { $0.name == name }.map(\.value)
    }

    private func singleQueryValue(_ name: String) throws -> String? {
        let texts = try queryValues(name)
        guard texts.count <= 1 else {
            throw ZStackServerBadRequest(
                details: "The query parameter \"\(name)\" allows one value, but the query has \(texts.count)."
            )
        }
        return texts.first
    }

    /// The entries of a map query parameter in the order of their first items, each with its values in order.
    private func queryEntries(_ name: String) throws -> [(key: String, values: [String])] {
        let prefix = name + "."
        var keys: [String] = []
        var values: [String: [String]] = [:]
        for item in try queryItems.get() where item.name.hasPrefix(prefix) && item.name.count > prefix.count {
            let key = String(item.name.dropFirst(prefix.count))
            if values[key] == nil {
                keys.append(key)
            }
            values[key, default: []].append(item.value)
        }
        return keys.map { ($0, values[$0] ?? []) }
    }

    private func queryMap<Value>(_ name: String, parse: (String, Input) throws -> Value) throws -> [String: Value]? {
        let entries = try queryEntries(name)
        guard !entries.isEmpty else { return nil }
        var map: [String: Value] = [:]
        for (key, texts) in entries {
            guard texts.count == 1 else {
                let count = texts.count
                throw ZStackServerBadRequest(
                    details: "The query parameter \"\(name).\(key)\" allows one value, but the query has \(count)."
                )
            }
            map[key] = try parse(texts[0], .queryParameter("\(name).\(key)"))
        }
        return map
    }

    private func queryListMap<Value>(
        _ name: String,
        parse: (String, Input) throws -> Value
    ) throws -> [String: [Value]]? {
        let entries = try queryEntries(name)
        guard !entries.isEmpty else { return nil }
        var map: [String: [Value]] = [:]
        for (key, texts) in entries {
            map[key] = try texts.map { try parse($0, .queryParameter("\(name).\(key)")) }
        }
        return map
    }

    private func headerText(_ name: String) -> String? {
        guard let fieldName = HTTPField.Name(name) else { return nil }
        return request.headerFields[fieldName]
    }

    private func parse<Value: ZStackServerParameterValue>(
        _ text: String,
        as type: Value.Type,
        input: Input
    ) throws -> Value {
        guard let value = Value(parameter: text, timestamp: timestamp) else {
            throw ZStackServerBadRequest.malformed(String(describing: input), text, expected: type)
        }
        return value
    }

    private func parse<Value: RawRepresentable>(_ text: String, as type: Value.Type, input: Input) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            let what = String(describing: input).capitalizedFirst
            throw ZStackServerBadRequest(details: "\(what) has the unknown value \"\(text)\".")
        }
        return value
    }

    /// The query parameters of a request target, as a servlet container reads them: `+` stands for a space.
    private static func queryItems(of target: String) throws -> [(name: String, value: String)] {
        guard let questionMark = target.firstIndex(of: "?") else { return [] }
        var query = target[target.index(after: questionMark)...]
        if let hash = query.firstIndex(of: "#") {
            query = query[..<hash]
        }
        return try query.split(separator: "&", omittingEmptySubsequences: true).map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decodedQueryComponent(parts[0])
            let value = parts.count > 1 ? try decodedQueryComponent(parts[1]) : ""
            return (name, value)
        }
    }

    private static func decodedQueryComponent(_ component: Substring) throws -> String {
        guard let text = component.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
            throw ZStackServerBadRequest(details: "The query is not validly percent-encoded UTF-8: \"\(component)\".")
        }
        return text
    }

    /// Where decoding failed and why, such as `at params.name: Expected to decode String but found a number instead.`
    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            var path = ""
            for key in context.codingPath {
                if let index = key.intValue {
                    path += "[\(index)]"
                } else {
                    path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

/// A request that the server cannot read, answered with `400 Bad Request` and an error code.
nonisolated struct ZStackServerBadRequest: Error {
    /// What is wrong with the request, for the error code's details.
    var details: String

    /// A value that its type cannot read.
    static func malformed<Value: ZStackServerParameterValue>(
        _ input: String,
        _ text: String,
        expected type: Value.Type
    ) -> Self {
        Self(details: "\(input.capitalizedFirst) must be \(Value.parameterTypeDescription), found \"\(text)\".")
    }
}

nonisolated extension String {
    /// The text with its first character in upper case.
    fileprivate var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
