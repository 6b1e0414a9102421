import HTTPTypes

/// Echo Map
///
/// Sends a Map in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/map`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoMap {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoMap",
        method: .put,
        pathTemplate: "/matrix/v1/echo/map",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the query.
        public var queryValue: MatrixJSONValue

        /// The value inside the wrapper.
        public var value: MatrixJSONValue

        /// An optional value in the query.
        public var optionalQueryValue: MatrixJSONValue?

        /// An optional value inside the wrapper.
        public var optionalValue: MatrixJSONValue?

        /// A nullable value inside the wrapper.
        public var nullableValue: MatrixJSONValue?

        /// The value beside the wrapper.
        public var outsideValue: MatrixJSONValue?

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
            queryValue: MatrixJSONValue,
            value: MatrixJSONValue,
            optionalQueryValue: MatrixJSONValue? = nil,
            optionalValue: MatrixJSONValue? = nil,
            nullableValue: MatrixJSONValue? = nil,
            outsideValue: MatrixJSONValue? = nil
        ) {
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoMap": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: MatrixJSONValue?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoMap"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: MatrixJSONValue
            var optionalValue: MatrixJSONValue?
            var nullableValue: MatrixJSONValue?

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
        public var queryValue: MatrixJSONValue?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: MatrixJSONValue?

        /// The `value` field.
        public var value: MatrixJSONValue?

        /// The `optionalValue` field.
        public var optionalValue: MatrixJSONValue?

        /// The `nullableValue` field.
        public var nullableValue: MatrixJSONValue?

        /// The `outsideValue` field.
        public var outsideValue: MatrixJSONValue?

        /// The value one level down.
        public var nested: EchoMapNested?

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
            queryValue: MatrixJSONValue? = nil,
            optionalQueryValue: MatrixJSONValue? = nil,
            value: MatrixJSONValue? = nil,
            optionalValue: MatrixJSONValue? = nil,
            nullableValue: MatrixJSONValue? = nil,
            outsideValue: MatrixJSONValue? = nil,
            nested: EchoMapNested? = nil
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
    /// Echo Map
    ///
    /// Sends a Map in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map`, synchronous, authorization required.
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
    public func echoMap(
        queryValue: MatrixJSONValue,
        value: MatrixJSONValue,
        optionalQueryValue: MatrixJSONValue? = nil,
        optionalValue: MatrixJSONValue? = nil,
        nullableValue: MatrixJSONValue? = nil,
        outsideValue: MatrixJSONValue? = nil
    ) async throws -> EchoMap.Response {
        try await echoMap(
            EchoMap.Request(
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo Map
    ///
    /// Sends a Map in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoMap(
        _ request: EchoMap.Request
    ) async throws -> EchoMap.Response {
        var call = MatrixRequestBuilder(operation: EchoMap.operation)
        call.appendQueryObject("queryValue", value: request.queryValue)
        call.appendQueryObject("optionalQueryValue", value: request.optionalQueryValue)
        call.jsonBody = EchoMap.Body(request)
        return try await perform(call)
    }
}
