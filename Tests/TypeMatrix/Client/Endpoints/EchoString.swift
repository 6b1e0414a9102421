import HTTPTypes

/// Echo String
///
/// Sends a String in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/string/{pathValue}`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoString {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoString",
        method: .put,
        pathTemplate: "/matrix/v1/echo/string/{pathValue}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the path.
        public var pathValue: String

        /// The value in the query.
        public var queryValue: String

        /// The value inside the wrapper.
        public var value: String

        /// An optional value in the query.
        public var optionalQueryValue: String?

        /// The value in a header.
        public var xEchoValue: String?

        /// An optional value inside the wrapper.
        public var optionalValue: String?

        /// A nullable value inside the wrapper.
        public var nullableValue: String?

        /// The value beside the wrapper.
        public var outsideValue: String?

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
            pathValue: String,
            queryValue: String,
            value: String,
            optionalQueryValue: String? = nil,
            xEchoValue: String? = nil,
            optionalValue: String? = nil,
            nullableValue: String? = nil,
            outsideValue: String? = nil
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

    /// The JSON body of a request: `{"echoString": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: String?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoString"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: String
            var optionalValue: String?
            var nullableValue: String?

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
        public var pathValue: String?

        /// The `queryValue` field.
        public var queryValue: String?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: String?

        /// The `headerValue` field.
        public var headerValue: String?

        /// The `value` field.
        public var value: String?

        /// The `optionalValue` field.
        public var optionalValue: String?

        /// The `nullableValue` field.
        public var nullableValue: String?

        /// The `outsideValue` field.
        public var outsideValue: String?

        /// The value one level down.
        public var nested: EchoStringNested?

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
            pathValue: String? = nil,
            queryValue: String? = nil,
            optionalQueryValue: String? = nil,
            headerValue: String? = nil,
            value: String? = nil,
            optionalValue: String? = nil,
            nullableValue: String? = nil,
            outsideValue: String? = nil,
            nested: EchoStringNested? = nil
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
    /// Echo String
    ///
    /// Sends a String in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/string/{pathValue}`, synchronous, authorization required.
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
    public func echoString(
        pathValue: String,
        queryValue: String,
        value: String,
        optionalQueryValue: String? = nil,
        xEchoValue: String? = nil,
        optionalValue: String? = nil,
        nullableValue: String? = nil,
        outsideValue: String? = nil
    ) async throws -> EchoString.Response {
        try await echoString(
            EchoString.Request(
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

    /// Echo String
    ///
    /// Sends a String in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/string/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoString(
        _ request: EchoString.Request
    ) async throws -> EchoString.Response {
        var call = MatrixRequestBuilder(operation: EchoString.operation)
        call.setPathParameter("pathValue", to: request.pathValue)
        call.appendQueryItem("queryValue", value: request.queryValue)
        call.appendQueryItem("optionalQueryValue", value: request.optionalQueryValue)
        call.setHeaderField(named: "X-Echo-Value", value: request.xEchoValue)
        call.jsonBody = EchoString.Body(request)
        return try await perform(call)
    }
}
