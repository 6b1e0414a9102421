import HTTPTypes

/// Echo MapOfLong
///
/// Sends a Map<String, Long> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/map-of-long`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoMapOfLong {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoMapOfLong",
        method: .put,
        pathTemplate: "/matrix/v1/echo/map-of-long",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the query.
        public var queryValue: [String: Int64]

        /// The value inside the wrapper.
        public var value: [String: Int64]

        /// An optional value in the query.
        public var optionalQueryValue: [String: Int64]?

        /// An optional value inside the wrapper.
        public var optionalValue: [String: Int64]?

        /// A nullable value inside the wrapper.
        public var nullableValue: [String: Int64]?

        /// The value beside the wrapper.
        public var outsideValue: [String: Int64]?

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
            queryValue: [String: Int64],
            value: [String: Int64],
            optionalQueryValue: [String: Int64]? = nil,
            optionalValue: [String: Int64]? = nil,
            nullableValue: [String: Int64]? = nil,
            outsideValue: [String: Int64]? = nil
        ) {
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoMapOfLong": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: [String: Int64]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoMapOfLong"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [String: Int64]
            var optionalValue: [String: Int64]?
            var nullableValue: [String: Int64]?

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
        public var queryValue: [String: Int64]?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: [String: Int64]?

        /// The `value` field.
        public var value: [String: Int64]?

        /// The `optionalValue` field.
        public var optionalValue: [String: Int64]?

        /// The `nullableValue` field.
        public var nullableValue: [String: Int64]?

        /// The `outsideValue` field.
        public var outsideValue: [String: Int64]?

        /// The value one level down.
        public var nested: EchoMapOfLongNested?

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
            queryValue: [String: Int64]? = nil,
            optionalQueryValue: [String: Int64]? = nil,
            value: [String: Int64]? = nil,
            optionalValue: [String: Int64]? = nil,
            nullableValue: [String: Int64]? = nil,
            outsideValue: [String: Int64]? = nil,
            nested: EchoMapOfLongNested? = nil
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
    /// Echo MapOfLong
    ///
    /// Sends a Map<String, Long> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-long`, synchronous, authorization required.
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
    public func echoMapOfLong(
        queryValue: [String: Int64],
        value: [String: Int64],
        optionalQueryValue: [String: Int64]? = nil,
        optionalValue: [String: Int64]? = nil,
        nullableValue: [String: Int64]? = nil,
        outsideValue: [String: Int64]? = nil
    ) async throws -> EchoMapOfLong.Response {
        try await echoMapOfLong(
            EchoMapOfLong.Request(
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo MapOfLong
    ///
    /// Sends a Map<String, Long> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-long`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoMapOfLong(
        _ request: EchoMapOfLong.Request
    ) async throws -> EchoMapOfLong.Response {
        var call = MatrixRequestBuilder(operation: EchoMapOfLong.operation)
        call.appendQueryMap("queryValue", entries: request.queryValue.mapValues { ["\($0)"] })
        call.appendQueryMap("optionalQueryValue", entries: request.optionalQueryValue?.mapValues { ["\($0)"] })
        call.jsonBody = EchoMapOfLong.Body(request)
        return try await perform(call)
    }
}
