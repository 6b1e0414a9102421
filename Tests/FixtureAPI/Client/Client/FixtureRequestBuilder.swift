import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The parts of one call's HTTP request, collected by an endpoint method and turned into a request by the client.
///
/// A class, so that an endpoint's file hands the client one reference rather than copying (and destroying) every part.
nonisolated final class FixtureRequestBuilder {
    /// The endpoint called.
    let operation: FixtureOperation

    /// The value of each path parameter, by placeholder name.
    private var pathParameters: [String: String] = [:]

    /// The query parameters in order; a name may repeat.
    private var queryItems: [(name: String, value: String)] = []

    /// The header fields that the endpoint sets.
    private(set) var headerFields = HTTPFields()

    /// The value sent as the JSON body, if the request has one.
    var jsonBody: (any Encodable)?

    /// Starts a request for an endpoint.
    ///
    /// - Parameter operation: The endpoint called.
    init(operation: FixtureOperation) {
        self.operation = operation
    }

    /// Gives the value of a path parameter.
    ///
    /// - Parameters:
    ///   - name: The placeholder's name, without braces.
    ///   - value: The value, which will be percent-encoded.
    func setPathParameter(_ name: String, to value: String) {
        pathParameters[name] = value
    }

    /// Appends a query parameter, unless its value is `nil`.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - value: The parameter's value.
    func appendQueryItem(_ name: String, value: String?) {
        guard let value else { return }
        queryItems.append((name, value))
    }

    /// Appends a query parameter spelt as its value's description (`limit=10`, `count=true`), unless it is `nil`.
    ///
    /// Numbers and Booleans are sent this way, through one generic method rather than a conversion in every endpoint.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - value: The parameter's value.
    func appendQueryItem<Value: CustomStringConvertible>(_ name: String, describing value: Value?) {
        appendQueryItem(name, value: value.map { "\($0)" })
    }

    /// Appends a query parameter once for each value, as in `q=a&q=b`.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - values: The parameter's values.
    func appendQueryItems(_ name: String, values: [String]?) {
        for value in values ?? [] {
            queryItems.append((name, value))
        }
    }

    /// Appends a query parameter once for each value, spelt as the value's description, as in `n=1&n=2`.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - values: The parameter's values.
    func appendQueryItems<Value: CustomStringConvertible>(_ name: String, describing values: [Value]?) {
        appendQueryItems(name, values: values?.map { "\($0)" })
    }

    /// Appends a map query parameter the way ZStack's SDKs send maps: one `name.key=value` item per entry, and one
    /// per element of an entry's list, in the order of the keys.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - entries: The entries, each with the texts of its value.
    func appendQueryMap(_ name: String, entries: [String: [String]]?) {
        guard let entries else { return }
        for key in entries.keys.sorted() {
            for value in entries[key] ?? [] {
                queryItems.append(("\(name).\(key)", value))
            }
        }
    }

    /// The text of an optional timestamp, as a query parameter or header field sends it.
    ///
    /// This and the other `texts` functions convert the values of one endpoint's inputs to text here, once, rather
    /// than with `map` in every endpoint's file: the standard library compiles its `map` into each file that calls it.
    ///
    /// - Parameter value: The timestamp, or `nil`.
    /// - Returns: Its text, or `nil`.
    static func text(_ value: Date?) -> String? {
        guard let value else { return nil }
        return FixtureTimestamp().string(from: value)
    }

    /// The texts of a list of timestamps.
    ///
    /// - Parameter values: The timestamps, or `nil`.
    /// - Returns: Their texts, or `nil`.
    static func texts(_ values: [Date]?) -> [String]? {
        values?.map(FixtureTimestamp().string(from:))
    }

    /// The wire values of a list of enum values.
    ///
    /// - Parameter values: The values, or `nil`.
    /// - Returns: Their wire values, or `nil`.
    static func texts<Value: RawRepresentable>(_ values: [Value]?) -> [String]? where Value.RawValue == String {
        values?.map(\.rawValue)
    }

    /// The entries of a map of lists of timestamps, as ``appendQueryMap(_:entries:)`` takes them.
    ///
    /// - Parameter entries: The map, or `nil`.
    /// - Returns: Each entry's texts, or `nil`.
    static func texts(_ entries: [String: [Date]]?) -> [String: [String]]? {
        entries?.mapValues { $0.map(FixtureTimestamp().string(from:)) }
    }

    /// The entries of a map of lists of enum values, as ``appendQueryMap(_:entries:)`` takes them.
    ///
    /// - Parameter entries: The map, or `nil`.
    /// - Returns: Each entry's wire values, or `nil`.
    static func texts<Value: RawRepresentable>(_ entries: [String: [Value]]?) -> [String: [String]]?
    where Value.RawValue == String {
        entries?.mapValues { $0.map(\.rawValue) }
    }

    /// The entries of a map of lists of numbers or Booleans, as ``appendQueryMap(_:entries:)`` takes them.
    ///
    /// - Parameter entries: The map, or `nil`.
    /// - Returns: Each entry's values' descriptions, or `nil`.
    static func texts<Value: CustomStringConvertible>(describing entries: [String: [Value]]?) -> [String: [String]]? {
        entries?.mapValues { $0.map(\.description) }
    }

    /// The entries of a map of strings, as ``appendQueryMap(_:entries:)`` takes them.
    ///
    /// - Parameter entries: The map, or `nil`.
    /// - Returns: Each entry as a list of one text, or `nil`.
    static func texts(_ entries: [String: String]?) -> [String: [String]]? {
        entries?.mapValues { [$0] }
    }

    /// The entries of a map of timestamps, as ``appendQueryMap(_:entries:)`` takes them.
    ///
    /// - Parameter entries: The map, or `nil`.
    /// - Returns: Each entry's text, or `nil`.
    static func texts(_ entries: [String: Date]?) -> [String: [String]]? {
        entries?.mapValues { [FixtureTimestamp().string(from: $0)] }
    }

    /// The entries of a map of enum values, as ``appendQueryMap(_:entries:)`` takes them.
    ///
    /// - Parameter entries: The map, or `nil`.
    /// - Returns: Each entry's wire value, or `nil`.
    static func texts<Value: RawRepresentable>(_ entries: [String: Value]?) -> [String: [String]]?
    where Value.RawValue == String {
        entries?.mapValues { [$0.rawValue] }
    }

    /// The entries of a map of numbers or Booleans, as ``appendQueryMap(_:entries:)`` takes them.
    ///
    /// - Parameter entries: The map, or `nil`.
    /// - Returns: Each entry's description, or `nil`.
    static func texts<Value: CustomStringConvertible>(describing entries: [String: Value]?) -> [String: [String]]? {
        entries?.mapValues { [$0.description] }
    }

    /// Appends a query parameter whose shape the API does not describe (`LinkedHashMap`, `Map`).
    ///
    /// An object is sent as ``appendQueryMap(_:entries:)`` sends a map. Values are sent as text: strings as they are,
    /// numbers and booleans as JSON writes them, a list once per element, an object as its JSON; `null` is left out.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - value: The parameter's value.
    func appendQueryObject(_ name: String, value: FixtureJSONValue?) {
        guard let value else { return }
        if case .object(let members) = value {
            appendQueryMap(name, entries: members.mapValues(Self.queryTexts(of:)))
        } else {
            appendQueryItems(name, values: Self.queryTexts(of: value))
        }
    }

    /// Sets a header field, unless its value is `nil`.
    ///
    /// - Parameters:
    ///   - name: The field's name.
    ///   - value: The field's value.
    func setHeaderField(_ name: HTTPField.Name, value: String?) {
        headerFields[name] = value
    }

    /// Sets a header field named in the API description, unless its value is `nil`.
    ///
    /// - Parameters:
    ///   - name: The field's name; names are checked when the client is generated, so an invalid one is ignored.
    ///   - value: The field's value.
    func setHeaderField(named name: String, value: String?) {
        guard let fieldName = HTTPField.Name(name) else { return }
        headerFields[fieldName] = value
    }

    /// Sets a header field named in the API description to its value's description, unless the value is `nil`.
    ///
    /// - Parameters:
    ///   - name: The field's name; names are checked when the client is generated, so an invalid one is ignored.
    ///   - value: The field's value.
    func setHeaderField<Value: CustomStringConvertible>(named name: String, describing value: Value?) {
        setHeaderField(named: name, value: value.map { "\($0)" })
    }

    /// The request's path and query: each placeholder replaced by its percent-encoded value.
    ///
    /// - Returns: The path, such as `/zstack/v1/vm-instances/a%2Fb/guesttools-state?q=name%3Dx`.
    /// - Throws: ``FixtureClientError/invalidPath(operationID:reason:)`` if a placeholder has no value or an empty
    ///   one, or the template has an unbalanced brace.
    func makePath() throws -> String {
        var path = ""
        var rest = operation.pathTemplate[...]
        while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[open] == "{", let close = rest[open...].firstIndex(of: "}") else {
                throw invalidPath("the template \"\(operation.pathTemplate)\" has an unbalanced brace")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = pathParameters[name] else {
                throw invalidPath("the path parameter \"\(name)\" has no value")
            }
            guard !value.isEmpty else {
                throw invalidPath("the path parameter \"\(name)\" is empty")
            }
            path += rest[..<open]
            path += Self.percentEncodedPathSegment(value)
            rest = rest[rest.index(after: close)...]
        }
        path += rest
        guard !queryItems.isEmpty else { return path }
        let query = queryItems.map { "\(Self.percentEncoded($0.name))=\(Self.percentEncoded($0.value))" }
        return path + "?" + query.joined(separator: "&")
    }

    /// The complete request, without the authorization, which the client adds.
    ///
    /// - Parameter encoder: The encoder for the JSON body.
    /// - Returns: The request head and its body, if it has one.
    /// - Throws: ``FixtureClientError/invalidPath(operationID:reason:)``, or the encoder's error.
    func makeRequest(encoder: JSONEncoder) throws -> (HTTPRequest, HTTPBody?) {
        var request = HTTPRequest(method: operation.method, scheme: nil, authority: nil, path: try makePath())
        request.headerFields = headerFields
        guard let jsonBody else { return (request, nil) }
        request.headerFields[.contentType] = "application/json;charset=UTF-8"
        return (request, HTTPBody(try encoder.encode(jsonBody)))
    }

    private func invalidPath(_ reason: String) -> FixtureClientError {
        .invalidPath(operationID: operation.id, reason: reason)
    }

    /// The texts that a query string carries for a JSON value.
    private static func queryTexts(of value: FixtureJSONValue) -> [String] {
        switch value {
        case .null: return []
        case .bool(let value): return [value ? "true" : "false"]
        case .integer(let value): return [String(value)]
        case .double(let value): return ["\(value)"]
        case .string(let value): return [value]
        case .array(let elements):
            return elements.flatMap { element -> [String] in
                switch element {
                case .array, .object: return [jsonText(of: element)]
                default: return queryTexts(of: element)
                }
            }
        case .object: return [jsonText(of: value)]
        }
    }

    /// The compact JSON of a value, with sorted keys.
    private static func jsonText(of value: FixtureJSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Percent-encodes every byte of the UTF-8 text except the unreserved characters of RFC 3986.
    private static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%" + String(byte >> 4, radix: 16, uppercase: true)
                encoded += String(byte & 0x0F, radix: 16, uppercase: true)
            }
        }
        return encoded
    }

    /// Percent-encodes a path segment; the segments `.` and `..` are encoded whole, so no URL library can
    /// resolve them as relative paths.
    private static func percentEncodedPathSegment(_ text: String) -> String {
        text == "." || text == ".." ? String(repeating: "%2E", count: text.count) : percentEncoded(text)
    }
}
