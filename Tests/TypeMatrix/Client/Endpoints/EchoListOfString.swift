import HTTPTypes

/// Echo ListOfString
///
/// Sends a List<String> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/list-of-string`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoListOfString {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoListOfString",
        method: .put,
        pathTemplate: "/matrix/v1/echo/list-of-string",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the query.
        public var queryValue: [String]

        /// The value inside the wrapper.
        public var value: [String]

        /// An optional value in the query.
        public var optionalQueryValue: [String]?

        /// An optional value inside the wrapper.
        public var optionalValue: [String]?

        /// A nullable value inside the wrapper.
        public var nullableValue: [String]?

        /// The value beside the wrapper.
        public var outsideValue: [String]?

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
            queryValue: [String],
            value: [String],
            optionalQueryValue: [String]? = nil,
            optionalValue: [String]? = nil,
            nullableValue: [String]? = nil,
            outsideValue: [String]? = nil
        ) {
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoListOfString": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoListOfString"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [String]
            var optionalValue: [String]?
            var nullableValue: [String]?

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
        public var queryValue: [String]?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: [String]?

        /// The `value` field.
        public var value: [String]?

        /// The `optionalValue` field.
        public var optionalValue: [String]?

        /// The `nullableValue` field.
        public var nullableValue: [String]?

        /// The `outsideValue` field.
        public var outsideValue: [String]?

        /// The value one level down.
        public var nested: EchoListOfStringNested?

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
            queryValue: [String]? = nil,
            optionalQueryValue: [String]? = nil,
            value: [String]? = nil,
            optionalValue: [String]? = nil,
            nullableValue: [String]? = nil,
            outsideValue: [String]? = nil,
            nested: EchoListOfStringNested? = nil
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
    /// Echo ListOfString
    ///
    /// Sends a List<String> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-string`, synchronous, authorization required.
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
    public func echoListOfString(
        queryValue: [String],
        value: [String],
        optionalQueryValue: [String]? = nil,
        optionalValue: [String]? = nil,
        nullableValue: [String]? = nil,
        outsideValue: [String]? = nil
    ) async throws -> EchoListOfString.Response {
        try await echoListOfString(
            EchoListOfString.Request(
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo ListOfString
    ///
    /// Sends a List<String> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-string`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoListOfString(
        _ request: EchoListOfString.Request
    ) async throws -> EchoListOfString.Response {
        var call = MatrixRequestBuilder(operation: EchoListOfString.operation)
        call.appendQueryItems("queryValue", values: request.queryValue)
        call.appendQueryItems("optionalQueryValue", values: request.optionalQueryValue)
        call.jsonBody = EchoListOfString.Body(request)
        return try await perform(call)
    }
}
