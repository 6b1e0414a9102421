import HTTPTypes

/// Echo ListOfItem
///
/// Sends a List<Item> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/list-of-item`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoListOfItem {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoListOfItem",
        method: .put,
        pathTemplate: "/matrix/v1/echo/list-of-item",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value inside the wrapper.
        public var value: [Item]

        /// An optional value inside the wrapper.
        public var optionalValue: [Item]?

        /// A nullable value inside the wrapper.
        public var nullableValue: [Item]?

        /// The value beside the wrapper.
        public var outsideValue: [Item]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - value: The value inside the wrapper.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            value: [Item],
            optionalValue: [Item]? = nil,
            nullableValue: [Item]? = nil,
            outsideValue: [Item]? = nil
        ) {
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoListOfItem": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: [Item]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoListOfItem"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [Item]
            var optionalValue: [Item]?
            var nullableValue: [Item]?

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
        public var value: [Item]?

        /// The `optionalValue` field.
        public var optionalValue: [Item]?

        /// The `nullableValue` field.
        public var nullableValue: [Item]?

        /// The `outsideValue` field.
        public var outsideValue: [Item]?

        /// The value one level down.
        public var nested: EchoListOfItemNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            value: [Item]? = nil,
            optionalValue: [Item]? = nil,
            nullableValue: [Item]? = nil,
            outsideValue: [Item]? = nil,
            nested: EchoListOfItemNested? = nil
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
    /// Echo ListOfItem
    ///
    /// Sends a List<Item> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-item`, synchronous, authorization required.
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
    public func echoListOfItem(
        value: [Item],
        optionalValue: [Item]? = nil,
        nullableValue: [Item]? = nil,
        outsideValue: [Item]? = nil
    ) async throws -> EchoListOfItem.Response {
        try await echoListOfItem(
            EchoListOfItem.Request(
                value: value,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo ListOfItem
    ///
    /// Sends a List<Item> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-item`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoListOfItem(
        _ request: EchoListOfItem.Request
    ) async throws -> EchoListOfItem.Response {
        var call = MatrixRequestBuilder(operation: EchoListOfItem.operation)
        call.jsonBody = EchoListOfItem.Body(request)
        return try await perform(call)
    }
}
