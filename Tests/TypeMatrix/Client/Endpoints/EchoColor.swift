import HTTPTypes

/// Echo Color
///
/// Sends a Color in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/color/{pathValue}`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoColor {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoColor",
        method: .put,
        pathTemplate: "/matrix/v1/echo/color/{pathValue}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the path.
        public var pathValue: Color

        /// The value in the query.
        public var queryValue: Color

        /// The value inside the wrapper.
        public var value: Color

        /// An optional value in the query.
        public var optionalQueryValue: Color?

        /// The value in a header.
        public var xEchoValue: Color?

        /// An optional value inside the wrapper.
        public var optionalValue: Color?

        /// A nullable value inside the wrapper.
        public var nullableValue: Color?

        /// The value beside the wrapper.
        public var outsideValue: Color?

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
            pathValue: Color,
            queryValue: Color,
            value: Color,
            optionalQueryValue: Color? = nil,
            xEchoValue: Color? = nil,
            optionalValue: Color? = nil,
            nullableValue: Color? = nil,
            outsideValue: Color? = nil
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

    /// The JSON body of a request: `{"echoColor": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: Color?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoColor"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: Color
            var optionalValue: Color?
            var nullableValue: Color?

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
        public var pathValue: Color?

        /// The `queryValue` field.
        public var queryValue: Color?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: Color?

        /// The `headerValue` field.
        public var headerValue: Color?

        /// The `value` field.
        public var value: Color?

        /// The `optionalValue` field.
        public var optionalValue: Color?

        /// The `nullableValue` field.
        public var nullableValue: Color?

        /// The `outsideValue` field.
        public var outsideValue: Color?

        /// The value one level down.
        public var nested: EchoColorNested?

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
            pathValue: Color? = nil,
            queryValue: Color? = nil,
            optionalQueryValue: Color? = nil,
            headerValue: Color? = nil,
            value: Color? = nil,
            optionalValue: Color? = nil,
            nullableValue: Color? = nil,
            outsideValue: Color? = nil,
            nested: EchoColorNested? = nil
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
    /// Echo Color
    ///
    /// Sends a Color in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/color/{pathValue}`, synchronous, authorization required.
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
    public func echoColor(
        pathValue: Color,
        queryValue: Color,
        value: Color,
        optionalQueryValue: Color? = nil,
        xEchoValue: Color? = nil,
        optionalValue: Color? = nil,
        nullableValue: Color? = nil,
        outsideValue: Color? = nil
    ) async throws -> EchoColor.Response {
        try await echoColor(
            EchoColor.Request(
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

    /// Echo Color
    ///
    /// Sends a Color in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/color/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoColor(
        _ request: EchoColor.Request
    ) async throws -> EchoColor.Response {
        var call = MatrixRequestBuilder(operation: EchoColor.operation)
        call.setPathParameter("pathValue", to: request.pathValue.rawValue)
        call.appendQueryItem("queryValue", value: request.queryValue.rawValue)
        call.appendQueryItem("optionalQueryValue", value: request.optionalQueryValue?.rawValue)
        call.setHeaderField(named: "X-Echo-Value", value: request.xEchoValue?.rawValue)
        call.jsonBody = EchoColor.Body(request)
        return try await perform(call)
    }
}
