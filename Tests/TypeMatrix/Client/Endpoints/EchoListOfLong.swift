import HTTPTypes

/// Echo ListOfLong
///
/// Sends a List<Long> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/list-of-long`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoListOfLong {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoListOfLong",
        method: .put,
        pathTemplate: "/matrix/v1/echo/list-of-long",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the query.
        public var queryValue: [Int64]

        /// The value inside the wrapper.
        public var value: [Int64]

        /// An optional value in the query.
        public var optionalQueryValue: [Int64]?

        /// An optional value inside the wrapper.
        public var optionalValue: [Int64]?

        /// A nullable value inside the wrapper.
        public var nullableValue: [Int64]?

        /// The value beside the wrapper.
        public var outsideValue: [Int64]?

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
            queryValue: [Int64],
            value: [Int64],
            optionalQueryValue: [Int64]? = nil,
            optionalValue: [Int64]? = nil,
            nullableValue: [Int64]? = nil,
            outsideValue: [Int64]? = nil
        ) {
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoListOfLong": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: [Int64]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoListOfLong"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [Int64]
            var optionalValue: [Int64]?
            var nullableValue: [Int64]?

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
        public var queryValue: [Int64]?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: [Int64]?

        /// The `value` field.
        public var value: [Int64]?

        /// The `optionalValue` field.
        public var optionalValue: [Int64]?

        /// The `nullableValue` field.
        public var nullableValue: [Int64]?

        /// The `outsideValue` field.
        public var outsideValue: [Int64]?

        /// The value one level down.
        public var nested: EchoListOfLongNested?

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
            queryValue: [Int64]? = nil,
            optionalQueryValue: [Int64]? = nil,
            value: [Int64]? = nil,
            optionalValue: [Int64]? = nil,
            nullableValue: [Int64]? = nil,
            outsideValue: [Int64]? = nil,
            nested: EchoListOfLongNested? = nil
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
    /// Echo ListOfLong
    ///
    /// Sends a List<Long> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-long`, synchronous, authorization required.
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
    public func echoListOfLong(
        queryValue: [Int64],
        value: [Int64],
        optionalQueryValue: [Int64]? = nil,
        optionalValue: [Int64]? = nil,
        nullableValue: [Int64]? = nil,
        outsideValue: [Int64]? = nil
    ) async throws -> EchoListOfLong.Response {
        try await echoListOfLong(
            EchoListOfLong.Request(
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo ListOfLong
    ///
    /// Sends a List<Long> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-long`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoListOfLong(
        _ request: EchoListOfLong.Request
    ) async throws -> EchoListOfLong.Response {
        var call = MatrixRequestBuilder(operation: EchoListOfLong.operation)
        call.appendQueryItems("queryValue", values: request.queryValue.map { "\($0)" })
        call.appendQueryItems("optionalQueryValue", values: request.optionalQueryValue?.map { "\($0)" })
        call.jsonBody = EchoListOfLong.Body(request)
        return try await perform(call)
    }
}
