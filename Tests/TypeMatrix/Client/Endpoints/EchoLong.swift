import HTTPTypes

/// Echo Long
///
/// Sends a Long in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/long/{pathValue}`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoLong {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoLong",
        method: .put,
        pathTemplate: "/matrix/v1/echo/long/{pathValue}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the path.
        public var pathValue: Int64

        /// The value in the query.
        public var queryValue: Int64

        /// The value inside the wrapper.
        public var value: Int64

        /// An optional value in the query.
        public var optionalQueryValue: Int64?

        /// The value in a header.
        public var xEchoValue: Int64?

        /// An optional value inside the wrapper.
        public var optionalValue: Int64?

        /// A nullable value inside the wrapper.
        public var nullableValue: Int64?

        /// The value beside the wrapper.
        public var outsideValue: Int64?

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
            pathValue: Int64,
            queryValue: Int64,
            value: Int64,
            optionalQueryValue: Int64? = nil,
            xEchoValue: Int64? = nil,
            optionalValue: Int64? = nil,
            nullableValue: Int64? = nil,
            outsideValue: Int64? = nil
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

    /// The JSON body of a request: `{"echoLong": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: Int64?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoLong"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: Int64
            var optionalValue: Int64?
            var nullableValue: Int64?

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
        public var pathValue: Int64?

        /// The `queryValue` field.
        public var queryValue: Int64?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: Int64?

        /// The `headerValue` field.
        public var headerValue: Int64?

        /// The `value` field.
        public var value: Int64?

        /// The `optionalValue` field.
        public var optionalValue: Int64?

        /// The `nullableValue` field.
        public var nullableValue: Int64?

        /// The `outsideValue` field.
        public var outsideValue: Int64?

        /// The value one level down.
        public var nested: EchoLongNested?

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
            pathValue: Int64? = nil,
            queryValue: Int64? = nil,
            optionalQueryValue: Int64? = nil,
            headerValue: Int64? = nil,
            value: Int64? = nil,
            optionalValue: Int64? = nil,
            nullableValue: Int64? = nil,
            outsideValue: Int64? = nil,
            nested: EchoLongNested? = nil
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
    /// Echo Long
    ///
    /// Sends a Long in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/long/{pathValue}`, synchronous, authorization required.
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
    public func echoLong(
        pathValue: Int64,
        queryValue: Int64,
        value: Int64,
        optionalQueryValue: Int64? = nil,
        xEchoValue: Int64? = nil,
        optionalValue: Int64? = nil,
        nullableValue: Int64? = nil,
        outsideValue: Int64? = nil
    ) async throws -> EchoLong.Response {
        try await echoLong(
            EchoLong.Request(
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

    /// Echo Long
    ///
    /// Sends a Long in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/long/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoLong(
        _ request: EchoLong.Request
    ) async throws -> EchoLong.Response {
        var call = MatrixRequestBuilder(operation: EchoLong.operation)
        call.setPathParameter("pathValue", to: "\(request.pathValue)")
        call.appendQueryItem("queryValue", value: "\(request.queryValue)")
        call.appendQueryItem("optionalQueryValue", value: request.optionalQueryValue.map { "\($0)" })
        call.setHeaderField(named: "X-Echo-Value", value: request.xEchoValue.map { "\($0)" })
        call.jsonBody = EchoLong.Body(request)
        return try await perform(call)
    }
}
