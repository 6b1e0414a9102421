import HTTPTypes

/// Echo Double
///
/// Sends a Double in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/double/{pathValue}`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoDouble {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoDouble",
        method: .put,
        pathTemplate: "/matrix/v1/echo/double/{pathValue}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the path.
        public var pathValue: Double

        /// The value in the query.
        public var queryValue: Double

        /// The value inside the wrapper.
        public var value: Double

        /// An optional value in the query.
        public var optionalQueryValue: Double?

        /// The value in a header.
        public var xEchoValue: Double?

        /// An optional value inside the wrapper.
        public var optionalValue: Double?

        /// A nullable value inside the wrapper.
        public var nullableValue: Double?

        /// The value beside the wrapper.
        public var outsideValue: Double?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - pathValue: The value in the path.
        ///   - queryValue: The value in the query.
        ///   - value: The value inside the wrapper.
        ///   - optionalQueryValue: An optional value in the query.
        ///   - xEchoValue: The value in a header.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            pathValue: Double,
            queryValue: Double,
            value: Double,
            optionalQueryValue: Double? = nil,
            xEchoValue: Double? = nil,
            optionalValue: Double? = nil,
            nullableValue: Double? = nil,
            outsideValue: Double? = nil
        ) {
            self.pathValue = pathValue
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.xEchoValue = xEchoValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoDouble": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: Double?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoDouble"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: Double
            var optionalValue: Double?
            var nullableValue: Double?

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
        /// The `pathValue` field.
        public var pathValue: Double?

        /// The `queryValue` field.
        public var queryValue: Double?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: Double?

        /// The `headerValue` field.
        public var headerValue: Double?

        /// The `value` field.
        public var value: Double?

        /// The `optionalValue` field.
        public var optionalValue: Double?

        /// The `nullableValue` field.
        public var nullableValue: Double?

        /// The `outsideValue` field.
        public var outsideValue: Double?

        /// The value one level down.
        public var nested: EchoDoubleNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - pathValue: The `pathValue` field.
        ///   - queryValue: The `queryValue` field.
        ///   - optionalQueryValue: The `optionalQueryValue` field.
        ///   - headerValue: The `headerValue` field.
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            pathValue: Double? = nil,
            queryValue: Double? = nil,
            optionalQueryValue: Double? = nil,
            headerValue: Double? = nil,
            value: Double? = nil,
            optionalValue: Double? = nil,
            nullableValue: Double? = nil,
            outsideValue: Double? = nil,
            nested: EchoDoubleNested? = nil
        ) {
            self.pathValue = pathValue
            self.queryValue = queryValue
            self.optionalQueryValue = optionalQueryValue
            self.headerValue = headerValue
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
            self.nested = nested
        }

        private enum CodingKeys: String, CodingKey {
            case pathValue = "pathValue"
            case queryValue = "queryValue"
            case optionalQueryValue = "optionalQueryValue"
            case headerValue = "headerValue"
            case value = "value"
            case optionalValue = "optionalValue"
            case nullableValue = "nullableValue"
            case outsideValue = "outsideValue"
            case nested = "nested"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo Double
    ///
    /// Sends a Double in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/double/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - pathValue: The value in the path.
    ///   - queryValue: The value in the query.
    ///   - value: The value inside the wrapper.
    ///   - optionalQueryValue: An optional value in the query.
    ///   - xEchoValue: The value in a header.
    ///   - optionalValue: An optional value inside the wrapper.
    ///   - nullableValue: A nullable value inside the wrapper.
    ///   - outsideValue: The value beside the wrapper.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoDouble(
        pathValue: Double,
        queryValue: Double,
        value: Double,
        optionalQueryValue: Double? = nil,
        xEchoValue: Double? = nil,
        optionalValue: Double? = nil,
        nullableValue: Double? = nil,
        outsideValue: Double? = nil
    ) async throws -> EchoDouble.Response {
        try await echoDouble(
            EchoDouble.Request(
                pathValue: pathValue,
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                xEchoValue: xEchoValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo Double
    ///
    /// Sends a Double in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/double/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoDouble(
        _ request: EchoDouble.Request
    ) async throws -> EchoDouble.Response {
        var call = MatrixRequestBuilder(operation: EchoDouble.operation)
        call.setPathParameter("pathValue", to: "\(request.pathValue)")
        call.appendQueryItem("queryValue", value: "\(request.queryValue)")
        call.appendQueryItem("optionalQueryValue", value: request.optionalQueryValue.map { "\($0)" })
        call.setHeaderField(named: "X-Echo-Value", value: request.xEchoValue.map { "\($0)" })
        call.jsonBody = EchoDouble.Body(request)
        return try await perform(call)
    }
}
