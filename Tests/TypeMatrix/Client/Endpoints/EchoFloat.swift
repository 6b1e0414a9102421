import HTTPTypes

/// Echo Float
///
/// Sends a Float in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/float/{pathValue}`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoFloat {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoFloat",
        method: .put,
        pathTemplate: "/matrix/v1/echo/float/{pathValue}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the path.
        public var pathValue: Float

        /// The value in the query.
        public var queryValue: Float

        /// The value inside the wrapper.
        public var value: Float

        /// An optional value in the query.
        public var optionalQueryValue: Float?

        /// The value in a header.
        public var xEchoValue: Float?

        /// An optional value inside the wrapper.
        public var optionalValue: Float?

        /// A nullable value inside the wrapper.
        public var nullableValue: Float?

        /// The value beside the wrapper.
        public var outsideValue: Float?

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
            pathValue: Float,
            queryValue: Float,
            value: Float,
            optionalQueryValue: Float? = nil,
            xEchoValue: Float? = nil,
            optionalValue: Float? = nil,
            nullableValue: Float? = nil,
            outsideValue: Float? = nil
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

    /// The JSON body of a request: `{"echoFloat": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: Float?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoFloat"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: Float
            var optionalValue: Float?
            var nullableValue: Float?

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
        public var pathValue: Float?

        /// The `queryValue` field.
        public var queryValue: Float?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: Float?

        /// The `headerValue` field.
        public var headerValue: Float?

        /// The `value` field.
        public var value: Float?

        /// The `optionalValue` field.
        public var optionalValue: Float?

        /// The `nullableValue` field.
        public var nullableValue: Float?

        /// The `outsideValue` field.
        public var outsideValue: Float?

        /// The value one level down.
        public var nested: EchoFloatNested?

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
            pathValue: Float? = nil,
            queryValue: Float? = nil,
            optionalQueryValue: Float? = nil,
            headerValue: Float? = nil,
            value: Float? = nil,
            optionalValue: Float? = nil,
            nullableValue: Float? = nil,
            outsideValue: Float? = nil,
            nested: EchoFloatNested? = nil
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
    /// Echo Float
    ///
    /// Sends a Float in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/float/{pathValue}`, synchronous, authorization required.
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
    public func echoFloat(
        pathValue: Float,
        queryValue: Float,
        value: Float,
        optionalQueryValue: Float? = nil,
        xEchoValue: Float? = nil,
        optionalValue: Float? = nil,
        nullableValue: Float? = nil,
        outsideValue: Float? = nil
    ) async throws -> EchoFloat.Response {
        try await echoFloat(
            EchoFloat.Request(
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

    /// Echo Float
    ///
    /// Sends a Float in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/float/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoFloat(
        _ request: EchoFloat.Request
    ) async throws -> EchoFloat.Response {
        var call = MatrixRequestBuilder(operation: EchoFloat.operation)
        call.setPathParameter("pathValue", to: "\(request.pathValue)")
        call.appendQueryItem("queryValue", value: "\(request.queryValue)")
        call.appendQueryItem("optionalQueryValue", value: request.optionalQueryValue.map { "\($0)" })
        call.setHeaderField(named: "X-Echo-Value", value: request.xEchoValue.map { "\($0)" })
        call.jsonBody = EchoFloat.Body(request)
        return try await perform(call)
    }
}
