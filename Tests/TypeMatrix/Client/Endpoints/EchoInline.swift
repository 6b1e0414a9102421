import HTTPTypes

/// Echo Inline
///
/// Sends a InlineThing in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/inline`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoInline {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoInline",
        method: .put,
        pathTemplate: "/matrix/v1/echo/inline",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value inside the wrapper.
        public var value: InlineThing

        /// An optional value inside the wrapper.
        public var optionalValue: InlineThing?

        /// A nullable value inside the wrapper.
        public var nullableValue: InlineThing?

        /// The value beside the wrapper.
        public var outsideValue: InlineThing?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - value: The value inside the wrapper.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            value: InlineThing,
            optionalValue: InlineThing? = nil,
            nullableValue: InlineThing? = nil,
            outsideValue: InlineThing? = nil
        ) {
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoInline": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: InlineThing?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoInline"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: InlineThing
            var optionalValue: InlineThing?
            var nullableValue: InlineThing?

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
        /// The `value` field.
        public var value: InlineThing?

        /// The `optionalValue` field.
        public var optionalValue: InlineThing?

        /// The `nullableValue` field.
        public var nullableValue: InlineThing?

        /// The `outsideValue` field.
        public var outsideValue: InlineThing?

        /// The value one level down.
        public var nested: EchoInlineNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            value: InlineThing? = nil,
            optionalValue: InlineThing? = nil,
            nullableValue: InlineThing? = nil,
            outsideValue: InlineThing? = nil,
            nested: EchoInlineNested? = nil
        ) {
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
            self.nested = nested
        }

        private enum CodingKeys: String, CodingKey {
            case value = "value"
            case optionalValue = "optionalValue"
            case nullableValue = "nullableValue"
            case outsideValue = "outsideValue"
            case nested = "nested"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo Inline
    ///
    /// Sends a InlineThing in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/inline`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - value: The value inside the wrapper.
    ///   - optionalValue: An optional value inside the wrapper.
    ///   - nullableValue: A nullable value inside the wrapper.
    ///   - outsideValue: The value beside the wrapper.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoInline(
        value: InlineThing,
        optionalValue: InlineThing? = nil,
        nullableValue: InlineThing? = nil,
        outsideValue: InlineThing? = nil
    ) async throws -> EchoInline.Response {
        try await echoInline(
            EchoInline.Request(
                value: value,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo Inline
    ///
    /// Sends a InlineThing in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/inline`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoInline(
        _ request: EchoInline.Request
    ) async throws -> EchoInline.Response {
        var call = MatrixRequestBuilder(operation: EchoInline.operation)
        call.jsonBody = EchoInline.Body(request)
        return try await perform(call)
    }
}
