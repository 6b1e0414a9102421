import HTTPTypes

/// Echo MapOfListOfString
///
/// Sends a Map<String, List<String>> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/map-of-list-of-string`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoMapOfListOfString {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoMapOfListOfString",
        method: .put,
        pathTemplate: "/matrix/v1/echo/map-of-list-of-string",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the query.
        public var queryValue: [String: [String]]

        /// The value inside the wrapper.
        public var value: [String: [String]]

        /// An optional value in the query.
        public var optionalQueryValue: [String: [String]]?

        /// An optional value inside the wrapper.
        public var optionalValue: [String: [String]]?

        /// A nullable value inside the wrapper.
        public var nullableValue: [String: [String]]?

        /// The value beside the wrapper.
        public var outsideValue: [String: [String]]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - queryValue: The value in the query.
        ///   - value: The value inside the wrapper.
        ///   - optionalQueryValue: An optional value in the query.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            queryValue: [String: [String]],
            value: [String: [String]],
            optionalQueryValue: [String: [String]]? = nil,
            optionalValue: [String: [String]]? = nil,
            nullableValue: [String: [String]]? = nil,
            outsideValue: [String: [String]]? = nil
        ) {
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoMapOfListOfString": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: [String: [String]]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoMapOfListOfString"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [String: [String]]
            var optionalValue: [String: [String]]?
            var nullableValue: [String: [String]]?

            init(_ request: Request) {
                self.value = request.value
                self.optionalValue = request.optionalValue
                self.nullableValue = request.nullableValue
            }

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
            }
        }
    }

    /// The inputs, as the server read them.
    public struct Response: Codable, Sendable, Hashable {
        /// The `queryValue` field.
        public var queryValue: [String: [String]]?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: [String: [String]]?

        /// The `value` field.
        public var value: [String: [String]]?

        /// The `optionalValue` field.
        public var optionalValue: [String: [String]]?

        /// The `nullableValue` field.
        public var nullableValue: [String: [String]]?

        /// The `outsideValue` field.
        public var outsideValue: [String: [String]]?

        /// The value one level down.
        public var nested: EchoMapOfListOfStringNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - queryValue: The `queryValue` field.
        ///   - optionalQueryValue: The `optionalQueryValue` field.
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            queryValue: [String: [String]]? = nil,
            optionalQueryValue: [String: [String]]? = nil,
            value: [String: [String]]? = nil,
            optionalValue: [String: [String]]? = nil,
            nullableValue: [String: [String]]? = nil,
            outsideValue: [String: [String]]? = nil,
            nested: EchoMapOfListOfStringNested? = nil
        ) {
            self.queryValue = queryValue
            self.optionalQueryValue = optionalQueryValue
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
            self.nested = nested
        }

        private enum CodingKeys: String, CodingKey {
            case queryValue = "queryValue"
            case optionalQueryValue = "optionalQueryValue"
            case value = "value"
            case optionalValue = "optionalValue"
            case nullableValue = "nullableValue"
            case outsideValue = "outsideValue"
            case nested = "nested"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo MapOfListOfString
    ///
    /// Sends a Map<String, List<String>> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-list-of-string`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - queryValue: The value in the query.
    ///   - value: The value inside the wrapper.
    ///   - optionalQueryValue: An optional value in the query.
    ///   - optionalValue: An optional value inside the wrapper.
    ///   - nullableValue: A nullable value inside the wrapper.
    ///   - outsideValue: The value beside the wrapper.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoMapOfListOfString(
        queryValue: [String: [String]],
        value: [String: [String]],
        optionalQueryValue: [String: [String]]? = nil,
        optionalValue: [String: [String]]? = nil,
        nullableValue: [String: [String]]? = nil,
        outsideValue: [String: [String]]? = nil
    ) async throws -> EchoMapOfListOfString.Response {
        try await echoMapOfListOfString(
            EchoMapOfListOfString.Request(
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo MapOfListOfString
    ///
    /// Sends a Map<String, List<String>> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-list-of-string`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoMapOfListOfString(
        _ request: EchoMapOfListOfString.Request
    ) async throws -> EchoMapOfListOfString.Response {
        var call = MatrixRequestBuilder(operation: EchoMapOfListOfString.operation)
        call.appendQueryMap("queryValue", entries: request.queryValue)
        call.appendQueryMap("optionalQueryValue", entries: request.optionalQueryValue)
        call.jsonBody = EchoMapOfListOfString.Body(request)
        return try await perform(call)
    }
}
